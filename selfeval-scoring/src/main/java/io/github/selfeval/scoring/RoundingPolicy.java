package io.github.selfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How each kind of number is rounded: rates, single scores, weighted scores and the total, each with
 * its own scale and {@link RoundingMode}.
 *
 * <p>No official rule exists; systems use ROUND to 2 places ({@link #DEFAULT}), and the seed rounded a
 * 折算得分 to one place ({@link #HEBEI_SEED}). Immutable and thread-safe.
 *
 * @param name the policy's name, e.g. {@code default}
 * @param rate how 预算执行进度 and other rates are rounded (percent points)
 * @param score how 单项指标得分 is rounded
 * @param weightedScore how 折算得分 is rounded
 * @param total how 自评得分 is rounded
 * @since 0.1
 */
public record RoundingPolicy(String name, Step rate, Step score, Step weightedScore, Step total) {

    /** HALF_UP to 2 places everywhere: what provincial systems' ROUND(x, 2) does. */
    public static final RoundingPolicy DEFAULT = new RoundingPolicy("default",
            Step.of(2, RoundingMode.HALF_UP), Step.of(2, RoundingMode.HALF_UP),
            Step.of(2, RoundingMode.HALF_UP), Step.of(2, RoundingMode.HALF_UP));

    /**
     * What the seed's form did: 折算得分 to one place (7.524 → 7.5), 自评得分 to a whole number (91),
     * rates and single scores to 2 places, all HALF_UP.
     */
    public static final RoundingPolicy HEBEI_SEED = new RoundingPolicy("hebei",
            Step.of(2, RoundingMode.HALF_UP), Step.of(2, RoundingMode.HALF_UP),
            Step.of(1, RoundingMode.HALF_UP), Step.of(0, RoundingMode.HALF_UP));

    /**
     * A standard policy by name: {@code default} ({@link #DEFAULT}) or {@code hebei} ({@link #HEBEI_SEED}).
     * A pack's own policy is {@link RulePack#rounding()}.
     *
     * @param name the policy's name
     * @return the policy, never null
     * @throws io.github.selfeval.model.SelfEvalException with code {@code ROUNDING_UNKNOWN} naming the
     *     known policies when there is none of that name
     */
    public static RoundingPolicy named(String name) {
        if (DEFAULT.name().equals(name)) {
            return DEFAULT;
        }
        if (HEBEI_SEED.name().equals(name)) {
            return HEBEI_SEED;
        }
        throw new io.github.selfeval.model.SelfEvalException("ROUNDING_UNKNOWN",
                "unknown rounding policy '" + name + "'; known policies: default, hebei");
    }

    /**
     * Checks the arguments.
     *
     * @param name the policy's name, e.g. {@code default}
     * @param rate how 预算执行进度 and other rates are rounded (percent points)
     * @param score how 单项指标得分 is rounded
     * @param weightedScore how 折算得分 is rounded
     * @param total how 自评得分 is rounded
     */
    public RoundingPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(weightedScore, "weightedScore");
        Objects.requireNonNull(total, "total");
    }

    /**
     * One rounding step: a scale and a mode.
     *
     * @param scale digits after the decimal point, 0–10
     * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} is rejected
     */
    public record Step(int scale, RoundingMode mode) {
        /**
         * Checks the arguments.
         *
         * @param scale digits after the decimal point, 0–10
         * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} is rejected
         */
        public Step {
            if (scale < 0 || scale > 10) {
                throw new IllegalArgumentException("scale must be 0–10, was " + scale);
            }
            Objects.requireNonNull(mode, "mode");
            if (mode == RoundingMode.UNNECESSARY) {
                throw new IllegalArgumentException("mode UNNECESSARY cannot round");
            }
        }

        /**
         * A step.
         *
         * @param scale digits after the point
         * @param mode the mode
         * @return the step
         */
        public static Step of(int scale, RoundingMode mode) {
            return new Step(scale, mode);
        }

        /**
         * Rounds a value.
         *
         * @param value the value
         * @return the value at this step's scale
         */
        public BigDecimal apply(BigDecimal value) {
            return value.setScale(scale, mode);
        }

        /**
         * Half a unit in the last place: the most rounding can move a value.
         *
         * @return 0.5 × 10^-scale
         */
        public BigDecimal halfUnit() {
            return BigDecimal.valueOf(5, scale + 1);
        }
    }
}
