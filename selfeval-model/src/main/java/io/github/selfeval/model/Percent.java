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
 * <p><b>Equality keeps the written precision; order does not.</b> {@link #equals(Object)} is the
 * record's, so {@code 86} and {@code 86.00} are different values, as a form that prints {@code 86%}
 * says something different from one that prints {@code 86.00%} (the audit compares a declared rate at
 * its own printed precision). {@link #compareTo(Percent)} compares the numbers, so the two compare as
 * equal: the natural order is not consistent with {@code equals}, exactly as {@link BigDecimal}'s is.
 * Compare with {@code compareTo} (or {@code points().compareTo}) when the number is what matters.
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

    /**
     * Compares the numbers, ignoring the written precision: {@code 86} and {@code 86.00} compare as 0
     * although they are not {@linkplain #equals(Object) equal}.
     *
     * @param other the other percent
     * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
     */
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
