package io.github.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files: writing replaces atomically and never leaves a partial file. {@code readValid} needs a Bean
 * Validation provider and is tested in selfeval-test-support ({@code SeedValidationTest}).
 */
class JsonFilesTest {

    private static final SelfEvaluation SEED = SelfEvaluationJson.read(SeedFiles.seed());

    @Test
    void writeReplacesAnExistingFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "old content");
        SelfEvaluationJson.write(SEED, file);
        assertEquals(SEED, SelfEvaluationJson.read(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "only the report remains");
        }
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("姜各庄镇人民政府"));
    }

    @Test
    void writeIntoAMissingDirectoryFailsWithoutAFile(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("report.json");
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> SelfEvaluationJson.write(SEED, file));
        assertEquals(SelfEvaluationJson.JSON_WRITE, e.code());
        assertTrue(e.getMessage().contains("report.json"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFileCutInsideAChineseCharacterIsSaidToBeTruncated() throws Exception {
        byte[] seed = Files.readAllBytes(SeedFiles.seed());
        int at = new String(seed, StandardCharsets.UTF_8).indexOf("姜各庄");
        int cut = new String(seed, StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8).length + 1;
        for (int keep : new int[] {cut, cut + 1}) {
            byte[] truncated = java.util.Arrays.copyOf(seed, keep);
            ReportReadException e = assertThrows(ReportReadException.class, () -> SelfEvaluationJson.read(truncated));
            assertEquals(ReportReadException.JSON_ENCODING, e.code());
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
            assertFalse(e.getMessage().contains("save the file as UTF-8"), e.getMessage());
        }
    }

    @Test
    void aBadByteInsideTheFileIsStillInvalidUtf8() throws Exception {
        byte[] seed = Files.readAllBytes(SeedFiles.seed());
        int at = new String(seed, StandardCharsets.UTF_8).indexOf("姜各庄");
        int lead = new String(seed, StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        byte[] broken = seed.clone();
        broken[lead + 1] = (byte) 0x41; // the character's second byte replaced by 'A': not a cut, a bad sequence
        ReportReadException e = assertThrows(ReportReadException.class, () -> SelfEvaluationJson.read(broken));
        assertTrue(e.getMessage().contains("invalid UTF-8") && e.getMessage().contains("save the file as UTF-8"), e.getMessage());
        assertFalse(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void theSchemaIsShippedAndNamesItsDraft() {
        assertTrue(SelfEvaluationJson.schema().contains("https://json-schema.org/draft/2020-12/schema"));
    }
}
