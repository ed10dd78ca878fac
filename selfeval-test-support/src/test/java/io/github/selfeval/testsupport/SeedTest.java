package io.github.selfeval.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The bundled seed is the repository's seed, and it is valid. */
class SeedTest {

    @Test
    void bundledSeedIsTheRepositorySeed() throws Exception {
        assertTrue(Seed.repositoryRoot().isPresent(), "tests run inside the checkout");
        assertEquals(Files.readString(Seed.path()), Seed.json());
        assertEquals(SelfEvaluationJson.read(Seed.path()), Seed.report());
    }

    @Test
    void seedIsValid() {
        assertEquals(java.util.List.of(), SelfEvaluations.violations(Seed.report()));
        assertEquals("姜各庄镇人民政府", Seed.report().cover().department());
    }
}
