package io.github.selfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.scoring.IndicatorCatalogues;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.testsupport.Seed;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error codes of docs/errors.md that no other test of the repository produced (found by
 * {@link CodesAreExercisedTest}): each produced here through the public API, with a message that names
 * what and where.
 */
class ErrorCodesProducedTest {

    @TempDir
    Path dir;

    /**
     * The model's not-null constraint cannot be broken through its records: their constructors refuse a
     * missing required component first, naming it. (docs/errors.md says so; {@link CodesAreExercisedTest}
     * exempts that code on the strength of this test.)
     */
    @Test
    void aReportBuiltInCodeWithoutABudgetIsRefusedByTheConstructor() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Seed.report().toBuilder().budget(null).build());
        assertEquals("budget", e.getMessage());
        // (A row without a weight is no longer refused: a form may print only 得分, WEIGHT_MISSING says so.)
        Indicator row = Seed.report().indicators().get(0);
        assertTrue(row.toBuilder().weight((java.math.BigDecimal) null).build().weight().isEmpty());
    }

    @Test
    void anUnknownFormatIsUnknownFormat() {
        SelfEvalException e = refused(() -> ReportExporters.load().get("odt"));
        assertEquals("UNKNOWN_FORMAT", e.code());
        assertTrue(e.getMessage().contains("odt") && e.getMessage().contains("pdf"), e.getMessage());
    }

    @Test
    void anUnknownRoundingIsRoundingUnknown() {
        SelfEvalException e = refused(() -> RoundingPolicy.named("sometimes"));
        assertEquals("ROUNDING_UNKNOWN", e.code());
        assertTrue(e.getMessage().contains("sometimes"), e.getMessage());
    }

    @Test
    void aMissingPackFileIsPackUnreadable() {
        Path missing = dir.resolve("henan.json");
        SelfEvalException e = refused(() -> RulePacks.load(missing));
        assertEquals("PACK_UNREADABLE", e.code());
        assertTrue(e.getMessage().contains("henan.json"), e.getMessage());
    }

    @Test
    void aMissingCatalogueFileIsCatalogueUnreadable() {
        Path missing = dir.resolve("2030.json");
        SelfEvalException e = refused(() -> IndicatorCatalogues.load(missing));
        assertEquals("CATALOGUE_UNREADABLE", e.code());
        assertTrue(e.getMessage().contains("2030.json"), e.getMessage());
    }

    @Test
    void aCatalogueThatIsNotJsonIsCatalogueInvalid() throws IOException {
        Path bad = Files.writeString(dir.resolve("2030.json"), "id: 2030");
        SelfEvalException e = refused(() -> IndicatorCatalogues.load(bad));
        assertEquals("CATALOGUE_INVALID", e.code());
        assertTrue(e.getMessage().contains("2030.json"), e.getMessage());
    }

    @Test
    void theSameCatalogueTwiceOnTheClassPathIsCatalogueDuplicate() throws IOException {
        byte[] catalogue;
        try (var in = IndicatorCatalogues.class.getClassLoader()
                .getResourceAsStream(IndicatorCatalogues.RESOURCE_FOLDER + "/2020.json")) {
            catalogue = in.readAllBytes();
        }
        String mine = new String(catalogue, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"id\"\\s*:\\s*\"2020\"", "\"id\": \"mine\"");
        List<URL> roots = new ArrayList<>();
        for (String jar : List.of("a", "b")) {
            Path folder = Files.createDirectories(dir.resolve(jar).resolve(IndicatorCatalogues.RESOURCE_FOLDER));
            Files.writeString(folder.resolve("mine.json"), mine);
            Files.writeString(folder.resolve("INDEX"), "mine\n");
            roots.add(dir.resolve(jar).toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(roots.toArray(URL[]::new), null)) {
            SelfEvalException e = refused(() -> IndicatorCatalogues.using(loader).get("mine"));
            assertEquals("CATALOGUE_DUPLICATE", e.code());
            assertTrue(e.getMessage().contains("/a/") && e.getMessage().contains("/b/"), e.getMessage());
        }
    }

    private static SelfEvalException refused(Executable call) {
        return assertThrows(SelfEvalException.class, call);
    }
}
