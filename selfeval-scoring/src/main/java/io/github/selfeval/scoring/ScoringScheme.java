package io.github.selfeval.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scoring rules of a form, as data: presentation, grade bands, quantitative auto-scoring, the
 * 预算执行率 rule and the default weights per first-level indicator.
 *
 * <p>Weighted and points are two presentations of one arithmetic: 折算得分 = 得分 × 权重 / 100 in the
 * weighted form, 得分 = 得分系数 × 分值 in the points form; a report gives the same total under both.
 * Immutable and thread-safe.
 *
 * @param id the scheme's id, e.g. {@code weighted}
 * @param presentation weighted or points
 * @param indicatorBands the band of each 完成等级 on a single indicator's 0–100 score (or share of 分值)
 * @param resultBands the bands of the result grade of the total
 * @param quantitative whether quantitative rows are scored by rule, and the reverse formula
 * @param budgetExecution the 预算执行率 rule: fixed weight and cap
 * @param defaultWeights the weight each first-level indicator gets by default, in form order, e.g.
 *     预算执行率 10, 产出指标 50, 效益指标 30, 满意度指标 10; empty when the form sets none; the audit
 *     reports differing totals as information
 * @param total what 自评得分 sums: the printed (rounded) row scores or the exact ones
 * @param executionRateCaps ceilings the budget execution rate puts on the total, empty when the form sets none
 * @param notApplicable which rows are not applicable (/, 不适用) and whether the rest are rescaled to 100
 * @param overAchievement the points a row loses when its 完成值 reaches a ratio of its target; empty when the form
 *     deducts nothing
 * @param indicatorRules named indicators scored by rule from their printed values (the 部门整体 management
 *     indicators); empty when the form has none
 * @since 0.1
 */
