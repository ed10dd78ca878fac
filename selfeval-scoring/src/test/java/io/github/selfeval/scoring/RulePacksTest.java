package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.SelfEvalException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding, reading and rejecting rule packs and catalogues. */
class RulePacksTest {
    private static final Path PACKS = Path.of("src", "test", "resources", "packs");

    @Test
    void theStandardPacksAndCataloguesAreListed() {
        assertTrue(RulePacks.standard().ids().containsAll(List.of("hebei", "national", "chongqing", "sichuan")));
        assertTrue(IndicatorCatalogues.standard().ids().containsAll(List.of("2020", "2021", "department")));
        for (String id : RulePacks.standard().ids()) {
            RulePack p = RulePacks.standard().get(id);
            assertEquals(id, p.id());
            assertTrue(!p.sources().isEmpty(), id + " cites its sources");
            IndicatorCatalogues.standard().get(p.catalogue());
        }
    }

    @Test
    void theStandardPacksSayWhatTheIssueAsks() {
        RulePack hebei = RulePacks.standard().get("hebei");
        assertEquals(RoundingPolicy.HEBEI_SEED, hebei.rounding());
        assertEquals(ScoringScheme.WEIGHTED, hebei.scheme());
        assertEquals(false, hebei.audit().requireDeviationReason());
        RulePack national = RulePacks.standard().get("national");
        assertEquals(Presentation.POINTS, national.scheme().presentation());
        assertEquals("2021", national.catalogue());
        assertEquals(RoundingPolicy.DEFAULT, national.rounding());
        assertEquals(ScoringScheme.POINTS, national.scheme());
        assertEquals(Presentation.POINTS, RulePacks.standard().get("chongqing").scheme().presentation());
        assertEquals(Optional.of(BigDecimal.valueOf(90)),
                RulePacks.standard().get("sichuan").audit().lowExecutionRateThreshold());
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        UnknownPackException e = assertThrows(UnknownPackException.class, () -> RulePacks.standard().get("hainan"));
        assertEquals("PACK_UNKNOWN", e.code());
        assertEquals("hainan", e.packId());
        assertEquals(RulePacks.standard().ids(), e.knownIds());
        assertTrue(e.getMessage().contains("'hainan'") && e.getMessage().contains("anhui, chongqing, hebei, hebei-project, hubei, hunan-department, national, sichuan"),
                e.getMessage());
        SelfEvalException c = assertThrows(SelfEvalException.class, () -> IndicatorCatalogues.standard().get("1999"));
        assertEquals("CATALOGUE_UNKNOWN", c.code());
        assertTrue(c.getMessage().contains("2020, 2021, department"), c.getMessage());
    }

    @Test
    void aUsersPackFileIsReadWithEveryParameter() {
        RulePack p = RulePacks.load(PACKS.resolve("huanggang.json"));
        assertEquals("huanggang", p.id());
        assertEquals(new RoundingPolicy.Step(2, RoundingMode.DOWN), p.rounding().weightedScore());
        assertEquals(new RoundingPolicy.Step(1, RoundingMode.HALF_EVEN), p.rounding().total());
        assertEquals(ReverseFormula.TARGET_OVER_ACTUAL, p.scheme().quantitative().reverseFormula());
        assertEquals(Optional.empty(), p.scheme().budgetExecution().cap());
        assertEquals(BigDecimal.valueOf(20), p.scheme().budgetExecution().weight());
        assertEquals(GradeBands.STANDARD, p.scheme().indicatorBands());
        assertEquals(List.of("预算执行率", "产出指标", "效益指标", "满意度指标"),
                List.copyOf(p.scheme().defaultWeights().keySet()));
        assertEquals("个", p.audit().unitWords().get("个数"));

        ScoreCard c = Scorer.of(p).score(Seeds.seed());
        assertEquals(1, c.findings(FindingCode.BUDGET_RATE_WEIGHT_MISMATCH).size(), "the seed weighs it 10, not 20");
        assertEquals(1, c.findings(FindingCode.LOW_EXECUTION_RATE_UNEXPLAINED).size());
        assertEquals(RulePacks.standard().resolve(PACKS.resolve("huanggang.json").toString()), p);
    }

