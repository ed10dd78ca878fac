package io.github.selfeval.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 预期指标值的符号: how the actual value of a quantitative indicator is compared with its target.
 *
 * <p>Written in JSON by its symbol ({@code ≥ ≤ = > <}); the ASCII forms {@code >=} and
 * {@code <=} are accepted when reading.
 *
 * @since 0.1
 */
public enum Comparison {
    /** ≥: higher is better, the target reached when actual ≥ target. */
    AT_LEAST("≥"),
    /** &gt;: higher is better. */
    MORE_THAN(">"),
    /** =: treated as higher is better. */
    EQUAL("="),
    /** ≤: lower is better (a reverse indicator). */
    AT_MOST("≤"),
    /** &lt;: lower is better (a reverse indicator). */
    LESS_THAN("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The symbol as printed on the form.
     *
     * @return the symbol, never null
     */
    @JsonValue
    public String symbol() {
        return symbol;
    }

    /**
     * Whether lower values are better (≤ and &lt;).
     *
     * @return true for a reverse indicator
     */
    public boolean isReverse() {
        return this == AT_MOST || this == LESS_THAN;
    }

    /**
     * The comparison written as {@code text}.
     *
     * @param text a symbol ({@code ≥ ≤ = > < >= <= ＞ ＜ ＝}) or a constant name
     * @return the comparison
     * @throws IllegalArgumentException naming the allowed symbols
     */
    @JsonCreator
    public static Comparison of(String text) {
        String t = text == null ? "" : text.strip();
        switch (t) {
            case ">=", "≧", "＞＝":
                return AT_LEAST;
            case "<=", "≦", "＜＝":
                return AT_MOST;
            case "＞":
                return MORE_THAN;
            case "＜":
                return LESS_THAN;
            case "＝":
                return EQUAL;
            default:
                break;
        }
        for (Comparison c : values()) {
            if (c.symbol.equals(t) || c.name().equalsIgnoreCase(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparison '" + text + "', expected one of ≥ ≤ = > <");
    }
}
