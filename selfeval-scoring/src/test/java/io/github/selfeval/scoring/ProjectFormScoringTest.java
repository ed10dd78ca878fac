package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.testsupport.Examples;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real 项目支出 forms in {@code examples/} scored under their packs: the funds block's own score, the
 * total as the form sums it, and exactly the findings each form's arithmetic calls for (the hand checks
 * are in {@code examples/sources/}).
 */
class ProjectFormScoringTest {

    private static ScoreCard score(String example) {
        // Validation of the examples is ExamplesValidateTest's (test-support has the provider).
        SelfEvaluation r = Examples.report(example);
        return Scorer.forReport(r).score(r);
    }

    private static List<String> describe(ScoreCard card) {
        return card.findings().stream()
                .map(f -> f.code() + " " + f.severity() + " " + f.path() + " " + f.declared().orElse("-") + " "
                        + f.computed().orElse("-"))
                .sorted().toList();
    }

    private static void assertFindings(ScoreCard card, String... expected) {
        List<String> actual = describe(card);
        assertEquals(List.of(expected).stream().sorted().toList(), actual,
                () -> "findings under " + card.packId() + ":\n  " + String.join("\n  ", actual));
    }

    @Test
    void shanghai2022ScoresItsFundsBlockAndSumsItsPrintedColumn() {
        ScoreCard card = score("2022-shanghai-putuo-tiyu.json");
        BudgetScore b = card.budgetScore().orElseThrow();
        // 215457.6 / 250000 = 86.18304 %; × 10 = 8.618304 → 8.62, as printed.
        assertEquals("86.18", b.rate().orElseThrow().points().toPlainString());
        assertEquals(0, new BigDecimal("8.618304").compareTo(b.rawScore()));
        assertEquals("8.62", b.score().toPlainString());
        // 总分 = 8.62 + 10 + 20 + 20 + 30 + 10 = 98.62, as printed.
        assertEquals("98.62", card.totalScore().toPlainString());
        assertEquals(0, new BigDecimal("100").compareTo(card.weightSum()));
        assertFindings(card,
                // 执行率 printed 86.19 %: only rounding up gives it from 86.18304 %.
                "EXECUTION_RATE_MISMATCH ERROR budget.declaredExecutionRate 86.19 86.18",
                // 年度总体目标: 实际完成情况 written, 预期目标 blank.
                "COMPLETION_WITHOUT_GOAL WARNING goals.items[0].target - -");
    }

    @Test
    void hebei2019IsConsistentUnderItsWholeNumberPackAndNotUnderTwoPlaces() {
        ScoreCard card = score("2019-hebei-langfang-nuantong.json");
        assertEquals("hebei-project", card.packId());
        // 37.24 / 43.2 = 86.2037…%, printed 86 %; 10 × 86.2037 % = 8.62, printed 9; the 工程资金金额 row scored by
        // its positive rule 10 × 37.24 / 43.2 = 8.62, printed 9; the printed column sums to 9 + 9 + 80 = 98.
        assertEquals("86", card.budgetExecutionRate().orElseThrow().points().toPlainString());
        assertEquals("9", card.budgetScore().orElseThrow().score().toPlainString());
        assertEquals(IndicatorScore.ScoreSource.QUANTITATIVE_RULE, card.indicators().get(0).source());
        assertEquals("9", card.indicators().get(0).weightedScore().toPlainString());
        assertEquals("98", card.totalScore().toPlainString());
        assertFindings(card);

        // Under the national pack's two places the same 9 is a mismatch, and the 86 % only worth knowing.
        SelfEvaluation r = Examples.report("2019-hebei-langfang-nuantong.json");
        ScoreCard national = Scorer.of(RulePacks.standard().get("national")).score(r);
        assertEquals("97.62", national.totalScore().toPlainString());
        assertFindings(national, "BUDGET_SCORE_MISMATCH ERROR budget.declaredScore 9 8.62",
                "RATE_AT_PRINTED_PRECISION INFO budget.declaredExecutionRate 86 86.20");
        // With its rows scored by the positive rule too, the row's 9 is a mismatch as well.
        ScoreCard positive = Scorer.builder(RulePacks.standard().get("national")).scheme(RulePacks.standard()
                .get("national").scheme().withQuantitative(QuantitativeRule.LINEAR
                        .withoutSymbol(QuantitativeRule.WithoutSymbol.POSITIVE))).build().score(r);
        assertTrue(describe(positive).contains("WEIGHTED_SCORE_MISMATCH ERROR indicators[0].weightedScore 9 8.62"),
                describe(positive).toString());
    }

