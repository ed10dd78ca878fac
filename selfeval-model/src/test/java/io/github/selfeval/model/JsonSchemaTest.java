package io.github.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema accepts every example and what the writer writes, and rejects broken documents. */
class JsonSchemaTest {

    static Schema schema() throws IOException {
        try (InputStream in = SelfEvaluation.class.getResourceAsStream("selfeval-report.schema.json")) {
            assertTrue(in != null, "the schema is a resource of the model package");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @Test
    void everyExampleMatchesTheSchema() throws IOException {
        Schema schema = schema();
        List<Path> examples = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(SeedFiles.root().resolve("examples"), "*.json")) {
            dir.forEach(examples::add);
        }
        assertFalse(examples.isEmpty());
        for (Path example : examples) {
            List<Error> errors = schema.validate(Files.readString(example), InputFormat.JSON);
            assertEquals(List.of(), errors, example.toString());
        }
    }

    @Test
    void whatTheWriterWritesMatchesTheSchema() throws IOException {
        SelfEvaluation seed = SelfEvaluationJson.read(SeedFiles.seed());
        assertEquals(List.of(), schema().validate(SelfEvaluationJson.toJson(seed), InputFormat.JSON));
    }

    /** Documents the reader or the field constraints reject are rejected by the schema too. */
    @ParameterizedTest
    @ValueSource(strings = {"weight-as-string.json", "year-as-string.json", "indicators-as-object.json",
            "core-as-string.json", "unknown-property-top-level.json", "unknown-property-misspelt-weight.json",
            "grade-not-a-grade.json", "kind-unknown.json", "missing-budget.json", "missing-kind.json",
            "missing-cover-year.json", "missing-weight.json", "missing-spent.json", "null-department.json",
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
