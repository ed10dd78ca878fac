package io.github.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed report reads as declared and survives a round trip unchanged. That it is valid needs a
 * Bean Validation provider and is tested in selfeval-test-support ({@code SeedValidationTest}).
 */
class SeedTest {

    @Test
    void seedReadsAsDeclared() {
        SelfEvaluation seed = SelfEvaluationJson.read(SeedFiles.seed());
        assertEquals(FormKind.DEPARTMENT, seed.kind());
        assertEquals(2023, seed.cover().year());
        assertEquals("姜各庄镇人民政府", seed.cover().department());
        assertEquals(MoneyUnit.WAN_YUAN, seed.moneyUnit());
        assertEquals(9, seed.indicators().size());
        assertEquals(new BigDecimal("3746.68"), seed.budget().budget().total().orElseThrow());
        assertTrue(seed.budget().declaredExecutionRate().isEmpty(), "预算执行进度 is blank on the form");
        Indicator rate = seed.budgetExecutionIndicator().orElseThrow();
        assertEquals(new BigDecimal("7.5"), rate.weightedScore().orElseThrow(), "the form's 7.5 is kept");
        assertEquals(new BigDecimal("75.24"), rate.score().orElseThrow());
        assertEquals(new BigDecimal("91"), seed.declaredTotalScore().orElseThrow());
        assertEquals(7, seed.goals().items().size());
        assertTrue(seed.goals().items().get(4).target().isEmpty());
        assertTrue(seed.goals().items().get(6).completion().isEmpty());
    }

    @Test
    void roundTripIsIdentity(@TempDir Path dir) {
        SelfEvaluation seed = SelfEvaluationJson.read(SeedFiles.seed());
        String json = SelfEvaluationJson.toJson(seed);
        assertEquals(seed, SelfEvaluationJson.read(json));
        Path file = dir.resolve("copy.json");
        SelfEvaluationJson.write(seed, file);
        assertEquals(seed, SelfEvaluationJson.read(file));
        assertFalse(json.contains("E+"), "decimals are written plain");
        assertTrue(json.contains("\"weightedScore\" : 7.5"), json);
        assertFalse(json.contains("declaredExecutionRate"), "absent optionals are omitted");
        assertFalse(json.contains("\"core\""), "false core flags are omitted");
        assertTrue(json.contains("姜各庄镇人民政府"), "Chinese is written as is");
    }

    @Test
    void writtenBytesAreUtf8() throws Exception {
        SelfEvaluation seed = SelfEvaluationJson.read(SeedFiles.seed());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SelfEvaluationJson.write(seed, out);
        assertEquals(seed, SelfEvaluationJson.read(out.toByteArray()));
        assertTrue(new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8).contains("自评报告"));
        assertEquals(Files.readString(SeedFiles.seed()).contains("樊琪"), true);
    }
}