    @Test
    void aBrokenPackNamesTheFileAndTheField() {
        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> RulePacks.load(PACKS.resolve("broken-band.json")));
        assertEquals("PACK_INVALID", e.code());
        assertTrue(e.getMessage().contains("broken-band.json")
                && e.getMessage().contains("scheme.indicatorBands[1].min: expected a number"), e.getMessage());

        SelfEvalException gap = assertThrows(SelfEvalException.class, () -> RulePacks.load(new ByteArrayInputStream(
                ("{\"id\":\"gap\",\"name\":\"g\",\"catalogue\":\"2020\",\"rounding\":\"default\",\"scheme\":"
                        + "{\"presentation\":\"points\",\"indicatorBands\":[{\"grade\":\"优\",\"min\":90,\"max\":100,"
                        + "\"maxInclusive\":true},{\"grade\":\"差\",\"min\":0,\"max\":80}]}}")
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(gap.getMessage().contains("scheme.indicatorBands: bands 优 [90, 100] and 差 [0, 80)"),
                gap.getMessage());

        SelfEvalException json = assertThrows(SelfEvalException.class,
                () -> RulePacks.load(new ByteArrayInputStream("{\"id\": ".getBytes(StandardCharsets.UTF_8))));
        assertTrue(json.getMessage().startsWith("rule pack: not valid JSON at line 1"), json.getMessage());

        SelfEvalException rounding = assertThrows(SelfEvalException.class, () -> RulePacks.load(new ByteArrayInputStream(
                ("{\"id\":\"r\",\"name\":\"r\",\"catalogue\":\"2020\",\"rounding\":\"bankers\",\"scheme\":"
                        + "{\"presentation\":\"weighted\",\"indicatorBands\":\"standard\"}}")
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(rounding.getMessage().contains("rounding: unknown rounding policy 'bankers'"), rounding.getMessage());
    }

    /** Issue 11: a misspelt key used to switch its rule off without a word. */
    @Test
    void aMisspeltKeyIsRefusedNamingItsPathAndTheKnownKeys() {
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> RulePacks.load(new ByteArrayInputStream(
                ("{\"id\":\"s\",\"name\":\"s\",\"catalogue\":\"2020\",\"rounding\":\"default\",\"scheme\":"
                        + "{\"presentation\":\"points\",\"indicatorBands\":\"standard\"},"
                        + "\"audit\":{\"lowExecutionRateThresold\":90}}").getBytes(StandardCharsets.UTF_8))));
        assertEquals("PACK_INVALID", e.code());
        assertTrue(e.getMessage().contains("audit.lowExecutionRateThresold: unknown key")
                && e.getMessage().contains("lowExecutionRateThreshold"), e.getMessage());
        SelfEvalException top = assertThrows(SelfEvalException.class, () -> RulePacks.load(new ByteArrayInputStream(
                ("{\"id\":\"s\",\"name\":\"s\",\"catalogue\":\"2020\",\"rounding\":\"default\",\"scheme\":"
                        + "{\"presentation\":\"points\",\"indicatorBands\":\"standard\",\"totl\":\"exact\"}}")
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(top.getMessage().contains("scheme.totl: unknown key"), top.getMessage());
    }

    @Test
    void anIoErrorReadingAPackIsUnreadableNotInvalid() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("device gone");
            }
        };
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> RulePacks.load(failing));
        assertEquals("PACK_UNREADABLE", e.code());
    }

    @Test
    void aPackOnTheClassPathIsFoundWithoutForking(@TempDir Path dir) throws Exception {
        Path packs = Files.createDirectories(dir.resolve(RulePacks.RESOURCE_FOLDER));
        Files.copy(PACKS.resolve("huanggang.json"), packs.resolve("huanggang.json"));
        Files.writeString(packs.resolve("INDEX"), "# a user's packs\nhuanggang\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                RulePacks.class.getClassLoader())) {
            RulePacks registry = RulePacks.using(loader);
            assertEquals("huanggang", registry.get("huanggang").id());
            assertTrue(registry.ids().containsAll(List.of("huanggang", "hebei")), registry.ids().toString());
            // The standard registry also consults the thread's context class loader on first use.
        }
    }

    @Test
    void aPluginCatalogueServesAPackThroughTheScorersRegistry(@TempDir Path dir) throws Exception {
        Path catalogues = Files.createDirectories(dir.resolve(IndicatorCatalogues.RESOURCE_FOLDER));
        String department = Files.readString(Path.of("src", "main", "resources", IndicatorCatalogues.RESOURCE_FOLDER,
                "department.json"));
        Files.writeString(catalogues.resolve("plugin-2025.json"),
                department.replaceFirst("\"id\"\\s*:\\s*\"department\"", "\"id\": \"plugin-2025\""));
        Files.writeString(catalogues.resolve("INDEX"), "plugin-2025\n");
        String hebei = Files.readString(Path.of("src", "main", "resources", RulePacks.RESOURCE_FOLDER, "hebei.json"));
        RulePack pack = RulePacks.load(new java.io.ByteArrayInputStream(hebei
                .replaceFirst("\"catalogue\"\\s*:\\s*\"[^\"]*\"", "\"catalogue\": \"plugin-2025\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("plugin-2025", pack.catalogue());
        SelfEvalException unknown = assertThrows(SelfEvalException.class, () -> Scorer.of(pack));
        assertEquals("CATALOGUE_UNKNOWN", unknown.code());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                RulePacks.class.getClassLoader())) {
            IndicatorCatalogues registry = IndicatorCatalogues.using(loader);
            Scorer scorer = Scorer.builder(pack).catalogues(registry).build();
            assertEquals("plugin-2025", scorer.catalogue().id());
            assertEquals("plugin-2025", Scorer.builder(pack).catalogues(registry).catalogue("plugin-2025").build()
                    .catalogue().id());
        }
    }

    @Test
    void theSameIdTwiceIsAnErrorNamingBothFiles(@TempDir Path dir) throws Exception {
        Path packs = Files.createDirectories(dir.resolve(RulePacks.RESOURCE_FOLDER));
        Files.writeString(packs.resolve("hebei.json"), "{}");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                RulePacks.class.getClassLoader())) {
            SelfEvalException e = assertThrows(SelfEvalException.class, () -> RulePacks.using(loader).get("hebei"));
            assertEquals("PACK_DUPLICATE", e.code());
            assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("target/classes"), e.getMessage());
        }
    }

    @Test
    void aPackWhoseIdDiffersFromItsFileNameIsRejected(@TempDir Path dir) throws Exception {
        Path packs = Files.createDirectories(dir.resolve(RulePacks.RESOURCE_FOLDER));
        Files.copy(PACKS.resolve("huanggang.json"), packs.resolve("hubei.json"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            SelfEvalException e = assertThrows(SelfEvalException.class, () -> RulePacks.using(loader).get("hubei"));
            assertTrue(e.getMessage().contains("declares 'huanggang' but the file is named hubei.json"), e.getMessage());
        }
    }

    @Test
    void roundingPoliciesByName() {
        assertEquals(RoundingPolicy.DEFAULT, RoundingPolicy.named("default"));
        assertEquals(RoundingPolicy.HEBEI_SEED, RoundingPolicy.named("hebei"));
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> RoundingPolicy.named("pack"));
        assertTrue(e.getMessage().contains("known policies: default, hebei"));
        assertEquals(Presentation.POINTS, Presentation.of("Points"));
        assertThrows(IllegalArgumentException.class, () -> Presentation.of("percent"));
    }

    @Test
    void gradeBandsMustTileZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> new GradeBands(List.of(
                GradeBand.closed(io.github.selfeval.model.Grade.EXCELLENT, 90, 100),
                GradeBand.closed(io.github.selfeval.model.Grade.GOOD, 0, 90))), "90 owned twice");
        assertThrows(IllegalArgumentException.class, () -> new GradeBands(List.of(
                GradeBand.halfOpen(io.github.selfeval.model.Grade.EXCELLENT, 90, 100))), "100 not included");
        assertEquals(List.of(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60)),
                GradeBands.STANDARD.boundaries());
    }
}
