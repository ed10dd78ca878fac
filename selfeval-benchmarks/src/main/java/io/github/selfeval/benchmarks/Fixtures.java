package io.github.selfeval.benchmarks;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reports the benchmarks score: the seed's table, and a 200-row table built from its rows. */
public final class Fixtures {
    private Fixtures() {
    }

    private static Indicator row(String l1, String l2, String name, String unit, String expected, String actual,
            String score, String weight, String weighted) {
        return Indicator.builder(l1, l2, name).description(name).unit(unit).expected(expected).actual(actual)
                .grade(Grade.EXCELLENT).score(score).weight(weight).weightedScore(weighted).build();
    }

    /**
     * The seed's nine indicator rows (examples/2023-jiangezhuang.json), 预算执行率 last.
     *
     * @return the rows
     */
    public static List<Indicator> seedRows() {
        return List.of(
                row("产出指标", "数量指标", "项目支出钱数（万元）", "万元", "2819.17", "2819.17", "90", "20", "18"),
                row("产出指标", "数量指标", "补贴资金发放及时率", "百分号", "100%", "100%", "90", "10", "9"),
                row("产出指标", "时效指标", "工作按时完成率", "百分号", "100%", "100%", "90", "10", "9"),
                row("产出指标", "成本指标", "人均补助标准", "按规定标准", "100%", "按规定标准", "95", "10", "9.5"),
                row("效益指标", "经济效益指标", "社会公共服务水平", "服务水平明显提高", null, "服务水平明显提高", "95", "10", "9.5"),
                row("效益指标", "社会效益指标", "改善村级面貌", "明显改善村级面貌", null, "明显改善村级面貌", "95", "10", "9.5"),
                row("效益指标", "生态效益指标", "改善困难群众生活", "困难群众生活水平明显改善", null, "困难群众生活水平明显改善",
                        "95", "10", "9.5"),
                row("满意度指标", "服务对象满意度指标", "群众满意度", "百分号", "98%", "98%", "95", "10", "9.5"),
                Indicator.builder("预算执行率", "预算执行率", "预算执行率").actual("75.24%").score("75.24").weight("10")
                        .weightedScore("7.5").build());
    }

    private static SelfEvaluation report(List<Indicator> rows, BigDecimal declaredTotal) {
        return SelfEvaluation.builder(FormKind.DEPARTMENT)
                .pack("hebei").catalogue("2020")
                .cover(Cover.of(2023, "姜各庄镇人民政府"))
                .budget(new BudgetExecution(Optional.empty(),
                        Funds.of(new BigDecimal("3746.68"), new BigDecimal("3746.68"), null),
                        Optional.of(Funds.of(new BigDecimal("2819.17"), new BigDecimal("2819.17"), null)),
                        Funds.of(new BigDecimal("2819.17"), new BigDecimal("2819.17"), null), Optional.empty()))
                .goals(new Goals(List.of(Goal.of("达到社会长治久安", "信访案件化解率达 100%"),
                        Goal.of(null, "为建档立卡户提供公益性岗位"), Goal.of("按时足额发放老党员生活补贴", null)),
                        Optional.of(Percent.of(new BigDecimal("95")))))
                .indicators(rows)
                .declaredTotalScore(declaredTotal)
                .build();
    }

    /**
     * The seed's table with its budget figures and goal mismatches.
     *
     * @return the report
     */
    public static SelfEvaluation seed() {
        return report(seedRows(), new BigDecimal("91"));
    }

    /**
     * A table of {@code n} rows cycling through the seed's eight non-budget rows, weights 90 / (n − 1)
     * each (the last row takes the remainder) plus the 预算执行率 row at 10, so weights sum to 100.
     *
     * @param n the number of rows, at least 2
     * @return the report
     */
    public static SelfEvaluation large(int n) {
        List<Indicator> seed = seedRows();
        List<Indicator> rows = new ArrayList<>(n);
        BigDecimal each = new BigDecimal("90").divide(BigDecimal.valueOf(n - 1), 2, java.math.RoundingMode.DOWN);
        BigDecimal used = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            Indicator s = seed.get(i % 8);
            BigDecimal w = i == n - 2 ? new BigDecimal("90").subtract(used) : each;
            used = used.add(w);
            rows.add(s.toBuilder().weight(w).weightedScore(s.score().orElseThrow().multiply(w).movePointLeft(2)
                    .setScale(1, java.math.RoundingMode.HALF_UP)).build());
        }
        rows.add(seed.get(8));
        return report(rows, new BigDecimal("91"));
    }
}
