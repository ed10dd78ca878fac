package io.github.selfeval.scoring;

/**
 * How a "lower is better" (≤ / &lt;) quantitative indicator scores when it misses its target.
 *
 * <p>Local practice has two curves; which one a form uses is a parameter of the scheme.
 *
 * @since 0.1
 */
public enum ReverseFormula {
    /**
     * Full marks up to the target, then linear to zero at twice the target:
     * (1 − (完成值 − 指标值) / 指标值) × 分值, and 0 beyond 2 × 指标值.
     */
    LINEAR_TO_ZERO_AT_DOUBLE("linear-to-zero-at-double"),
    /** Full marks up to the target, then 指标值 / 完成值 × 分值. */
    TARGET_OVER_ACTUAL("target-over-actual");

    private final String id;

    ReverseFormula(String id) {
        this.id = id;
    }

    /**
     * The id used in rule-pack files.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * The formula with an id (or constant name).
     *
     * @param id the id, e.g. {@code linear-to-zero-at-double}
     * @return the formula, never null
     * @throws IllegalArgumentException when no formula has the id, naming the known ones
     */
    public static ReverseFormula of(String id) {
        for (ReverseFormula f : values()) {
            if (f.id.equals(id) || f.name().equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown reverse formula '" + id
                + "', expected linear-to-zero-at-double or target-over-actual");
    }
}
