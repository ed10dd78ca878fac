package io.github.selfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ceiling the budget execution rate puts on the total: with 执行率 below {@code below} %, 总分 is at most
 * {@code max}. One provincial platform's manual: below 80 % at most 89, below 70 % at most 79, below 60 %
 * at most 69, below 50 % at most 59 (a pack lists them; the lowest band the rate falls in applies).
 * Immutable and thread-safe.
 *
 * @param below the rate (percent points) under which the cap applies
 * @param max the highest total allowed then
 * @since 0.2
 */
public record ExecutionRateCap(BigDecimal below, BigDecimal max) {

    /**
     * Checks the arguments.
     *
     * @param below the rate (percent points) under which the cap applies, 0–100
     * @param max the highest total allowed then, 0–100
     */
    public ExecutionRateCap {
        Objects.requireNonNull(below, "below");
        Objects.requireNonNull(max, "max");
        if (below.signum() < 0 || below.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("below must be 0–100, was " + below.toPlainString());
        }
        if (max.signum() < 0 || max.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("max must be 0–100, was " + max.toPlainString());
        }
    }

    /**
     * The ceiling a rate puts on the total under a list of caps.
     *
     * @param caps the caps
     * @param rate the execution rate in percent points
     * @return the lowest {@code max} of the caps whose {@code below} the rate is under, empty when none applies
     */
    public static Optional<BigDecimal> ceiling(List<ExecutionRateCap> caps, BigDecimal rate) {
        Optional<BigDecimal> out = Optional.empty();
        for (ExecutionRateCap c : caps) {
            if (rate.compareTo(c.below) < 0 && (out.isEmpty() || c.max.compareTo(out.get()) < 0)) {
                out = Optional.of(c.max);
            }
        }
        return out;
    }
}
