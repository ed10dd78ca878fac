package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.selfeval.model.SelfEvalException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published pack schema accepts every standard pack and a user's, and refuses what the reader refuses. */
class PackSchemaTest {

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(RulePacks.schema());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PackSchemaTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyStandardPackAndAUsersPackMatchTheSchema() throws IOException {
        Schema schema = schema();
        assertFalse(RulePacks.standard().ids().isEmpty());
        for (String id : RulePacks.standard().ids()) {
            List<Error> errors = schema.validate(resource("/META-INF/selfeval/packs/" + id + ".json"), InputFormat.JSON);
            assertEquals(List.of(), errors, id);
        }
        assertEquals(List.of(), schema.validate(resource("/packs/huanggang.json"), InputFormat.JSON));
    }

    /** A misspelt key, a value of the wrong kind, a rule with both shapes: the schema and the reader both refuse. */
    @Test
    void whatTheReaderRefusesTheSchemaRefuses() throws IOException {
        String national = resource("/META-INF/selfeval/packs/national.json");
        List<String> bad = List.of(
                national.replace("\"requireDeviationReason\": true", "\"lowExecutionRateThresold\": 90"),
                national.replace("\"total\": \"printed-rows\"", "\"total\": \"printed\""),
                national.replace("\"rescale\": true", "\"rescale\": \"yes\""),
                national.replace("\"defaultWeights\": {", "\"overAchievement\": {\"ratio\": 1.3},\n\"defaultWeights\": {"),
                national.replace("\"defaultWeights\": {", "\"indicatorRules\": [{\"names\": [\"预算调整率\"], \"points\": 3,"
                        + " \"deduction\": {\"above\": 0, \"perPoint\": 1}, \"steps\": [{\"atMost\": 0, \"points\": 3}]}],"
                        + "\n\"defaultWeights\": {"),
                national.replace("\"presentation\": \"points\"", "\"presentation\": \"pointz\""));
        Schema schema = schema();
        for (String pack : bad) {
            assertFalse(schema.validate(pack, InputFormat.JSON).isEmpty(), pack);
            assertThrows(SelfEvalException.class,
                    () -> RulePacks.load(new ByteArrayInputStream(pack.getBytes(StandardCharsets.UTF_8))), pack);
        }
    }

    @Test
    void theSchemaIsPublishedAsAResource() {
        assertTrue(RulePacks.schema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
        assertTrue(RulePacks.class.getResource(RulePacks.SCHEMA_RESOURCE) != null);
    }
}
