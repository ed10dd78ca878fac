package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each audit rule, triggered by one change to the seed. */
class AuditTest {
    private final SelfEvaluation seed = Seeds.seed();
    private final Scorer hebei = Scorer.of(RulePacks.standard().get("hebei"));

    private SelfEvaluation withRow(int i, UnaryOperator<io.github.selfeval.model.IndicatorBuilder> change) {
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        rows.set(i, change.apply(rows.get(i).toBuilder()).build());
        return seed.toBuilder().indicators(rows).build();
    }

    private SelfEvaluation withBudget(BudgetExecution b) {
        return seed.toBuilder().budget(b).build();
    }

    private static Finding only(ScoreCard card, FindingCode code) {
        List<Finding> f = card.findings(code);
        assertEquals(1, f.size(), () -> code + " in " + card.findings());
        return f.get(0);
    }

    private static void assertFinding(Finding f, Severity sev, String path, String declared, String computed) {
        assertEquals(sev, f.severity(), f.toString());
        assertEquals(path, f.path());
        assertEquals(Optional.ofNullable(declared), f.declared(), f.toString());
        assertEquals(Optional.ofNullable(computed), f.computed(), f.toString());
    }

    @Test
    void aWrongWeightedScore() {
        ScoreCard c = hebei.score(withRow(0, b -> b.weightedScore("17")));
        assertFinding(only(c, FindingCode.WEIGHTED_SCORE_MISMATCH), Severity.ERROR, "indicators[0].weightedScore",
                "17", "18.0");
    }

    @Test
    void aWeightedScoreWrittenExactlyIsAccepted() {
        ScoreCard c = hebei.score(withRow(8, b -> b.weightedScore("7.524")));
        assertTrue(c.findings(FindingCode.WEIGHTED_SCORE_MISMATCH).isEmpty());
    }

    @Test
    void aWrongTotal() {
        ScoreCard c = hebei.score(seed.toBuilder().declaredTotalScore(new BigDecimal("92")).build());
        assertFinding(only(c, FindingCode.TOTAL_SCORE_MISMATCH), Severity.ERROR, "declaredTotalScore", "92", "91");
    }

    @Test
    void aBudgetScoreThatIsNotTheRate() {
        ScoreCard c = hebei.score(withRow(8, b -> b.score("80")));
        assertFinding(only(c, FindingCode.SCORE_MISMATCH), Severity.ERROR, "indicators[8].score", "80", "75.24");
        assertEquals(new BigDecimal("75.24"), c.indicators().get(8).score(), "the rate wins over the declared score");
    }

    @Test
    void aScoreOutsideItsGrade() {
        ScoreCard c = hebei.score(withRow(0, b -> b.score("85").weightedScore("17")));
        assertFinding(only(c, FindingCode.SCORE_OUTSIDE_GRADE_BAND), Severity.ERROR, "indicators[0].score", "85",
                "[90, 100]");
        ScoreCard national = Scorer.of(RulePacks.standard().get("national")).score(withRow(0, b -> b.grade(Grade.GOOD)));
        assertFinding(only(national, FindingCode.SCORE_OUTSIDE_GRADE_BAND), Severity.ERROR, "indicators[0].score",
                "90", "—");
    }

    @Test
    void weightsNotSummingToHundredAndABudgetWeightOtherThanThePacks() {
        ScoreCard c = hebei.score(withRow(8, b -> b.weight("20").weightedScore("15")));
        assertFinding(only(c, FindingCode.WEIGHTS_NOT_100), Severity.ERROR, "indicators", "110", "100");
        assertFinding(only(c, FindingCode.BUDGET_RATE_WEIGHT_MISMATCH), Severity.ERROR, "indicators[8].weight", "20",
                "10");
        // A pack giving 预算执行率 20 points (黄冈) accepts that weight.
        RulePack huanggang = RulePacks.standard().get("hebei").withScheme(ScoringScheme.WEIGHTED.withBudgetExecution(
                new BudgetExecutionRule(BigDecimal.valueOf(20), Optional.of(BigDecimal.valueOf(100)))));
        assertTrue(Scorer.of(huanggang).score(withRow(8, b -> b.weight("20")))
                .findings(FindingCode.BUDGET_RATE_WEIGHT_MISMATCH).isEmpty());
    }

