package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped JSON Schema rejects the bad-input catalogue's documents that the reader or the field
 * constraints reject, and accepts its valid one. Moved here from selfeval-model's
 * {@code JsonSchemaTest} together with the catalogue's fixtures.
 */
class CatalogueSchemaTest {

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SelfEvaluationJson.schema(), InputFormat.JSON);
    }

    /** Documents the reader or the field constraints reject are rejected by the schema too. */
    @ParameterizedTest
    @ValueSource(strings = {"weight-as-string.json", "year-as-string.json", "indicators-as-object.json",
            "core-as-string.json", "unknown-property-top-level.json", "unknown-property-misspelt-weight.json",
            "grade-not-a-grade.json", "kind-unknown.json", "missing-budget.json", "missing-kind.json",
            "missing-cover-year.json", "missing-spent.json", "null-department.json",
            "null-indicator.json", "weight-120.json", "score-minus-one.json", "score-1e400.json",
            "negative-budget.json", "negative-execution-rate.json", "blank-department.json",
            "department-300-characters.json", "year-1800.json", "pack-id-uppercase.json", "root-array.json",
            "percent-not-a-number.json"})
    void schemaRejectsWhatSelfevalRejects(String fixture) throws IOException {
        String json = new String(BadInputCatalogueTest.fixture(fixture), StandardCharsets.UTF_8);
        assertFalse(schema().validate(json, InputFormat.JSON).isEmpty(), fixture + " passes the schema");
    }

    @Test
    void schemaAcceptsTheValidFixture() throws IOException {
        String json = new String(BadInputCatalogueTest.fixture("valid-minimal.json"), StandardCharsets.UTF_8);
        assertEquals(List.of(), schema().validate(json, InputFormat.JSON));
    }
}
