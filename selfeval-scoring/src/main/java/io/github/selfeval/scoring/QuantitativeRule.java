package io.github.selfeval.scoring;

import java.util.Objects;

/**
 * Whether and how quantitative indicators are scored from their 预期指标值 symbol and 实际完成值.
 *
 * <p>When {@code autoScore} is on, a row that states a comparison (≥ ≤ = &gt; &lt;), a numeric
 * expected value and a numeric actual value is scored by rule: ≥ / &gt; / = full marks when reached,
 * else 完成值 / 指标值 × 100; for = with a target of 0, full only when 完成值 ≤ 0; ≤ / &lt; by the
 * {@link ReverseFormula}. Rows without a comparison, and qualitative rows, keep the evaluator's
 * score. Immutable and thread-safe.
 *
 * @param autoScore whether to score quantitative rows by rule
 * @param reverseFormula the curve for "lower is better" rows
 * @since 0.1
 */
public record QuantitativeRule(boolean autoScore, ReverseFormula reverseFormula) {

    /** Keep every declared score (the seed's form: the evaluator picks a score in the grade's band). */
    public static final QuantitativeRule OFF = new QuantitativeRule(false, ReverseFormula.LINEAR_TO_ZERO_AT_DOUBLE);

    /** Score by rule, reverse indicators linear to zero at twice the target. */
    public static final QuantitativeRule LINEAR = new QuantitativeRule(true, ReverseFormula.LINEAR_TO_ZERO_AT_DOUBLE);

    /**
     * Checks the arguments.
     *
     * @param autoScore whether to score quantitative rows by rule
     * @param reverseFormula the curve for "lower is better" rows
     */
    public QuantitativeRule {
        Objects.requireNonNull(reverseFormula, "reverseFormula");
    }
}