    @Test
    void sichuan2023IsMostlyUnfilledAndSaysSo() {
        ScoreCard card = score("2023-sichuan-qingshen-gongzi.json");
        // 251.89 / 251.89 = 100.00 %, as printed; 得分 blank where 10 × 100 % = 10.
        assertEquals("10.00", card.budgetScore().orElseThrow().score().toPlainString());
        assertEquals(0, new BigDecimal("100").compareTo(card.weightSum()));
        assertFindings(card,
                "BUDGET_SCORE_MISSING WARNING budget.declaredScore - 10.00",
                // 完成值 and 得分 blank on both rows: scored 0, and below full marks without a reason.
                "SCORE_MISSING ERROR indicators[0].score - 0",
                "SCORE_MISSING ERROR indicators[1].score - 0",
                "DEVIATION_REASON_MISSING WARNING indicators[0].deviationReason - 0.00",
                "DEVIATION_REASON_MISSING WARNING indicators[1].deviationReason - 0.00");
    }

    @Test
    void hubei2020PrintsOnlyScoresAndATwentyPointBudgetRow() {
        ScoreCard card = score("2020-hubei-changjiang-jinbu.json");
        // 1.56 / 1.56 = 100 %; 20 × 100 % = 20, as printed; 20 + 20 + 10 + 10 + 40 = 100, as printed.
        assertEquals("20.00", card.budgetScore().orElseThrow().score().toPlainString());
        assertEquals("100.00", card.totalScore().toPlainString());
        assertEquals("hubei", card.packId());
        assertFindings(card,
                "WEIGHT_MISSING WARNING indicators[0].weight - 20",
                "WEIGHT_MISSING WARNING indicators[1].weight - 10",
                "WEIGHT_MISSING WARNING indicators[2].weight - 10",
                "WEIGHT_MISSING WARNING indicators[3].weight - 40");
    }

    /**
     * Anhui 池州 2022 (the stored copy ends in the 满意度 row, so its fixture is under test resources, not in
     * {@code examples/}): every rule-scored row agrees with its printed 得分 (≥50个 / 50 → 8; ≥100百分比 / 100 → 8;
     * ≤90万元 / 90 → 8), the blocks add up (8 + 8 + 8 + 8 + 8 + 10 = 50; 10 + 10 + 10 = 30), and the funds block prints
     * 0 / 0 / 0 with 执行率 0 and 得分 0, which is consistent with itself (0 / 0 gives no rate) but not with the
     * 财政拨款 row under it: 年度资金总额 0 where its only written part gives 90 (年初预算数), 89.974 (全年预算数) and
     * 89.974 (全年执行数), so each column's total is named.
     */
    @Test
    void anhui2022ScoresItsRowsByTheSignsInTheirCells() throws java.io.IOException {
        SelfEvaluation r;
        try (java.io.InputStream in = ProjectFormScoringTest.class.getResourceAsStream(
                "/forms/anhui-2022-chizhou-tangxi-cut-off.json")) {
            r = io.github.selfeval.model.SelfEvaluationJson.read(in);
        }
        ScoreCard card = Scorer.forReport(r).score(r);
        assertEquals("anhui", card.packId());
        for (int i : new int[] {0, 1, 4}) {
            assertEquals(IndicatorScore.ScoreSource.QUANTITATIVE_RULE, card.indicators().get(i).source(), "row " + i);
        }
        assertEquals("80.00", card.totalScore().toPlainString());
        assertFindings(card,
                // What the cut-off copy lacks: the 满意度 row (10 points) is not in it.
                "BLOCK_WITHOUT_ROWS WARNING blocks[2] 10 -",
                "WEIGHTS_NOT_100 ERROR indicators 90 100",
                "LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT INFO indicators 0 10",
                // 年度资金总额 0 over 当年财政拨款 90 / 89.974 / 89.974.
                "FUNDS_TOTAL_NOT_SUM_OF_PARTS ERROR budget.initialBudget.total 0 90",
                "FUNDS_TOTAL_NOT_SUM_OF_PARTS ERROR budget.budget.total 0 89.974",
                "FUNDS_TOTAL_NOT_SUM_OF_PARTS ERROR budget.spent.total 0 89.974");
    }

