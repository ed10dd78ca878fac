package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 部门整体 management indicators scored by rule from their printed values, as Hunan 岳阳's scoring table says
 * (DOMAIN.md §9), from the {@code hunan-department} pack's {@code scheme.indicatorRules}.
 */
class ManagementIndicatorsTest {
    private static final RulePack HUNAN = RulePacks.standard().get("hunan-department");

    private static Indicator row(String level2, String name, String expected, String actual, String weight,
            String declared) {
        return Indicator.builder("管理指标", level2, name).expected(expected).actual(actual).weight(weight)
                .weightedScore(declared).build();
    }

    /** A department form whose management rows print their values and the 得分 the unit gave itself. */
    private static SelfEvaluation report(String declaredTotal) {
        List<Indicator> rows = List.of(
                // 102 %: 2 points over 100 → 5 − 2 × 0.5 = 4; the form says 5.
                row("人员管理", "财政供养人员控制率", "≤100%", "102%", "5", "5"),
                // −3.5 % ≤ 0 → 5.
                row("财务管理", "三公经费变动率", "≤0", "-3.5%", "5", "5"),
                // 98 % ≤ 100 % → 6.
                row("财务管理", "三公经费控制率", "≤100%", "98%", "6", "6"),
                // 85 %: ≥ 80 → 4.
                row("预算管理", "重点支出安排率", "≥90%", "85%", "5", "4"),
                // 12.5 %: ≤ 20 → 1.
                row("预算管理", "预算调整率", "0", "12.5%", "3", "1"),
                // 20.5 万元 left over, not above last year's 36.2 → 2 of 3; the form says 3.
                row("预算管理", "资金结余", "36.2", "20.5", "3", "3"),
                // 无 (none) → full; this table gives it 2 points, so the full share of 2.
                row("预算管理", "结转结余率", "0", "无", "2", "2"),
                Indicator.builder("产出指标", "数量指标", "重点工作完成情况").expected("全面完成").actual("全面完成")
                        .weight("61").weightedScore("61").build(),
                Indicator.builder("预算执行率", "预算执行率", "预算执行率").actual("100%").weight("10")
                        .weightedScore("10").build());
        return SelfEvaluation.builder(FormKind.DEPARTMENT).cover(Cover.of(2023, "测试局"))
                .budget(new BudgetExecution(Optional.empty(), Funds.of(new BigDecimal("100")), Optional.empty(),
                        Funds.of(new BigDecimal("100")), Optional.of(Percent.of(new BigDecimal("100")))))
                .indicators(rows).declaredTotalScore(new BigDecimal(declaredTotal)).build();
    }

    private static List<String> describe(ScoreCard card) {
        return card.findings().stream().map(f -> f.code() + " " + f.severity() + " " + f.path() + " "
                + f.declared().orElse("-") + " " + f.computed().orElse("-")).sorted().toList();
    }

    @Test
    void eachManagementIndicatorScoresByItsScaleAndADifferentDeclaredScoreIsFound() {
        ScoreCard card = Scorer.of(HUNAN).score(report("97"));
        List<String> earned = card.indicators().stream().map(s -> s.weightedScore().toPlainString()).toList();
        assertEquals(List.of("4.00", "5.00", "6.00", "4.00", "1.00", "2.00", "2.00", "61.00", "10.00"), earned);
        for (int i = 0; i < 7; i++) {
            assertEquals(IndicatorScore.ScoreSource.INDICATOR_RULE, card.indicators().get(i).source(), "row " + i);
        }
        // 4 + 5 + 6 + 4 + 1 + 2 + 2 + 61 + 10 = 95; the form's rows say 97.
        assertEquals("95.00", card.totalScore().toPlainString());
        assertEquals(List.of(
                "TOTAL_SCORE_MISMATCH ERROR declaredTotalScore 97 95.00",
                "WEIGHTED_SCORE_MISMATCH ERROR indicators[0].weightedScore 5 4.00",
                "WEIGHTED_SCORE_MISMATCH ERROR indicators[5].weightedScore 3 2.00"), describe(card));
    }

