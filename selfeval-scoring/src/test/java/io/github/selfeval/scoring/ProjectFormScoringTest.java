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
    void hebei2019PrintsWholeNumbersAndItsBudgetScoreIsAMismatchUnderTwoPlaces() {
        ScoreCard card = score("2019-hebei-langfang-nuantong.json");
        // 37.24 / 43.2 = 86.2037…%: the printed 86 % is that rate in whole percent, so no mismatch;
        // the block's 得分 10 × 86.2037 % = 8.62, printed 9: a mismatch under the national pack's two places.
        assertEquals("86.20", card.budgetScore().orElseThrow().rate().orElseThrow().points().toPlainString());
        assertEquals("8.62", card.budgetScore().orElseThrow().score().toPlainString());
        // The printed rows sum to 9 + 89 = 98; with the block's 8.62 the card gives 97.62.
        assertEquals("97.62", card.totalScore().toPlainString());
        assertFindings(card, "BUDGET_SCORE_MISMATCH ERROR budget.declaredScore 9 8.62",
                "RATE_AT_PRINTED_PRECISION INFO budget.declaredExecutionRate 86 86.20");
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
        assertFindings(card,
                "BUDGET_POINTS_DIFFER_FROM_PACK INFO budget.points 20 10",
                "WEIGHT_MISSING WARNING indicators[0].weight - 20",
                "WEIGHT_MISSING WARNING indicators[1].weight - 10",
                "WEIGHT_MISSING WARNING indicators[2].weight - 10",
                "WEIGHT_MISSING WARNING indicators[3].weight - 40");
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