    @Test
    void aMissingBudgetRow() {
        List<Indicator> rows = new ArrayList<>(seed.indicators().subList(0, 8));
        ScoreCard c = hebei.score(seed.toBuilder().indicators(rows).build());
        assertFinding(only(c, FindingCode.BUDGET_RATE_INDICATOR_MISSING), Severity.WARNING, "indicators", null, "10");
        assertFinding(only(c, FindingCode.WEIGHTS_NOT_100), Severity.ERROR, "indicators", "90", "100");
    }

    @Test
    void aDeclaredExecutionRateThatIsWrongOrOutOfRange() {
        BudgetExecution b = seed.budget();
        ScoreCard ok = hebei.score(withBudget(new BudgetExecution(b.initialBudget(), b.budget(), b.received(), b.spent(),
                Optional.of(Percent.of(new BigDecimal("75.24"))))));
        assertTrue(ok.findings(FindingCode.EXECUTION_RATE_MISSING).isEmpty());
        assertTrue(ok.findings(FindingCode.EXECUTION_RATE_MISMATCH).isEmpty());
        ScoreCard wrong = hebei.score(withBudget(new BudgetExecution(b.initialBudget(), b.budget(), b.received(),
                b.spent(), Optional.of(Percent.of(new BigDecimal("75.3"))))));
        assertFinding(only(wrong, FindingCode.EXECUTION_RATE_MISMATCH), Severity.ERROR, "budget.declaredExecutionRate",
                "75.3", "75.24");
        // 75.2 is 75.2408…% printed with one place: no mismatch, only worth knowing.
        ScoreCard printed = hebei.score(withBudget(new BudgetExecution(b.initialBudget(), b.budget(), b.received(),
                b.spent(), Optional.of(Percent.of(new BigDecimal("75.2"))))));
        assertTrue(printed.findings(FindingCode.EXECUTION_RATE_MISMATCH).isEmpty());
        assertFinding(only(printed, FindingCode.RATE_AT_PRINTED_PRECISION), Severity.INFO,
                "budget.declaredExecutionRate", "75.2", "75.24");
        ScoreCard range = hebei.score(withBudget(new BudgetExecution(b.initialBudget(), b.budget(), b.received(),
                b.spent(), Optional.of(Percent.of(new BigDecimal("175.24"))))));
        assertFinding(only(range, FindingCode.RATE_OUT_OF_RANGE), Severity.ERROR, "budget.declaredExecutionRate",
                "175.24", null);
    }

    @Test
    void spendingMoreThanReceivedOrBudgeted() {
        Funds spent = Funds.of(new BigDecimal("3800"), new BigDecimal("3800"), null);
        ScoreCard c = hebei.score(withBudget(new BudgetExecution(Optional.empty(), seed.budget().budget(),
                seed.budget().received(), spent, Optional.empty())));
        List<Finding> received = c.findings(FindingCode.SPENT_EXCEEDS_RECEIVED);
        assertEquals(List.of("budget.spent.total", "budget.spent.fiscal"),
                received.stream().map(Finding::path).toList());
        assertEquals(Optional.of("2819.17"), received.get(0).computed());
        assertEquals(2, c.findings(FindingCode.SPENT_EXCEEDS_BUDGET).size());
        // The 预算执行率 is capped at full marks.
        assertEquals(0, c.indicators().get(8).score().compareTo(BigDecimal.valueOf(100)));
    }

