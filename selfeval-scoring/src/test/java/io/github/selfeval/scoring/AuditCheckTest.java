package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit-check SPI: discovery, ids, a check that throws, the pack's settings over a check's codes, messages. */
class AuditCheckTest {

    /** A check of an application: one INFO finding per report naming its pack. */
    static final class PackNamed implements AuditCheck {
        private final String id;

        PackNamed(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "names the pack";
        }

        @Override
        public void check(AuditContext context, FindingSink sink) {
            sink.report(new Finding(FindingCode.of("PACK_NAMED"), Severity.INFO, "$", Optional.of(context.pack().id()),
                    Optional.of(context.totalScore().toPlainString()), "规则包 " + context.pack().id(),
                    "pack " + context.pack().id()));
        }
    }

    /** The seed with the 执行数 column's total one 万元 above its 财政资金 part. */
    private static SelfEvaluation seedWithSpentOff() {
        SelfEvaluation seed = Seeds.seed();
        BudgetExecution b = seed.budget();
        BigDecimal spent = b.spent().amount().orElseThrow();
        Funds off = Funds.of(spent.add(BigDecimal.ONE), spent, null);
        return seed.toBuilder().budget(new BudgetExecution(b.initialBudget(), b.budget(), b.received(), off,
                b.declaredExecutionRate(), b.points(), b.declaredScore(), b.explanation())).build();
    }

    @Test
    void theBuiltInChecksAreFoundThroughTheServiceLoaderInIdOrder() {
        AuditChecks checks = AuditChecks.standard();
        assertTrue(checks.ids().contains("funds-parts"), checks.ids().toString());
        assertEquals(checks.ids().stream().sorted().toList(), checks.ids());
        assertEquals(List.of(), checks.failures());
        assertEquals(checks.ids(), Scorer.of(RulePacks.standard().get("hebei")).checks().ids());
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPartsIsNamedAtItsColumn() {
        SelfEvaluation r = seedWithSpentOff();
        BigDecimal spent = Seeds.seed().budget().spent().amount().orElseThrow();
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei")).score(r);
        List<Finding> f = card.findings(FindingCode.FUNDS_TOTAL_NOT_SUM_OF_PARTS);
        assertEquals(1, f.size(), card.findings().toString());
        assertEquals("budget.spent.total", f.get(0).path());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(Optional.of(spent.add(BigDecimal.ONE).toPlainString()), f.get(0).declared());
        assertEquals(Optional.of(spent.toPlainString()), f.get(0).computed());
        assertEquals("执行数的合计 " + spent.add(BigDecimal.ONE).toPlainString() + " 不等于其下各项之和 "
                + spent.toPlainString(), f.get(0).messageZh());
        assertTrue(f.get(0).messageEn().startsWith("the spent column's total "), f.get(0).messageEn());
        // The seed itself adds up.
        assertTrue(Scorer.of(RulePacks.standard().get("hebei")).score(Seeds.seed())
                .findings(FindingCode.FUNDS_TOTAL_NOT_SUM_OF_PARTS).isEmpty());
        // Without the pluggable checks the finding is gone, and nothing else changes.
        ScoreCard without = Scorer.builder(RulePacks.standard().get("hebei")).checks(AuditChecks.of()).build().score(r);
        assertEquals(card.findings().stream().filter(x -> x.code() != FindingCode.FUNDS_TOTAL_NOT_SUM_OF_PARTS).toList(),
                without.findings());
    }

    @Test
    void anAddedCheckSeesTheScoredCardAndThePackSettingsApplyToItsCodes() {
        RulePack hebei = RulePacks.standard().get("hebei");
        SelfEvaluation seed = Seeds.seed();
        ScoreCard card = Scorer.builder(hebei).addCheck(new PackNamed("pack-named")).build().score(seed);
        Finding f = card.findings(FindingCode.of("PACK_NAMED")).get(0);
        assertEquals(Optional.of("hebei"), f.declared());
        assertEquals(Optional.of(card.totalScore().toPlainString()), f.computed());

        AuditRules raised = hebei.audit().withFindings(Map.of(FindingCode.of("PACK_NAMED"), Severity.ERROR), java.util.Set.of());
        ScoreCard strict = Scorer.builder(hebei).audit(raised).addCheck(new PackNamed("pack-named")).build().score(seed);
        assertEquals(Severity.ERROR, strict.findings(FindingCode.of("PACK_NAMED")).get(0).severity());
        AuditRules off = hebei.audit().withFindings(Map.of(), java.util.Set.of(FindingCode.of("PACK_NAMED")));
        assertTrue(Scorer.builder(hebei).audit(off).addCheck(new PackNamed("pack-named")).build().score(seed)
                .findings(FindingCode.of("PACK_NAMED")).isEmpty());
    }

    @Test
    void badIdsAndDuplicatesAreLeftOutAndListed() {
        Scorer s = Scorer.builder(RulePacks.standard().get("hebei")).addCheck(new PackNamed("Not An Id"))
                .addCheck(new PackNamed("funds-parts")).build();
        assertEquals(AuditChecks.standard().ids(), s.checks().ids());
        List<String> reasons = s.checks().failures().stream().map(AuditChecks.LoadFailure::reason).toList();
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.stream().anyMatch(x -> x.startsWith("invalid check id 'Not An Id'")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(x -> x.startsWith("duplicate check id 'funds-parts'")), reasons.toString());
    }

    @Test
    void aCheckThatThrowsLosesItsFindingsOnly() {
        AuditCheck broken = new AuditCheck() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String description() {
                return "always fails";
            }

            @Override
            public void check(AuditContext context, FindingSink sink) {
                sink.report(new Finding(FindingCode.of("HALF_DONE"), Severity.INFO, "$", null, null, "半", "half"));
                throw new IllegalStateException("boom");
            }
        };
        RulePack hebei = RulePacks.standard().get("hebei");
        ScoreCard plain = Scorer.of(hebei).score(Seeds.seed());
        ScoreCard card = Scorer.builder(hebei).addCheck(broken).build().score(Seeds.seed());
        List<Finding> failed = card.findings(FindingCode.AUDIT_CHECK_FAILED);
        assertEquals(1, failed.size());
        assertEquals("$", failed.get(0).path());
        assertEquals(Optional.of("broken"), failed.get(0).declared());
        assertEquals("audit check broken failed (IllegalStateException: boom); its findings are missing",
                failed.get(0).messageEn());
        assertTrue(card.findings(FindingCode.of("HALF_DONE")).isEmpty());
        assertEquals(plain.findings().size() + 1, card.findings().size());
        assertEquals(plain.totalScore(), card.totalScore());
    }