    @Test
    void theScalesAtTheirBounds() {
        List<IndicatorRule> rules = HUNAN.scheme().indicatorRules();
        IndicatorRule control = rules.get(0);
        assertEquals(0, control.pointsFor(new BigDecimal("100"), Optional.empty()).compareTo(BigDecimal.valueOf(5)));
        assertEquals(0, control.pointsFor(new BigDecimal("100.5"), Optional.empty()).compareTo(new BigDecimal("4.75")));
        assertEquals(0, control.pointsFor(new BigDecimal("130"), Optional.empty()).signum(), "never below 0");
        IndicatorRule key = rules.get(3);
        assertEquals(0, key.pointsFor(new BigDecimal("90"), Optional.empty()).compareTo(BigDecimal.valueOf(5)));
        assertEquals(0, key.pointsFor(new BigDecimal("59.99"), Optional.empty()).signum());
        IndicatorRule adjust = rules.get(4);
        assertEquals(0, adjust.pointsFor(BigDecimal.ZERO, Optional.empty()).compareTo(BigDecimal.valueOf(3)));
        assertEquals(0, adjust.pointsFor(new BigDecimal("30"), Optional.empty()).compareTo(new BigDecimal("0.5")));
        assertEquals(0, adjust.pointsFor(new BigDecimal("30.01"), Optional.empty()).signum());
        IndicatorRule balance = rules.get(5);
        assertEquals(0, balance.pointsFor(new BigDecimal("40"), Optional.of(new BigDecimal("36.2"))).signum());
        assertEquals(0, balance.pointsFor(new BigDecimal("40"), Optional.empty()).signum(), "no target: not met");
        // Names as they look: full-width and invisible characters do not make another indicator.
        SelfEvaluation r = report("97");
        List<Indicator> rows = new java.util.ArrayList<>(r.indicators());
        rows.set(0, row("人员管理", "财政供养人员控制率\u200B", "≤100%", "102%", "5", "5"));
        assertEquals(IndicatorScore.ScoreSource.INDICATOR_RULE,
                Scorer.of(HUNAN).score(r.toBuilder().indicators(rows).build()).indicators().get(0).source());
    }

    @Test
    void aRuleThePackCannotSayIsRefusedWithItsPath() {
        String pack = "{\"id\":\"mi\",\"name\":\"n\",\"catalogue\":\"department\",\"rounding\":\"default\","
                + "\"scheme\":{\"presentation\":\"points\",\"indicatorBands\":\"qualitative-shares\","
                + "\"indicatorRules\":[{\"names\":[\"预算调整率\"],\"points\":3,\"steps\":[{\"atMost\":0,\"atLeast\":1,"
                + "\"points\":3}]}]}}";
        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> RulePacks.load(new ByteArrayInputStream(pack.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("scheme.indicatorRules[0].steps[0]: expected exactly one of"), e.getMessage());
        SelfEvalException both = assertThrows(SelfEvalException.class, () -> RulePacks.load(new ByteArrayInputStream(
                pack.replace("\"atLeast\":1,", "").replace("\"points\":3,\"steps\"",
                        "\"points\":3,\"deduction\":{\"above\":0,\"perPoint\":1},\"steps\"")
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(both.getMessage().contains("scheme.indicatorRules[0]: an indicator rule has either a deduction or"
                + " steps, not both"), both.getMessage());
        SelfEvalException typo = assertThrows(SelfEvalException.class, () -> RulePacks.load(new ByteArrayInputStream(
                pack.replace("\"atLeast\":1,", "").replace("\"names\"", "\"name\"").getBytes(StandardCharsets.UTF_8))));
        assertTrue(typo.getMessage().contains("scheme.indicatorRules[0].name: unknown key 'name'"), typo.getMessage());
    }
}
