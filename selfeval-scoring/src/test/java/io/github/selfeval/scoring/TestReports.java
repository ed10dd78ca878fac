package io.github.selfeval.scoring;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorBuilder;
import io.github.selfeval.model.SelfEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid reports for the scoring properties.
 *
 * <p>Mixed with the shared {@code io.github.selfeval.testsupport.Reports} generators in the scoring
 * properties; this one adds what the shared one lacks for scoring: quantitative rows with comparison
 * symbols and numeric expected / actual values, reports with no 预算执行率 row, weights with one decimal.
 */
final class TestReports {
    private static final String[][] CLASSES = {
        {"产出指标", "数量指标", "培训人次"}, {"产出指标", "质量指标", "验收合格率"}, {"产出指标", "时效指标", "工作按时完成率"},
        {"产出指标", "成本指标", "人均补助标准"}, {"效益指标", "经济效益指标", "带动农民增收"},
        {"效益指标", "社会效益指标", "改善村级面貌"}, {"效益指标", "生态效益指标", "改善农村人居环境"},
        {"效益指标", "可持续影响指标", "长效管护机制"}, {"满意度指标", "服务对象满意度指标", "群众满意度"}};

    private TestReports() {
    }

    /** One generated row before weights are assigned. */
    record Row(int cls, BigDecimal score, int rawWeight, Optional<Comparison> comparison, int target, int actual) {
    }

