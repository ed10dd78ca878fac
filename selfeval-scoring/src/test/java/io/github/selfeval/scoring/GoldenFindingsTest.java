package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.BlockPoints;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorBuilder;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.testsupport.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every finding — code, severity, path, values and both messages — that the standard packs give the examples in
 * {@code examples/} (and the Anhui form of the test resources), and that edited seeds give, one edit per case,
 * chosen so that every standard {@link FindingCode} appears at least once. Printed in a stable order (case by case,
 * the card's own order within a case) and compared with the committed {@code findings.golden.txt} beside this
 * class in the test resources, so that a refactoring of the engine or of its message bundles that changes any
 * text, value or order fails here.
 *
 * <p>A change that is meant to change a text re-records the file: run this test with
 * {@code -Dselfeval.golden.record=true} (from the module directory, e.g.
 * {@code ./mvnw -o -B -q test -pl selfeval-scoring -am -Dtest=GoldenFindingsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dselfeval.golden.record=true}) and commit the file with the change
 * that explains it.
 */
class GoldenFindingsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/io/github/selfeval/scoring/findings.golden.txt");

    private final SelfEvaluation seed = Seeds.seed();
    private final SelfEvaluation shanghai = Examples.report("2022-shanghai-putuo-tiyu.json");
    private final RulePack national = RulePacks.standard().get("national");
    private final RulePack hebei = RulePacks.standard().get("hebei");
    private final Set<String> seen = new TreeSet<>();
    private final StringBuilder out = new StringBuilder();

    @Test
    void everyFindingPrintsAsRecorded() throws IOException {
        for (String example : Examples.ALL) {
            SelfEvaluation r = Examples.report(example);
            print(example + " (its own pack)", Scorer.forReport(r), r);
            for (String id : RulePacks.standard().ids()) {
                print(example + " under " + id, Scorer.of(RulePacks.standard().get(id)), r);
            }
        }
        SelfEvaluation anhui;
        try (InputStream in = GoldenFindingsTest.class.getResourceAsStream("/forms/anhui-2022-chizhou-tangxi-cut-off.json")) {
            anhui = SelfEvaluationJson.read(in);
        }
        print("anhui 2022 (its own pack)", Scorer.forReport(anhui), anhui);
        edits();

        Set<String> never = new TreeSet<>();
        for (FindingCode c : FindingCode.values()) {
            if (!seen.contains(c.name())) {
                never.add(c.name());
            }
        }
        assertTrue(never.isEmpty(), () -> "codes no case triggers: " + never);
        String text = out.toString();
        if (Boolean.getBoolean("selfeval.golden.record")) {
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), text,
                "findings differ from " + GOLDEN + " (re-record with -Dselfeval.golden.record=true if meant)");
    }

    private void edits() {
        Scorer hebeiScorer = Scorer.of(hebei);
        Scorer nationalScorer = Scorer.of(national);
        Scorer sichuan = Scorer.of(RulePacks.standard().get("sichuan"));
        print("seed weightedScore 17", hebeiScorer, withRow(seed, 0, b -> b.weightedScore("17")));
        print("shanghai row 1 score 9 (points)", nationalScorer, withRow(shanghai, 1, b -> b.weightedScore("9")));
        print("seed total 92", hebeiScorer, seed.toBuilder().declaredTotalScore(new BigDecimal("92")).build());
        print("shanghai total 90 (points)", nationalScorer,
                shanghai.toBuilder().declaredTotalScore(new BigDecimal("90")).build());
        print("seed budget row score 80", hebeiScorer, withRow(seed, 8, b -> b.score("80")));
        print("seed score outside grade", hebeiScorer, withRow(seed, 0, b -> b.score("85").weightedScore("17")));
        print("seed grade without band", nationalScorer, withRow(seed, 0, b -> b.grade(Grade.GOOD)));
        print("seed budget weight 20", hebeiScorer, withRow(seed, 8, b -> b.weight("20").weightedScore("15")));
        print("shanghai row 1 weight 15 (points)", nationalScorer, withRow(shanghai, 1, b -> b.weight("15")));
        print("seed without budget row", hebeiScorer,
                seed.toBuilder().indicators(new ArrayList<>(seed.indicators().subList(0, 8))).build());
        BudgetExecution b = seed.budget();
        for (String rate : List.of("75.3", "75.2", "175.24")) {
            print("seed execution rate " + rate, hebeiScorer, seed.toBuilder().budget(new BudgetExecution(
                    b.initialBudget(), b.budget(), b.received(), b.spent(), Optional.of(Percent.of(new BigDecimal(rate)))))
                    .build());
        }
        Funds spent = Funds.of(new BigDecimal("3800"), new BigDecimal("3800"), new BigDecimal("0"));
        print("seed spends 3800", hebeiScorer, seed.toBuilder().budget(new BudgetExecution(Optional.empty(),
                b.budget(), b.received(), spent, Optional.empty())).build());
        Overview o = seed.narrative().overview();
        Overview wrong = new Overview(o.paragraphs(), Optional.of(new BigDecimal("3746")),
                Optional.of(new BigDecimal("2800")), Optional.of(Percent.of(new BigDecimal("176"))), o.projectCount(),
                o.projectAmount(), o.projectSpending(), Optional.of(Percent.of(new BigDecimal("99"))));
        Narrative n = seed.narrative();
        print("seed overview wrong", hebeiScorer, seed.toBuilder().narrative(new Narrative(wrong,
                n.goalsAndIndicators(), n.performanceAnalysis(), n.problems(), n.suggestions())).build());
        print("seed overall completion 105", hebeiScorer, seed.toBuilder().goals(new Goals(seed.goals().items(),
                Optional.of(Percent.of(new BigDecimal("105"))))).build());
        print("seed under catalogue 2021", hebeiScorer, seed.toBuilder().catalogue("2021").build());
        print("seed under catalogue 1999", hebeiScorer, seed.toBuilder().catalogue("1999").build());
        print("seed row 0 level1 unknown, row 1 level2 misfiled", hebeiScorer,
                withRow(withRow(seed, 0, x -> row("管理效率", "效率", "x")), 1, x -> row("产出指标", "经济效益指标", "带动增收")));
        print("seed row 1 rule-scored", nationalScorer,
                withRow(seed, 1, x -> x.comparison(Comparison.AT_LEAST).expected("100").actual("80").score("90")));
        print("seed row 0 grade only", hebeiScorer,
                withRow(seed, 0, x -> x.score((BigDecimal) null).weightedScore((BigDecimal) null)));
        print("seed row 0 nothing", hebeiScorer,
                withRow(seed, 0, x -> x.score((BigDecimal) null).weightedScore((BigDecimal) null).grade(null)));
        RulePack guangxi = national.withAudit(new AuditRules(false, Optional.of(new BigDecimal("90")),
                Optional.of(new BigDecimal("1.3")), AuditRules.DEFAULT_UNIT_WORDS, Optional.of(200)));
        print("seed row 1 over-achieved, long texts", Scorer.of(guangxi), withRow(seed, 1, x -> x
                .comparison(Comparison.AT_LEAST).expected("100").actual("140").deviationReason(null)
                .improvement("改".repeat(201)).unit(" 百分比 ")));
        print("seed long reason, unit word", sichuan, withRow(seed, 0, x -> x.deviationReason("因".repeat(201))
                .unit("百分比")));
        print("seed row 0 format character, no weight", hebeiScorer,
                withRow(withRow(seed, 0, x -> row("产出指标", "数量指标", "培训\u200b人次").weight((BigDecimal) null)), 1,
                        x -> x.weight((BigDecimal) null).weightedScore((BigDecimal) null)));
        print("shanghai row 2 not applicable", nationalScorer, withRow(shanghai, 2,
                x -> x.expected("/").actual("/").weightedScore((BigDecimal) null)));
        print("shanghai row 2 not applicable, no rescale, no weight", Scorer.builder(national).scheme(national.scheme()
                .withNotApplicable(new NotApplicableRule(NotApplicableRule.PRINTED_MARKS, false))).build(),
                withRow(shanghai, 2, x -> x.expected("不适用").actual("不适用").weightedScore((BigDecimal) null)
                        .weight((BigDecimal) null)));
        List<ExecutionRateCap> caps = List.of(new ExecutionRateCap(new BigDecimal("80"), new BigDecimal("89")),
                new ExecutionRateCap(new BigDecimal("70"), new BigDecimal("79")));
        BudgetExecution sb = shanghai.budget();
        print("shanghai capped by 75 %", Scorer.builder(national).scheme(national.scheme().withExecutionRateCaps(caps))
                .build(), shanghai.toBuilder().budget(new BudgetExecution(sb.initialBudget(), sb.budget(),
                        sb.received(), Funds.ofProject(new BigDecimal("187500"), new BigDecimal("187500"), null, null),
                        sb.declaredExecutionRate(), sb.points(), sb.declaredScore(), sb.explanation())).build());
        print("shanghai over-achievement deducted", Scorer.builder(national).scheme(national.scheme()
                .withOverAchievement(Optional.of(new OverAchievementRule(new BigDecimal("1.3"), BigDecimal.valueOf(2)))))
                .build(), withRow(shanghai, 0, x -> x.expected("≥100个").actual("130个")));
        print("shanghai funds block without points", nationalScorer, shanghai.toBuilder().budget(new BudgetExecution(
                sb.initialBudget(), sb.budget(), sb.received(), sb.spent(), sb.declaredExecutionRate(), Optional.empty(),
                sb.declaredScore(), sb.explanation())).build());
        print("shanghai funds block 20 points, score 7", nationalScorer, shanghai.toBuilder().budget(new BudgetExecution(
                sb.initialBudget(), sb.budget(), sb.received(), sb.spent(), sb.declaredExecutionRate(),
                Optional.of(BigDecimal.valueOf(20)), Optional.of(BigDecimal.valueOf(7)), sb.explanation())).build());
        print("shanghai funds block score blank", nationalScorer, shanghai.toBuilder().budget(new BudgetExecution(
                sb.initialBudget(), sb.budget(), sb.received(), sb.spent(), sb.declaredExecutionRate(), sb.points(),
                Optional.empty(), sb.explanation())).build());
        print("seed blocks and 满分 90", hebeiScorer, seed.toBuilder()
                .block(new BlockPoints(Optional.empty(), Optional.of("产出指标"), new BigDecimal("60")))
                .block(new BlockPoints(Optional.of("年度绩效目标9"), Optional.of("效益指标"), new BigDecimal("10")))
                .declaredMaxScore(new BigDecimal("90")).build());
        print("sichuan low execution rate", sichuan, seed.toBuilder().budget(new BudgetExecution(b.initialBudget(),
                b.budget(), b.received(), b.spent(), b.declaredExecutionRate())).build());
        print("seed row 1 level2 nowhere in the catalogue", hebeiScorer,
                withRow(seed, 1, x -> row("产出指标", "其他指标", "其他")));
        print("sichuan long problems, no budget row", sichuan, seed.toBuilder()
                .indicators(new ArrayList<>(seed.indicators().subList(0, 8)))
                .narrative(new Narrative(n.overview(), n.goalsAndIndicators(), n.performanceAnalysis(),
                        List.of("问".repeat(150), "题".repeat(60)), List.of())).build());
        print("shanghai funds block budget 0", nationalScorer, shanghai.toBuilder().budget(new BudgetExecution(
                sb.initialBudget(), Funds.ofProject(BigDecimal.ZERO, BigDecimal.ZERO, null, null), sb.received(),
                sb.spent(), Optional.empty(), sb.points(), Optional.of(BigDecimal.valueOf(7)), sb.explanation())).build());
        print("seed with a failing check", Scorer.builder(hebei).addCheck(new AuditCheck() {
            @Override
            public String id() {
                return "golden-failing";
            }

            @Override
            public String description() {
                return "fails on every report";
            }

            @Override
            public void check(AuditContext context, FindingSink sink) {
                throw new IllegalStateException("broken on purpose");
            }
        }).build(), seed);
    }

    private static SelfEvaluation withRow(SelfEvaluation r, int i, UnaryOperator<IndicatorBuilder> change) {
        List<Indicator> rows = new ArrayList<>(r.indicators());
        rows.set(i, change.apply(rows.get(i).toBuilder()).build());
        return r.toBuilder().indicators(rows).build();
    }

    /** A fresh row (graded 优, 90 of 20 points: 18) under the given names. */
    private static IndicatorBuilder row(String level1, String level2, String name) {
        return Indicator.builder(level1, level2, name).grade(Grade.EXCELLENT).score("90").weight("20")
                .weightedScore("18");
    }

    private void print(String label, Scorer scorer, SelfEvaluation r) {
        ScoreCard card = scorer.score(r);
        out.append("## ").append(label).append(" — ").append(card.packId()).append(", total ")
                .append(card.totalScore().toPlainString()).append('\n');
        for (Finding f : card.findings()) {
            seen.add(f.code().name());
            out.append(f.code()).append(' ').append(f.severity()).append(' ').append(f.path()).append(" [")
                    .append(f.declared().orElse("-")).append(" | ").append(f.computed().orElse("-")).append("]\n")
                    .append("  zh ").append(f.messageZh()).append('\n')
                    .append("  en ").append(f.messageEn()).append('\n');
        }
    }
}