    @Test
    void checksComeFromAClassLoaderAndABrokenProviderIsReportedNotFatal(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(AuditCheck.class.getName()), "com.example.NoSuchCheck\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                AuditCheckTest.class.getClassLoader())) {
            AuditChecks checks = AuditChecks.using(loader);
            assertTrue(checks.ids().contains("funds-parts"), checks.ids().toString());
            assertEquals(1, checks.failures().size(), checks.failures().toString());
            assertEquals("com.example.NoSuchCheck", checks.failures().get(0).provider());
            ScoreCard card = Scorer.builder(RulePacks.standard().get("hebei")).checks(loader).build()
                    .score(seedWithSpentOff());
            assertFalse(card.findings(FindingCode.FUNDS_TOTAL_NOT_SUM_OF_PARTS).isEmpty());
        }
    }

    @Test
    void aChecksOwnMessagesAreReadAndAnApplicationOverridesThem(@TempDir Path dir) throws IOException {
        Map<String, String> files = Map.of("/m/texts_zh.properties", "GREET=你好 {0}，{1}\n",
                "/m/texts_en.properties", "GREET=hello {0}, {1} {2}\n");
        FindingMessages own = FindingMessages.of(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null, "/m/texts");
        assertEquals("你好 甲，乙", own.text(Locale.CHINA, "GREET", "甲", "乙"));
        assertEquals("hello a, b {2}", own.text(Locale.ENGLISH, "GREET", "a", "b"));
        assertEquals("MISSING 1 2", own.text(Locale.ENGLISH, "MISSING", 1, 2));

        Files.writeString(dir.resolve("FindingMessages_en.properties"), "GREET=hi {1}\n", StandardCharsets.UTF_8);
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try (URLClassLoader app = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            t.setContextClassLoader(app);
            FindingMessages overridden = FindingMessages.of(name -> files.containsKey(name)
                    ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null, "/m/texts");
            assertEquals("hi b", overridden.text(Locale.ENGLISH, "GREET", "a", "b"));
            assertEquals("你好 甲，乙", overridden.text(Locale.CHINESE, "GREET", "甲", "乙"));
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
