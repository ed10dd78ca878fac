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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The scorer as a reusable, thread-safe object, and the packs on forms other than the seed. */
class ScorerTest {

    @Test
    void oneScorerSharedByManyThreadsGivesTheSameCard() {
        Scorer scorer = Scorer.of(RulePacks.standard().get("hebei"));
        SelfEvaluation seed = Seeds.seed();
        ScoreCard expected = scorer.score(seed);
        List<ScoreCard> cards = IntStream.range(0, 2_000).parallel().mapToObj(i -> scorer.score(seed)).toList();
        for (ScoreCard c : cards) {
            assertEquals(expected, c);
        }
    }

    private static SelfEvaluation pointsForm(String catalogue, Indicator... rows) {
        return SelfEvaluation.builder(FormKind.DEPARTMENT).cover(Cover.of(2022, "重庆市某区某局")).catalogue(catalogue)
                .budget(new BudgetExecution(Optional.empty(), Funds.of(new BigDecimal("500")),
                        Optional.of(Funds.of(new BigDecimal("500"))), Funds.of(new BigDecimal("380")), Optional.empty()))
                .indicators(List.of(rows))
                .build();
    }

    @Test
    void chongqingScoresTheExecutionRateAsCoefficientTimesPoints() {
        // Chongqing form: 执行率 76% × 10 分 = 7.6.
        SelfEvaluation r = pointsForm("2020",
                Indicator.builder("产出指标", "数量指标", "完成项目数").grade(Grade.EXCELLENT).weight("50")
                        .weightedScore("50").build(),
                Indicator.builder("效益指标", "社会效益指标", "改善村级面貌").grade(Grade.EXCELLENT).weight("30")
                        .weightedScore("30").build(),
                Indicator.builder("满意度指标", "服务对象满意度指标", "群众满意度").grade(Grade.EXCELLENT).weight("10")
                        .weightedScore("10").build(),
                Indicator.builder("预算执行率", "预算执行率", "预算执行率").weight("10").weightedScore("7.6").build());
        ScoreCard c = Scorer.of(RulePacks.standard().get("chongqing")).score(r);
        assertEquals(new BigDecimal("76.00"), c.indicators().get(3).score(), "得分系数 76%");
        assertEquals(new BigDecimal("7.60"), c.indicators().get(3).weightedScore());
        assertEquals(new BigDecimal("97.60"), c.totalScore());
        assertEquals(Presentation.POINTS, c.presentation());
        // Rows giving only 得分 have their 系数 derived: 50 of 50 points is 100%.
        assertEquals(new BigDecimal("100.00"), c.indicators().get(0).score());
        assertTrue(c.findings(Severity.ERROR).isEmpty(), c.findings().toString());
    }

    @Test
    void theDepartmentCatalogueExpressesManagementIndicators() {
        Indicator staff = Indicator.builder("管理指标", "人员管理", "财政供养人员控制率").grade(Grade.EXCELLENT)
                .score("95").weight("90").build();
        Indicator budget = Indicator.builder("预算执行率", "预算执行率", "预算执行率").weight("10").build();
        Scorer hebei = Scorer.of(RulePacks.standard().get("hebei"));
        assertTrue(hebei.score(pointsForm("department", staff, budget)).findings(FindingCode.LEVEL1_NOT_IN_CATALOGUE)
                .isEmpty());
        assertEquals(1, hebei.score(pointsForm("2020", staff, budget)).findings(FindingCode.LEVEL1_NOT_IN_CATALOGUE)
                .size());
        IndicatorCatalogue dept = IndicatorCatalogues.standard().get("department");
        assertTrue(dept.findLevel1("部门管理").isPresent(), "综合管理 is also written 部门管理");
        assertTrue(dept.findLevel1("管理").orElseThrow().findLevel2("采购管理").orElseThrow().examples()
                .contains("政府采购执行率"));
    }

    @Test
    void namesMatchIgnoringBlanksAndATrailingZhibiao() {
        IndicatorCatalogue c = IndicatorCatalogues.standard().get("2020");
        assertTrue(c.findLevel1(" 产出 ").isPresent());
        assertTrue(c.findLevel1("效益指标").orElseThrow().findLevel2("社会 效益").isPresent());
        assertEquals("数量", IndicatorCatalogue.key("数量指标"));
        assertEquals("指标", IndicatorCatalogue.key("指标"));
    }
}