    @Test
    void theOverviewsRatesAndAmountsAreCheckedAgainstTheTable() {
        Overview o = seed.narrative().overview();
        Overview wrong = new Overview(o.paragraphs(), Optional.of(new BigDecimal("3746")), o.actualSpending(),
                Optional.of(Percent.of(new BigDecimal("76"))), o.projectCount(), o.projectAmount(), o.projectSpending(),
                Optional.of(Percent.of(new BigDecimal("99"))));
        Narrative n = seed.narrative();
        ScoreCard c = hebei.score(seed.toBuilder().narrative(new Narrative(wrong, n.goalsAndIndicators(),
                n.performanceAnalysis(), n.problems(), n.suggestions())).build());
        List<Finding> rates = c.findings(FindingCode.OVERVIEW_RATE_MISMATCH);
        assertEquals(2, rates.size());
        assertFinding(rates.get(0), Severity.ERROR, "narrative.overview.budgetExecutionRate", "76", "75.24");
        assertFinding(rates.get(1), Severity.ERROR, "narrative.overview.projectExecutionRate", "99", "100.00");
        assertFinding(only(c, FindingCode.OVERVIEW_AMOUNT_MISMATCH), Severity.WARNING,
                "narrative.overview.requestedBudget", "3746", "3746.68");
    }

    @Test
    void anOverallCompletionAbove100() {
        ScoreCard c = hebei.score(seed.toBuilder().goals(new Goals(seed.goals().items(),
                Optional.of(Percent.of(new BigDecimal("105"))))).build());
        assertFinding(only(c, FindingCode.RATE_OUT_OF_RANGE), Severity.ERROR, "goals.declaredOverallCompletion",
                "105", null);
    }

    @Test
    void goalListsThatMatchAreNotFlagged() {
        ScoreCard c = hebei.score(seed.toBuilder().goals(new Goals(List.of(Goal.of("目标", "完成")),
                Optional.empty())).build());
        assertTrue(c.findings(FindingCode.GOAL_WITHOUT_COMPLETION).isEmpty());
        assertTrue(c.findings(FindingCode.COMPLETION_WITHOUT_GOAL).isEmpty());
    }

