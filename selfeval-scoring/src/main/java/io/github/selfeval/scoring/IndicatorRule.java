package io.github.selfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one named indicator scores from its printed 实际完成值, as a 部门整体 scoring table prints it: the
 * management indicators (财政供养人员控制率, 三公经费变动率, 重点支出安排率, 预算调整率, 资金结余 …).
 *
 * <p>Two shapes, as the tables print them. A <em>deduction</em>: full {@code points} while the value is at most
 * {@code above}, then {@code perPoint} less for every percentage point over, never below 0 (Hunan 岳阳:
 * 财政供养人员控制率 ≤ 100 % → 5, −0.5 per point over). <em>Steps</em>: the first step the value meets gives its
 * points, else {@code otherwise} (重点支出安排率 ≥ 90 / 80 / 70 / 60 % → 5 / 4 / 3 / 2, else 0; 预算调整率 0 / ≤ 10 /
 * ≤ 20 / ≤ 30 % → 3 / 2 / 1 / 0.5, else 0; 资金结余 none → 3, not above the target (last year's) → 2, else 0).
 * The row's share is the points earned over {@code points}, so a row printing another 分值 scores the same
 * share of it. A 完成值 of 无 reads as 0. Names compare after NFKC without format characters. A rule-pack
 * setting ({@code scheme.indicatorRules}). Immutable and thread-safe.
 *
 * @param names the indicator names the rule applies to (三级指标, as printed), at least one
 * @param points the full points of the scale, above 0
 * @param deduction the deduction, or empty for steps
 * @param steps the steps, in order, or empty for a deduction
 * @param otherwise the points when no step is met (steps only)
 * @since 0.3
 */
public record IndicatorRule(List<String> names, BigDecimal points, Optional<Deduction> deduction, List<Step> steps,
        BigDecimal otherwise) {

    /**
     * Checks and copies the arguments.
     *
     * @param names the indicator names the rule applies to, at least one, none blank
     * @param points the full points of the scale, above 0 and at most 100
     * @param deduction the deduction, or empty for steps
     * @param steps the steps, or empty for a deduction; exactly one of the two is given
     * @param otherwise the points when no step is met, 0…points
     */
    public IndicatorRule {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an indicator rule names at least one indicator, none blank");
        }
        Objects.requireNonNull(points, "points");
        if (points.signum() <= 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("points must be above 0 and at most 100, was " + points.toPlainString());
        }
        deduction = deduction == null ? Optional.empty() : deduction;
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        Objects.requireNonNull(otherwise, "otherwise");
        if (deduction.isPresent() == !steps.isEmpty()) {
            throw new IllegalArgumentException("an indicator rule has either a deduction or steps, not "
                    + (deduction.isPresent() ? "both" : "neither"));
        }
        for (Step s : steps) {
            if (s.points().compareTo(points) > 0) {
                throw new IllegalArgumentException("a step's points " + s.points().toPlainString()
                        + " exceed the rule's " + points.toPlainString());
            }
        }
        if (otherwise.signum() < 0 || otherwise.compareTo(points) > 0) {
            throw new IllegalArgumentException("otherwise must be 0–" + points.toPlainString() + ", was "
                    + otherwise.toPlainString());
        }
    }

    /**
     * The points a printed value earns under this rule.
     *
     * @param value the 实际完成值's number (percent points for a rate)
     * @param target the 年度指标值's number, if any (for {@link Bound#AT_MOST_TARGET})
     * @return the points, 0…{@link #points()}, never null
     */
    public BigDecimal pointsFor(BigDecimal value, Optional<BigDecimal> target) {
        Objects.requireNonNull(value, "value");
        if (deduction.isPresent()) {
            Deduction d = deduction.get();
            if (value.compareTo(d.above()) <= 0) {
                return points;
            }
            return points.subtract(d.perPoint().multiply(value.subtract(d.above()))).max(BigDecimal.ZERO);
        }
        for (Step s : steps) {
            if (s.isMetBy(value, target)) {
                return s.points();
            }
        }
        return otherwise;
    }

    /**
     * Full points up to a bound, then a deduction per percentage point over it.
     *
     * @param above the value up to which the row earns full points (100 for a 控制率, 0 for a 变动率)
     * @param perPoint the points lost per point over, above 0
     * @since 0.3
     */
    public record Deduction(BigDecimal above, BigDecimal perPoint) {
        /**
         * Checks the arguments.
         *
         * @param above the value up to which the row earns full points
         * @param perPoint the points lost per point over, above 0
         */
        public Deduction {
            Objects.requireNonNull(above, "above");
            Objects.requireNonNull(perPoint, "perPoint");
            if (perPoint.signum() <= 0) {
                throw new IllegalArgumentException("perPoint must be above 0, was " + perPoint.toPlainString());
            }
        }
    }

    /**
     * One step of a scale: a bound the value must meet and the points it then earns.
     *
     * @param bound how the value is compared
     * @param value the bound's value (empty for {@link Bound#AT_MOST_TARGET})
     * @param points the points earned, 0 or more
     * @since 0.3
     */
    public record Step(Bound bound, Optional<BigDecimal> value, BigDecimal points) {
        /**
         * Checks the arguments.
         *
         * @param bound how the value is compared
         * @param value the bound's value, present unless the bound is {@link Bound#AT_MOST_TARGET}
         * @param points the points earned, 0 or more
         */
        public Step {
            Objects.requireNonNull(bound, "bound");
            value = value == null ? Optional.empty() : value;
            Objects.requireNonNull(points, "points");
            if (value.isPresent() == (bound == Bound.AT_MOST_TARGET)) {
                throw new IllegalArgumentException(bound == Bound.AT_MOST_TARGET
                        ? "a step at most the target has no value of its own" : "a step needs a value");
            }
            if (points.signum() < 0) {
                throw new IllegalArgumentException("a step's points must be 0 or more, was " + points.toPlainString());
            }
        }

        /**
         * Whether a value meets this step.
         *
         * @param v the value
         * @param target the 年度指标值's number, if any
         * @return true when met; a step against a missing target is never met
         */
        public boolean isMetBy(BigDecimal v, Optional<BigDecimal> target) {
            switch (bound) {
                case AT_LEAST:
                    return v.compareTo(value.get()) >= 0;
                case AT_MOST:
                    return v.compareTo(value.get()) <= 0;
                default:
                    return target.isPresent() && v.compareTo(target.get()) <= 0;
            }
        }
    }

    /**
     * How a step compares the value.
     *
     * @since 0.3
     */
    public enum Bound {
        /** value ≥ the step's value (JSON {@code atLeast}). */
        AT_LEAST,
        /** value ≤ the step's value (JSON {@code atMost}). */
        AT_MOST,
        /** value ≤ the row's 年度指标值, e.g. last year's balance (JSON {@code atMostTarget: true}). */
        AT_MOST_TARGET
    }
}
