package io.github.selfeval.scoring;

import io.github.selfeval.model.Percent;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Budget execution as a project form's 项目资金 block scores it: 执行率 = 全年执行数 / 全年预算数, 得分 =
 * 执行率 × 分值, never above 分值.
 *
 * <p>Present on a {@link ScoreCard} when the report's funds block prints its own 分值
 * ({@code BudgetExecution.points()}); a department form scores a 预算执行率 row instead. Immutable and
 * thread-safe.
 *
 * @param points the 分值 the block gives budget execution, as the form prints it
 * @param rate 执行率 rounded per the policy's rate rounding; empty when the budget is blank or zero
 * @param rawScore min(执行率, cap) × 分值 / 100, exact (0 when the rate cannot be computed)
 * @param score rawScore rounded per the policy's weighted-score rounding
 * @param cap the highest 执行率 that scores (the pack's {@code BudgetExecutionRule.cap()}, normally 100), empty
 *     when uncapped: writers that recompute the score (a workbook's formula) use it
 * @since 0.2
 */
public record BudgetScore(BigDecimal points, Optional<Percent> rate, BigDecimal rawScore, BigDecimal score,
        Optional<BigDecimal> cap) {

    /**
     * Checks the arguments.
     *
     * @param points the 分值 the block gives budget execution
     * @param rate 执行率 rounded per the policy's rate rounding, if computable
     * @param rawScore the exact score
     * @param score the rounded score
     * @param cap the highest 执行率 that scores, empty when uncapped
     */
    public BudgetScore {
        Objects.requireNonNull(points, "points");
        rate = rate == null ? Optional.empty() : rate;
        Objects.requireNonNull(rawScore, "rawScore");
        Objects.requireNonNull(score, "score");
        cap = cap == null ? Optional.empty() : cap;
    }

    /**
     * A score capped at 100 %.
     *
     * @param points the 分值 the block gives budget execution
     * @param rate 执行率 rounded per the policy's rate rounding, if computable
     * @param rawScore the exact score
     * @param score the rounded score
     */
    public BudgetScore(BigDecimal points, Optional<Percent> rate, BigDecimal rawScore, BigDecimal score) {
        this(points, rate, rawScore, score, Optional.of(BigDecimal.valueOf(100)));
    }
}