    @Test
    void aLevel2NotUnderItsLevel1() {
        ScoreCard c = hebei.score(withRow(0, b -> b).toBuilder().catalogue("2021").build());
        // In the 2021 guide 成本指标 is a first-level indicator, so 产出指标 › 成本指标 is misplaced.
        assertFinding(only(c, FindingCode.LEVEL2_NOT_UNDER_LEVEL1), Severity.WARNING, "indicators[3].level2", "成本指标",
                "成本指标");
        ScoreCard unknown = hebei.score(withRow(0, b -> new Indicator("管理效率", "效率", "x", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Grade.EXCELLENT),
                Optional.of(new BigDecimal("90")), Optional.of(new BigDecimal("20")), Optional.of(new BigDecimal("18")),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()).toBuilder()));
        assertFinding(only(unknown, FindingCode.LEVEL1_NOT_IN_CATALOGUE), Severity.WARNING, "indicators[0].level1",
                "管理效率", null);
    }

    @Test
    void anUnknownCatalogueFallsBackToThePacks() {
        ScoreCard c = hebei.score(seed.toBuilder().catalogue("1999").build());
        assertFinding(only(c, FindingCode.CATALOGUE_UNKNOWN), Severity.WARNING, "catalogue", "1999", "2020");
        ScoreCard forced = Scorer.builder(RulePacks.standard().get("hebei")).catalogue("2021").build().score(seed);
        assertEquals(1, forced.findings(FindingCode.LEVEL2_NOT_UNDER_LEVEL1).size(), "the scorer's catalogue wins");
    }

    @Test
    void quantitativeRowsAreScoredByRuleWhereThePackSaysSo() {
        SelfEvaluation r = withRow(1, b -> b.comparison(Comparison.AT_LEAST).expected("100").actual("80").score("90"));
        ScoreCard national = Scorer.of(RulePacks.standard().get("national")).score(r);
        IndicatorScore s = national.indicators().get(1);
        assertEquals(IndicatorScore.ScoreSource.QUANTITATIVE_RULE, s.source());
        assertEquals(new BigDecimal("80.00"), s.score());
        assertFinding(only(national, FindingCode.SCORE_MISMATCH), Severity.ERROR, "indicators[1].score", "90", "80.00");
        // hebei keeps the evaluator's score.
        assertEquals(IndicatorScore.ScoreSource.DECLARED, hebei.score(r).indicators().get(1).source());
    }

    @Test
    void onlyAGradeOrNothingAtAll() {
        ScoreCard c = hebei.score(withRow(0, b -> b.score((BigDecimal) null).weightedScore((BigDecimal) null)));
        assertFinding(only(c, FindingCode.SCORE_FROM_GRADE), Severity.INFO, "indicators[0].score", null, "90");
        ScoreCard none = hebei.score(withRow(0, b -> b.score((BigDecimal) null).weightedScore((BigDecimal) null)
                .grade(null)));
        assertFinding(only(none, FindingCode.SCORE_MISSING), Severity.ERROR, "indicators[0].score", null, "0");
        // A points form gives only 得分: the 得分系数 follows from 得分 / 分值.
        ScoreCard points = hebei.score(withRow(0, b -> b.score((BigDecimal) null).weightedScore("18")));
        assertEquals(new BigDecimal("90.00"), points.indicators().get(0).score());
    }

    @Test
    void deviationReasonsWhereThePackAsksAndOverAchievement() {
        RulePack national = RulePacks.standard().get("national");
        SelfEvaluation explained = withRow(0, b -> b.deviationReason("资金拨付滞后"));
        long missing = Scorer.of(national).score(explained).findings(FindingCode.DEVIATION_REASON_MISSING).size();
        assertEquals(8, missing);
        assertTrue(hebei.score(seed).findings(FindingCode.DEVIATION_REASON_MISSING).isEmpty(), "hebei does not ask");

        RulePack guangxi = national.withAudit(new AuditRules(false, Optional.empty(),
                Optional.of(new BigDecimal("1.3")), AuditRules.DEFAULT_UNIT_WORDS, Optional.empty()));
        SelfEvaluation over = withRow(1, b -> b.comparison(Comparison.AT_LEAST).expected("100").actual("140"));
        assertFinding(only(Scorer.of(guangxi).score(over), FindingCode.OVER_ACHIEVEMENT_UNEXPLAINED), Severity.WARNING,
                "indicators[1].deviationReason", "140", "130.0");
    }

    @Test
    void textsLongerThanThePackAllows() {
        // Sichuan: 存在问题 and 改进措施 at most 200 字. The seed's two suggestions together run longer.
        int length = String.join("", seed.narrative().suggestions()).codePointCount(0,
                String.join("", seed.narrative().suggestions()).length());
        assertTrue(length > 200, "the seed's suggestions have " + length + " 字");
        ScoreCard sichuan = Scorer.of(RulePacks.standard().get("sichuan")).score(seed);
        assertFinding(only(sichuan, FindingCode.TEXT_TOO_LONG), Severity.WARNING, "narrative.suggestions",
                String.valueOf(length), "200");
        assertTrue(hebei.score(seed).findings(FindingCode.TEXT_TOO_LONG).isEmpty());
        SelfEvaluation longReason = withRow(0, b -> b.deviationReason("因".repeat(201)));
        List<Finding> f = Scorer.of(RulePacks.standard().get("sichuan")).score(longReason)
                .findings(FindingCode.TEXT_TOO_LONG);
        assertEquals(List.of("narrative.suggestions", "indicators[0].deviationReason"),
                f.stream().map(Finding::path).toList());
        assertFinding(f.get(1), Severity.WARNING, "indicators[0].deviationReason", "201", "200");
    }
}