    static Gen<Row> rows() {
        Gen<Integer> cls = integers().between(0, CLASSES.length - 1);
        Gen<BigDecimal> score = integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 2));
        Gen<Integer> rawWeight = integers().between(1, 40);
        Gen<Optional<Comparison>> cmp = Generate.enumValues(Comparison.class).toOptionals(60);
        Gen<int[]> values = integers().between(0, 500).zip(integers().between(0, 500), (a, b) -> new int[] {a, b});
        return cls.zip(score, rawWeight, cmp, values, (c, s, w, k, v) -> new Row(c, s, w, k, v[0], v[1]));
    }

    /** Budget, spent, and whether there is a 预算执行率 row. */
    record Budget(BigDecimal budget, BigDecimal spent, boolean budgetRow, int budgetRowAt) {
    }

    static Gen<Budget> budgets() {
        Gen<Integer> cents = integers().between(1, 1_000_000_000);
        Gen<Integer> share = integers().between(0, 1_000);
        return cents.zip(share, booleans().all(), integers().between(0, 100), (c, s, b, at) -> {
            BigDecimal budget = BigDecimal.valueOf(c, 2);
            BigDecimal spent = budget.multiply(BigDecimal.valueOf(s, 3)).setScale(2, java.math.RoundingMode.DOWN);
            return new Budget(budget, spent, b, at);
        });
    }

    /**
     * 项目支出 forms in the central layout whose every declared value is the computed one at the pack's
     * precision: a funds block with 分值 10 (its 执行率 and 得分 filled in), rows in points whose 分值 share 90
     * and whose 得分 is 得分系数 × 分值 at two places, and the 总分 the sum of the printed column.
     */
    static Gen<SelfEvaluation> consistentProjectReports() {
        return lists().of(rows()).ofSizeBetween(1, 25).zip(budgets(), (rows, money) -> {
            List<Integer> raw = rows.stream().map(Row::rawWeight).toList();
            List<BigDecimal> weights = shares(raw, 90);
            java.math.RoundingMode up = java.math.RoundingMode.HALF_UP;
            BigDecimal rate = money.spent().multiply(BigDecimal.valueOf(100))
                    .divide(money.budget(), java.math.MathContext.DECIMAL128);
            BigDecimal blockScore = rate.min(BigDecimal.valueOf(100)).multiply(BigDecimal.TEN).movePointLeft(2)
                    .setScale(2, up);
            BigDecimal total = blockScore;
            List<Indicator> indicators = new ArrayList<>();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                String[] c = CLASSES[r.cls()];
                String name = names.add(c[0] + c[1] + c[2]) ? c[2] : c[2] + (i + 1);
                names.add(c[0] + c[1] + name);
                // The row prints ≥ in its cell, so every points pack scores it by rule: 完成值 / 指标值, capped.
                BigDecimal target = BigDecimal.valueOf(r.target());
                BigDecimal actual = BigDecimal.valueOf(r.actual());
                BigDecimal exact = actual.compareTo(target) >= 0 ? BigDecimal.valueOf(100)
                        : actual.multiply(BigDecimal.valueOf(100)).divide(target, java.math.MathContext.DECIMAL128);
                BigDecimal score = exact.setScale(2, up);
                BigDecimal earned = score.movePointLeft(2).multiply(weights.get(i)).setScale(2, up);
                total = total.add(earned);
                indicators.add(Indicator.builder(c[0], c[1], name).expected("≥" + r.target() + "%")
                        .actual(r.actual() + "%").weight(weights.get(i)).weightedScore(earned)
                        .deviationReason(score.compareTo(BigDecimal.valueOf(100)) < 0 ? "未达预期" : null).build());
            }
            Funds budget = io.github.selfeval.model.Funds.ofProject(money.budget(), money.budget(), null, null);
            Funds spent = io.github.selfeval.model.Funds.ofProject(money.spent(), money.spent(), null, null);
            BudgetExecution b = new BudgetExecution(Optional.of(budget), budget, Optional.empty(), spent,
                    Optional.of(io.github.selfeval.model.Percent.of(rate.setScale(2, up))), Optional.of(BigDecimal.TEN),
                    Optional.of(blockScore), Optional.empty());
            return SelfEvaluation.builder(io.github.selfeval.model.FormKind.PROJECT)
                    .cover(io.github.selfeval.model.Cover.of(2023, "测试县农业农村局"))
                    .project(new io.github.selfeval.model.ProjectInfo("高标准农田建设", Optional.of("测试县农业农村局"),
                            Optional.of("测试县农业农村局")))
                    .form("central-project").budget(b).indicators(indicators)
                    .declaredTotalScore(total.min(BigDecimal.valueOf(100))).declaredMaxScore(BigDecimal.valueOf(100))
                    .build();
        });
    }

    /** {@code total} split in proportion to {@code raw} at two places, the remainder on the largest share. */
    private static List<BigDecimal> shares(List<Integer> raw, int total) {
        int sum = raw.stream().mapToInt(Integer::intValue).sum();
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal left = BigDecimal.valueOf(total);
        for (int w : raw) {
            BigDecimal share = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(w))
                    .divide(BigDecimal.valueOf(sum), 2, java.math.RoundingMode.DOWN);
            out.add(share);
            left = left.subtract(share);
        }
        int at = 0;
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).compareTo(out.get(at)) > 0) {
                at = i;
            }
        }
        out.set(at, out.get(at).add(left));
        return out;
    }

    /** Valid reports whose weights sum to exactly 100. */
    static Gen<SelfEvaluation> validReports() {
        return lists().of(rows()).ofSizeBetween(1, 25).zip(budgets(), TestReports::build);
    }

    /** Valid reports whose weights do not sum to 100 (one weight moved by a non-zero amount). */
    static Gen<SelfEvaluation> reportsWithWrongWeights() {
        return validReports().zip(integers().between(1, 50), integers().between(0, 1000), (r, delta, at) -> {
            List<Indicator> rows = new ArrayList<>(r.indicators());
            int i = at % rows.size();
            Indicator row = rows.get(i);
            BigDecimal d = BigDecimal.valueOf(delta, 1);
            BigDecimal old = row.weight().orElseThrow();
            BigDecimal w = old.add(d).compareTo(BigDecimal.valueOf(100)) <= 0 ? old.add(d) : old.subtract(d);
            rows.set(i, row.toBuilder().weight(w).weightedScore((BigDecimal) null).build());
            return r.toBuilder().indicators(rows).build();
        });
    }

    static SelfEvaluation build(List<Row> rows, Budget b) {
        int n = rows.size();
        // Weights in tenths: 1000 tenths = 100, minus the budget row's 10 when there is one.
        int tenths = b.budgetRow() ? 900 : 1000;
        long rawSum = rows.stream().mapToLong(Row::rawWeight).sum();
        int[] w = new int[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            w[i] = (int) (tenths * rows.get(i).rawWeight() / rawSum);
            used += w[i];
        }
        w[n - 1] += tenths - used;
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            String[] c = CLASSES[r.cls()];
            BigDecimal weight = BigDecimal.valueOf(w[i], 1);
            IndicatorBuilder ib = Indicator.builder(c[0], c[1], c[2] + (i + 1))
                    .grade(GradeBands.STANDARD.gradeOf(r.score()))
                    .score(r.score())
                    .weight(weight)
                    .weightedScore(r.score().multiply(weight).movePointLeft(2)
                            .setScale(1, java.math.RoundingMode.HALF_UP));
            if (r.comparison().isPresent()) {
                ib.comparison(r.comparison().get()).expected(String.valueOf(r.target()))
                        .actual(String.valueOf(r.actual())).unit("个");
            }
            out.add(ib.build());
        }
        if (b.budgetRow()) {
            out.add(b.budgetRowAt() % (n + 1), Indicator.builder("预算执行率", "预算执行率", "预算执行率")
                    .weight(BigDecimal.TEN).build());
        }
        return SelfEvaluation.builder(FormKind.DEPARTMENT)
                .cover(Cover.of(2023, "测试单位"))
                .budget(new BudgetExecution(Optional.empty(), Funds.of(b.budget()), Optional.of(Funds.of(b.budget())),
                        Funds.of(b.spent()), Optional.empty()))
                .indicators(out)
                .build();
    }
}
