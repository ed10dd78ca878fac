package io.github.selfeval.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer writes for any generated report matches the shipped JSON Schema. */
class JsonSchemaProperties {

    @Test
    void generatedReportsMatchTheSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SelfEvaluationJson.schema(), InputFormat.JSON);
        qt().withExamples(1000).forAll(Reports.validReports()).checkAssert(r ->
                assertEquals(List.of(), schema.validate(SelfEvaluationJson.toJson(r), InputFormat.JSON)));
        qt().withExamples(200).forAll(Reports.validReportsWithWeightsNotSummingTo100()).checkAssert(r ->
                assertEquals(List.of(), schema.validate(SelfEvaluationJson.toJson(r), InputFormat.JSON)));
    }
}
