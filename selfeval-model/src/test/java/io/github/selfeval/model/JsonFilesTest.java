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
    void theSchemaIsShippedAndNamesItsDraft() {
        assertTrue(SelfEvaluationJson.schema().contains("https://json-schema.org/draft/2020-12/schema"));
    }
}
