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
 * @param withoutSymbol how a row is scored whose 年度指标值 prints no comparison
 * @since 0.1
 */
public record QuantitativeRule(boolean autoScore, ReverseFormula reverseFormula, WithoutSymbol withoutSymbol) {

    /** Keep every declared score (the seed's form: the evaluator picks a score in the grade's band). */
    public static final QuantitativeRule OFF = new QuantitativeRule(false, ReverseFormula.LINEAR_TO_ZERO_AT_DOUBLE);

    /** Score by rule, reverse indicators linear to zero at twice the target. */
    public static final QuantitativeRule LINEAR = new QuantitativeRule(true, ReverseFormula.LINEAR_TO_ZERO_AT_DOUBLE);

    /**
     * Checks the arguments.
     *
     * @param autoScore whether to score quantitative rows by rule
     * @param reverseFormula the curve for "lower is better" rows
     * @param withoutSymbol how a row is scored whose 年度指标值 prints no comparison (most real forms)
     */
    public QuantitativeRule {
        Objects.requireNonNull(reverseFormula, "reverseFormula");
        Objects.requireNonNull(withoutSymbol, "withoutSymbol");
    }

    /**
     * A rule that scores only rows printing a comparison.
     *
     * @param autoScore whether to score quantitative rows by rule
     * @param reverseFormula the curve for "lower is better" rows
     */
    public QuantitativeRule(boolean autoScore, ReverseFormula reverseFormula) {
        this(autoScore, reverseFormula, WithoutSymbol.KEEP_DECLARED);
    }

    /**
     * This rule with another treatment of rows that print no comparison.
     *
     * @param rule the treatment
     * @return the new rule, never null
     * @since 0.2
     */
    public QuantitativeRule withoutSymbol(WithoutSymbol rule) {
        return new QuantitativeRule(autoScore, reverseFormula, rule);
    }

    /**
     * How a quantitative row whose 年度指标值 prints no comparison (neither a 符号 column nor ≥ / ≤ / = in the
     * cell) is scored. Most real forms print none; their footnote says the rule ("定量指标 正向 得分 = 分值 ×
     * B/A, 不得突破分值").
     *
     * @since 0.2
     */
    public enum WithoutSymbol {
        /** The declared score stands (JSON {@code keep-declared}). */
        KEEP_DECLARED("keep-declared"),
        /** Scored as a positive (≥) indicator: reached → full, else B/A × 分值 (JSON {@code positive}). */
        POSITIVE("positive");

        private final String id;

        WithoutSymbol(String id) {
            this.id = id;
        }

        /**
         * The JSON id.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The treatment with a JSON id.
         *
         * @param id {@code keep-declared} or {@code positive}
         * @return the treatment
         * @throws IllegalArgumentException naming the known ids
         */
        public static WithoutSymbol of(String id) {
            for (WithoutSymbol w : values()) {
                if (w.id.equals(id)) {
                    return w;
                }
            }
            throw new IllegalArgumentException("unknown rule '" + id + "' for rows without a symbol; known: "
                    + "keep-declared, positive");
        }
    }
}
