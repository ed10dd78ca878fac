package io.github.selfeval.scoring;

import io.github.selfeval.model.Grade;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One grade's band on the 0–100 scale: the scores (or shares of 分值, in percent) that earn the grade.
 *
 * <p>Which bound is inclusive is a parameter because documents differ: the seed says "优 90 and above,
 * 良 80–90", central rules write [90,100], [80,90). Immutable and thread-safe.
 *
 * @param grade the grade
 * @param min the lower bound, 0–100
 * @param max the upper bound, 0–100, not below {@code min}
 * @param minInclusive whether {@code min} itself belongs to the band
 * @param maxInclusive whether {@code max} itself belongs to the band
 * @param label what the band means in words, e.g. 达成年度指标; may be empty
 * @since 0.1
 */
public record GradeBand(
        Grade grade, BigDecimal min, BigDecimal max, boolean minInclusive, boolean maxInclusive,
        Optional<String> label) {

    /**
     * Checks the arguments.
     *
     * @param grade the grade
     * @param min the lower bound, 0–100
     * @param max the upper bound, 0–100, not below {@code min}
     * @param minInclusive whether {@code min} itself belongs to the band
     * @param maxInclusive whether {@code max} itself belongs to the band
     * @param label what the band means in words, e.g. 达成年度指标; may be empty
     */
    public GradeBand {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        label = label == null ? Optional.empty() : label.filter(s -> !s.isBlank());
        if (min.signum() < 0 || max.compareTo(GradeBands.HUNDRED) > 0 || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("band " + grade.label() + " must satisfy 0 ≤ min ≤ max ≤ 100, was "
                    + min.toPlainString() + "–" + max.toPlainString());
        }
    }

    /**
     * A half-open band {@code [min, max)}.
     *
     * @param grade the grade
     * @param min the inclusive lower bound
     * @param max the exclusive upper bound
     * @return the band, never null
     */
    public static GradeBand halfOpen(Grade grade, int min, int max) {
        return new GradeBand(grade, BigDecimal.valueOf(min), BigDecimal.valueOf(max), true, false, Optional.empty());
    }

    /**
     * A closed band {@code [min, max]}.
     *
     * @param grade the grade
     * @param min the inclusive lower bound
     * @param max the inclusive upper bound
     * @return the band, never null
     */
    public static GradeBand closed(Grade grade, int min, int max) {
        return new GradeBand(grade, BigDecimal.valueOf(min), BigDecimal.valueOf(max), true, true, Optional.empty());
    }

    /**
     * Whether a score falls inside this band, honouring which bounds are inclusive.
     *
     * @param score the score, 0–100
     * @return true when the band contains the score
     */
    public boolean contains(BigDecimal score) {
        int lo = score.compareTo(min);
        int hi = score.compareTo(max);
        return (lo > 0 || (lo == 0 && minInclusive)) && (hi < 0 || (hi == 0 && maxInclusive));
    }

    /**
     * The band in interval notation, e.g. {@code [90, 100]} or {@code [80, 90)}.
     *
     * @return the notation, never null
     */
    public String notation() {
        return (minInclusive ? "[" : "(") + min.toPlainString() + ", " + max.toPlainString()
                + (maxInclusive ? "]" : ")");
    }
}