    /**
     * One provincial platform's manual: 执行率 70–80 % caps 总分 at 89, 60–70 % at 79, below 60 % at 69, below 50 % at
     * 59. Shanghai 2022 executes 86.18 %: no cap; the same form at 75 % spent would total 97.5 and count as 89.
     */
    @Test
    void theExecutionRateCapsTheTotalWherethePackSaysSo() {
        List<ExecutionRateCap> caps = List.of(
                new ExecutionRateCap(new BigDecimal("80"), new BigDecimal("89")),
                new ExecutionRateCap(new BigDecimal("70"), new BigDecimal("79")),
                new ExecutionRateCap(new BigDecimal("60"), new BigDecimal("69")),
                new ExecutionRateCap(new BigDecimal("50"), new BigDecimal("59")));
        RulePack national = RulePacks.standard().get("national");
        Scorer capped = Scorer.builder(national).scheme(national.scheme().withExecutionRateCaps(caps)).build();
        SelfEvaluation shanghai = Examples.report("2022-shanghai-putuo-tiyu.json");
        assertEquals("98.62", capped.score(shanghai).totalScore().toPlainString());

        BudgetExecution b = shanghai.budget();
        SelfEvaluation lower = shanghai.toBuilder().budget(new BudgetExecution(b.initialBudget(), b.budget(),
                b.received(), io.github.selfeval.model.Funds.ofProject(new BigDecimal("187500"), new BigDecimal("187500"),
                        null, null), Optional.empty(), b.points(), Optional.empty(), Optional.empty())).build();
        ScoreCard card = capped.score(lower);
        assertEquals("89.00", card.totalScore().toPlainString());
        assertTrue(describe(card).contains("TOTAL_CAPPED_BY_EXECUTION_RATE INFO declaredTotalScore 97.50 89.00"),
                describe(card).toString());
        assertEquals(0, ExecutionRateCap.ceiling(caps, new BigDecimal("49.88")).orElseThrow().compareTo(new BigDecimal("59")));
        assertTrue(ExecutionRateCap.ceiling(caps, new BigDecimal("80")).isEmpty());
    }

    /**
     * Nine rows of 8.35 under the seed's one-place rounding print 8.4 each: the form's 自评得分 is
     * 9 × 8.4 + 10 = 85.6 → 86, the rounded exact sum 75.15 + 10 = 85.15 → 85. The card follows the pack.
     */
    @Test
    void theTotalIsTheSumOfThePrintedRowsOrTheExactOneAsThePackSays() {
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(Indicator.builder("产出指标", "数量指标", "指标" + (i + 1)).grade(Grade.GOOD)
                    .score("83.5").weight("10").weightedScore("8.4").build());
        }
        rows.add(Indicator.builder("预算执行率", "预算执行率", "预算执行率").actual("100%").score("100")
                .weight("10").weightedScore("10").build());
        SelfEvaluation r = SelfEvaluation.builder(FormKind.DEPARTMENT).cover(Cover.of(2023, "测试镇人民政府"))
                .budget(new BudgetExecution(Optional.empty(), Funds.of(new BigDecimal("100")), Optional.empty(),
                        Funds.of(new BigDecimal("100")), Optional.empty()))
                .indicators(rows).declaredTotalScore(new BigDecimal("86")).build();
        RulePack hebei = RulePacks.standard().get("hebei");
        ScoreCard printed = Scorer.of(hebei).score(r);
        assertEquals("86", printed.totalScore().toPlainString());
        assertEquals(0, new BigDecimal("85.15").compareTo(printed.rawTotalScore()));
        assertTrue(printed.findings(FindingCode.TOTAL_SCORE_MISMATCH).isEmpty(), printed.findings().toString());

        ScoreCard exact = Scorer.builder(hebei).scheme(hebei.scheme().withTotal(TotalBasis.EXACT_SUM)).build().score(r);
        assertEquals("85", exact.totalScore().toPlainString());
        assertEquals(1, exact.findings(FindingCode.TOTAL_SCORE_MISMATCH).size());
    }
}
