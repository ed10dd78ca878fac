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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema accepts every example and what the writer writes. That it rejects the
 * bad-input catalogue's documents is tested next to the catalogue, in selfeval-test-support
 * ({@code CatalogueSchemaTest}).
 */
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
}
