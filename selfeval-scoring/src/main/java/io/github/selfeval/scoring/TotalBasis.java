package io.github.selfeval.scoring;

/**
 * What 自评得分 / 总分 is the sum of: the row scores as the form prints them (each rounded first), or the
 * exact row scores (rounded once at the end).
 *
 * <p>The seed's 说明 1 — 「由各单项指标的折算得分合计而成」 — reads as {@link #PRINTED_ROWS}: 18 + 9 + … + 7.5 =
 * 91. The two differ when rounding accumulates: nine rows of 8.35 printed 8.4 sum to 75.6, the exact
 * 75.15. The workbook's formula follows the same basis as the score card. A rule-pack setting
 * ({@code scheme.total}).
 *
 * @since 0.2
 */
public enum TotalBasis {
    /** Σ rounded row scores, then the total's rounding. JSON {@code printed-rows}. */
    PRINTED_ROWS("printed-rows"),
    /** Σ exact row scores, then the total's rounding. JSON {@code exact}. */
    EXACT_SUM("exact");

    private final String id;

    TotalBasis(String id) {
        this.id = id;
    }

    /**
     * The JSON id.
     *
     * @return {@code printed-rows} or {@code exact}
     */
    public String id() {
        return id;
    }

    /**
     * The basis with a JSON id.
     *
     * @param id {@code printed-rows} or {@code exact}
     * @return the basis
     * @throws IllegalArgumentException naming the known ids
     */
    public static TotalBasis of(String id) {
        for (TotalBasis b : values()) {
            if (b.id.equals(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown total basis '" + id + "'; known: printed-rows, exact");
    }
}
