package io.github.selfeval.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A percentage held in percent points: {@code Percent.of("75.24")} is 75.24&nbsp;%, never 0.7524.
 *
 * <p>In JSON a percent is a plain number in percent points ({@code 75.24}); the string forms
 * {@code "75.24%"} and {@code "75.24％"} are accepted when reading. The value keeps the scale it was
 * written with. Immutable and thread-safe.
 *
 * @param points the value in percent points, never null
 * @since 0.1
 */
public record Percent(
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}")
        @PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
        @Digits(integer = 6, fraction = 10, message = "{io.github.selfeval.model.PercentDigits.message}") BigDecimal points) implements Comparable<Percent> {

    /** 0 %. */
    public static final Percent ZERO = new Percent(BigDecimal.ZERO);
    /** 100 %. */
    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    /**
     * Checks the argument.
     *
     * @param points the value in percent points, never null
     */
    public Percent {
        Objects.requireNonNull(points, "points");
    }

    /**
     * The percent of {@code points} percent points.
     *
     * @param points e.g. {@code 75.24} for 75.24 %
     * @return the percent
     */
    public static Percent of(BigDecimal points) {
        return new Percent(points);
    }

    /**
     * Parses a percent as written on a form: {@code 75.24}, {@code 75.24%} or {@code 75.24％}.
     *
     * @param text the written value
     * @return the percent
     * @throws NumberFormatException if the text is not a decimal number with an optional percent sign
     */
    @JsonCreator
    public static Percent of(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.endsWith("%") || t.endsWith("％")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return new Percent(new BigDecimal(t));
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text + "' is not a percentage; write a number of percent points"
                    + " such as 75.24 or \"75.24%\"");
        }
    }

    /**
     * Creates a percent from a JSON number (in percent points).
     *
     * @param points the number
     * @return the percent
     */
    @JsonCreator
    public static Percent ofNumber(BigDecimal points) {
        return new Percent(points);
    }

    /**
     * The same share as a fraction: 75.24 % gives 0.7524.
     *
     * @return points / 100, exact
     */
    public BigDecimal toFraction() {
        return points.movePointLeft(2);
    }

    /**
     * The share {@code part / whole} in percent points, exact to 34 significant digits.
     *
     * @param part the part
     * @param whole the whole, not zero
     * @return the percent
     * @throws ArithmeticException if whole is zero
     */
    public static Percent ratio(BigDecimal part, BigDecimal whole) {
        return new Percent(part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL128));
    }

    /**
     * The JSON form: the number of percent points.
     *
     * @return the points, never null
     */
    @JsonValue
    public BigDecimal points() {
        return points;
    }

    @Override
    public int compareTo(Percent other) {
        return points.compareTo(other.points);
    }

    /** Returns e.g. {@code 75.24%}. */
    @Override
    public String toString() {
        return points.toPlainString() + "%";
    }
}