public record ScoringScheme(
        String id,
        Presentation presentation,
        GradeBands indicatorBands,
        GradeBands resultBands,
        QuantitativeRule quantitative,
        BudgetExecutionRule budgetExecution,
        Map<String, BigDecimal> defaultWeights,
        TotalBasis total,
        List<ExecutionRateCap> executionRateCaps,
        NotApplicableRule notApplicable,
        Optional<OverAchievementRule> overAchievement,
        List<IndicatorRule> indicatorRules) {

    /** The seed's (Hebei) weighted scheme: standard bands, declared scores kept, 预算执行率 weight 10. */
    public static final ScoringScheme WEIGHTED = new ScoringScheme("weighted", Presentation.WEIGHTED,
            GradeBands.STANDARD, GradeBands.STANDARD, QuantitativeRule.OFF, BudgetExecutionRule.STANDARD, Map.of(),
            TotalBasis.PRINTED_ROWS);

    /**
     * The national points scheme: qualitative shares 80/60, quantitative rows scored by rule, central
     * result grades, default weights 10/50/30/10; rows printed {@code /} or {@code 不适用} dropped and the rest
     * rescaled to 100 (since 0.3).
     */
    public static final ScoringScheme POINTS = new ScoringScheme("points", Presentation.POINTS,
            GradeBands.QUALITATIVE_SHARES, GradeBands.STANDARD, QuantitativeRule.LINEAR, BudgetExecutionRule.STANDARD,
            orderedWeights("预算执行率", 10, "产出指标", 50, "效益指标", 30, "满意度指标", 10), TotalBasis.PRINTED_ROWS,
            List.of(), NotApplicableRule.RESCALE);

    /**
     * Checks and copies the arguments (the default weights keep their order).
     *
     * @param id the scheme's id, e.g. {@code weighted}
     * @param presentation weighted or points
     * @param indicatorBands the band of each 完成等级 on a single indicator's 0–100 score (or share of 分值)
     * @param resultBands the bands of the result grade of the total
     * @param quantitative whether quantitative rows are scored by rule, and the reverse formula
     * @param budgetExecution the 预算执行率 rule: fixed weight and cap
     * @param defaultWeights the weight each first-level indicator gets by default, in form order, e.g. 预算执行率 10, 产出指标 50, 效益指标 30, 满意度指标 10; empty when the form sets none; the audit reports differing totals as information
     * @param total what 自评得分 sums: the printed (rounded) row scores or the exact ones
     * @param executionRateCaps ceilings the budget execution rate puts on the total, empty when none
     * @param notApplicable which rows are not applicable and whether the rest are rescaled to 100
     * @param overAchievement the points a row loses when its 完成值 reaches a ratio of its target, if any
     * @param indicatorRules named indicators scored by rule from their printed values
     */
    public ScoringScheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(presentation, "presentation");
        Objects.requireNonNull(indicatorBands, "indicatorBands");
        Objects.requireNonNull(resultBands, "resultBands");
        Objects.requireNonNull(quantitative, "quantitative");
        Objects.requireNonNull(budgetExecution, "budgetExecution");
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        defaultWeights.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "defaultWeights key"),
                Objects.requireNonNull(v, "defaultWeights[" + k + "]")));
        defaultWeights = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(total, "total");
        executionRateCaps = executionRateCaps == null ? List.of() : List.copyOf(executionRateCaps);
        notApplicable = notApplicable == null ? NotApplicableRule.NONE : notApplicable;
        overAchievement = overAchievement == null ? Optional.empty() : overAchievement;
        indicatorRules = indicatorRules == null ? List.of() : List.copyOf(indicatorRules);
    }

    /**
     * A scheme with no indicator rules.
     *
     * @param id the scheme's id
     * @param presentation weighted or points
     * @param indicatorBands the band of each 完成等级 on a single indicator's score
     * @param resultBands the bands of the result grade of the total
     * @param quantitative whether quantitative rows are scored by rule
     * @param budgetExecution the 预算执行率 rule
     * @param defaultWeights the default weight of each first-level indicator
     * @param total what 自评得分 sums
     * @param executionRateCaps ceilings the budget execution rate puts on the total
     * @param notApplicable which rows are not applicable
     * @param overAchievement the over-achievement deduction, if any
     * @since 0.3
     */
    public ScoringScheme(String id, Presentation presentation, GradeBands indicatorBands, GradeBands resultBands,
            QuantitativeRule quantitative, BudgetExecutionRule budgetExecution, Map<String, BigDecimal> defaultWeights,
            TotalBasis total, List<ExecutionRateCap> executionRateCaps, NotApplicableRule notApplicable,
            Optional<OverAchievementRule> overAchievement) {
        this(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution, defaultWeights, total,
                executionRateCaps, notApplicable, overAchievement, List.of());
    }

    /**
     * This scheme with other indicator rules.
     *
     * @param rules the rules
     * @return the new scheme, never null
     * @since 0.3
     */
    public ScoringScheme withIndicatorRules(List<IndicatorRule> rules) {
        return new ScoringScheme(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution,
                defaultWeights, total, executionRateCaps, notApplicable, overAchievement, rules);
    }

    /**
     * A scheme with no over-achievement deduction.
     *
     * @param id the scheme's id
     * @param presentation weighted or points
     * @param indicatorBands the band of each 完成等级 on a single indicator's score
     * @param resultBands the bands of the result grade of the total
     * @param quantitative whether quantitative rows are scored by rule
     * @param budgetExecution the 预算执行率 rule
     * @param defaultWeights the default weight of each first-level indicator
     * @param total what 自评得分 sums
     * @param executionRateCaps ceilings the budget execution rate puts on the total
     * @param notApplicable which rows are not applicable
     * @since 0.3
     */
    public ScoringScheme(String id, Presentation presentation, GradeBands indicatorBands, GradeBands resultBands,
            QuantitativeRule quantitative, BudgetExecutionRule budgetExecution, Map<String, BigDecimal> defaultWeights,
            TotalBasis total, List<ExecutionRateCap> executionRateCaps, NotApplicableRule notApplicable) {
        this(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution, defaultWeights, total,
                executionRateCaps, notApplicable, Optional.empty());
    }

    /**
     * This scheme with an over-achievement deduction, or none.
     *
     * @param rule the rule, empty for none
     * @return the new scheme, never null
     * @since 0.3
     */
    public ScoringScheme withOverAchievement(Optional<OverAchievementRule> rule) {
        return new ScoringScheme(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution,
                defaultWeights, total, executionRateCaps, notApplicable, rule, indicatorRules);
    }

    /**
     * A scheme with no not-applicable rule.
     *
     * @param id the scheme's id
     * @param presentation weighted or points
     * @param indicatorBands the band of each 完成等级 on a single indicator's score
     * @param resultBands the bands of the result grade of the total
     * @param quantitative whether quantitative rows are scored by rule
     * @param budgetExecution the 预算执行率 rule
     * @param defaultWeights the default weight of each first-level indicator
     * @param total what 自评得分 sums
     * @param executionRateCaps ceilings the budget execution rate puts on the total
     * @since 0.2
     */
    public ScoringScheme(String id, Presentation presentation, GradeBands indicatorBands, GradeBands resultBands,
            QuantitativeRule quantitative, BudgetExecutionRule budgetExecution, Map<String, BigDecimal> defaultWeights,
            TotalBasis total, List<ExecutionRateCap> executionRateCaps) {
        this(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution, defaultWeights, total,
                executionRateCaps, NotApplicableRule.NONE);
    }

    /**
     * This scheme with another rule for not-applicable rows.
     *
     * @param rule the rule
     * @return the new scheme, never null
     * @since 0.3
     */
    public ScoringScheme withNotApplicable(NotApplicableRule rule) {
        return new ScoringScheme(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution,
                defaultWeights, total, executionRateCaps, rule, overAchievement, indicatorRules);
    }

    /**
     * A scheme with a total basis and no execution-rate caps.
     *
     * @param id the scheme's id
     * @param presentation weighted or points
     * @param indicatorBands the band of each 完成等级 on a single indicator's score
     * @param resultBands the bands of the result grade of the total
     * @param quantitative whether quantitative rows are scored by rule
     * @param budgetExecution the 预算执行率 rule
     * @param defaultWeights the default weight of each first-level indicator
     * @param total what 自评得分 sums
     */
    public ScoringScheme(String id, Presentation presentation, GradeBands indicatorBands, GradeBands resultBands,
            QuantitativeRule quantitative, BudgetExecutionRule budgetExecution, Map<String, BigDecimal> defaultWeights,
            TotalBasis total) {
        this(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution, defaultWeights, total,
                List.of());
    }

    /**
     * This scheme with ceilings the execution rate puts on the total.
     *
     * @param caps the caps
     * @return the new scheme, never null
     * @since 0.2
     */
    public ScoringScheme withExecutionRateCaps(List<ExecutionRateCap> caps) {
        return new ScoringScheme(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution,
                defaultWeights, total, caps, notApplicable, overAchievement, indicatorRules);
    }

    /**
     * A scheme summing the printed row scores ({@link TotalBasis#PRINTED_ROWS}), as forms do.
     *
     * @param id the scheme's id
     * @param presentation weighted or points
     * @param indicatorBands the band of each 完成等级 on a single indicator's score
     * @param resultBands the bands of the result grade of the total
     * @param quantitative whether quantitative rows are scored by rule
     * @param budgetExecution the 预算执行率 rule
     * @param defaultWeights the default weight of each first-level indicator
     */
    public ScoringScheme(String id, Presentation presentation, GradeBands indicatorBands, GradeBands resultBands,
            QuantitativeRule quantitative, BudgetExecutionRule budgetExecution, Map<String, BigDecimal> defaultWeights) {
        this(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution, defaultWeights,
                TotalBasis.PRINTED_ROWS);
    }

    /**
     * This scheme with another total basis.
     *
     * @param basis what 自评得分 sums
     * @return the new scheme, never null
     * @since 0.2
     */
    public ScoringScheme withTotal(TotalBasis basis) {
        return new ScoringScheme(id, presentation, indicatorBands, resultBands, quantitative, budgetExecution,
                defaultWeights, basis, executionRateCaps, notApplicable, overAchievement, indicatorRules);
    }

    /**
     * This scheme shown the other way; the arithmetic does not change.
     *
     * @param p the presentation
     * @return a scheme equal to this one but for the presentation, never null
     */
    public ScoringScheme withPresentation(Presentation p) {
        return new ScoringScheme(p.id(), p, indicatorBands, resultBands, quantitative, budgetExecution, defaultWeights, total, executionRateCaps, notApplicable, overAchievement, indicatorRules);
    }

    /**
     * This scheme with another quantitative rule.
     *
     * @param rule the rule
     * @return the new scheme, never null
     */
    public ScoringScheme withQuantitative(QuantitativeRule rule) {
        return new ScoringScheme(id, presentation, indicatorBands, resultBands, rule, budgetExecution, defaultWeights, total, executionRateCaps, notApplicable, overAchievement, indicatorRules);
    }

    /**
     * This scheme with other bands.
     *
     * @param indicator the bands for single indicators
     * @param result the bands for the total
     * @return the new scheme, never null
     */
    public ScoringScheme withBands(GradeBands indicator, GradeBands result) {
        return new ScoringScheme(id, presentation, indicator, result, quantitative, budgetExecution, defaultWeights, total, executionRateCaps, notApplicable, overAchievement, indicatorRules);
    }

    /**
     * This scheme with another 预算执行率 rule.
     *
     * @param rule the rule
     * @return the new scheme, never null
     */
    public ScoringScheme withBudgetExecution(BudgetExecutionRule rule) {
        return new ScoringScheme(id, presentation, indicatorBands, resultBands, quantitative, rule, defaultWeights, total, executionRateCaps, notApplicable, overAchievement, indicatorRules);
    }

    private static Map<String, BigDecimal> orderedWeights(Object... pairs) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], BigDecimal.valueOf((Integer) pairs[i + 1]));
        }
        return m;
    }
}
