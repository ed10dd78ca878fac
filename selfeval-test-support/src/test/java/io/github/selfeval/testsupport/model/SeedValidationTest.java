package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.ReportReadException;
import io.github.selfeval.model.ReportValidationException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.testsupport.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed file is valid in both languages, and {@code readValid} reads then validates. Moved here
 * from selfeval-model's {@code SeedTest} and {@code JsonFilesTest}: validating needs a provider,
 * which selfeval-model does not depend on in any scope.
 */
class SeedValidationTest {

    @Test
    void seedIsValid() {
        SelfEvaluation seed = SelfEvaluationJson.read(Seed.path());
        assertEquals(List.of(), SelfEvaluations.violations(seed));
        assertEquals(List.of(), SelfEvaluations.violations(seed, Locale.ENGLISH));
        SelfEvaluations.validate(seed);
    }

    @Test
    void readValidReadsThenValidates(@TempDir Path dir) throws Exception {
        assertEquals(SelfEvaluationJson.read(Seed.path()), SelfEvaluations.readValid(Seed.path(), Locale.ENGLISH));
        Path bad = dir.resolve("weight-120.json");
        Files.writeString(bad, Files.readString(Seed.path()).replaceFirst("\"weight\": 20", "\"weight\": 120"));
        ReportValidationException v = assertThrows(ReportValidationException.class,
                () -> SelfEvaluations.readValid(bad, Locale.ENGLISH));
        assertEquals("indicators[0].weight", v.violations().get(0).path());
        Path truncated = dir.resolve("truncated.json");
        String seedText = Files.readString(Seed.path());
        Files.writeString(truncated, seedText.substring(0, seedText.length() / 2));
        ReportReadException r = assertThrows(ReportReadException.class,
                () -> SelfEvaluations.readValid(truncated, Locale.ENGLISH));
        assertEquals(ReportReadException.JSON_SYNTAX, r.code());
        assertTrue(r.line() > 1 && r.column() > 0, r.getMessage());
    }
}
