package io.github.selfeval.scoring;

import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator as scored: what the rules give, next to the row the form declared.
 *
 * <p>In the {@link Presentation#WEIGHTED weighted} presentation {@code score} is 单项指标得分 (0–100)
 * and {@code weightedScore} is 折算得分; in the {@link Presentation#POINTS points} presentation
 * {@code weight} is 分值 and {@code weightedScore} is 得分. Immutable and thread-safe.
 *
 * @param index the row's position in {@code SelfEvaluation.indicators()}, from 0
 * @param indicator the row as declared
 * @param score the computed 单项指标得分, 0–100, rounded per the policy's single-score rounding
 * @param weight the weight used (the declared one); empty when the row prints no 分值 and its declared 得分
 *     counts as it stands
 * @param rawWeightedScore score × weight / 100, exact
 * @param weightedScore rawWeightedScore rounded per the policy's weighted-score rounding
 * @param grade the grade the computed score falls in
 * @param source how the score was obtained
 * @since 0.1
 */
public record IndicatorScore(
        int index,
        Indicator indicator,
        BigDecimal score,
        Optional<BigDecimal> weight,
        BigDecimal rawWeightedScore,
        BigDecimal weightedScore,
        Grade grade,
        ScoreSource source) {

    /**
     * Checks the arguments.
     *
     * @param index the row's position in {@code SelfEvaluation.indicators()}, from 0
     * @param indicator the row as declared
     * @param score the computed 单项指标得分, 0–100, rounded per the policy's single-score rounding
     * @param weight the weight used (the declared one); empty when the row prints no 分值 and its declared 得分
 *     counts as it stands
     * @param rawWeightedScore score × weight / 100, exact
     * @param weightedScore rawWeightedScore rounded per the policy's weighted-score rounding
     * @param grade the grade the computed score falls in
     * @param source how the score was obtained
     */
    public IndicatorScore {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(rawWeightedScore, "rawWeightedScore");
        Objects.requireNonNull(weightedScore, "weightedScore");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The 折算得分 the form declared, if any.
     *
     * @return the declared weighted score
     */
    public Optional<BigDecimal> declaredWeightedScore() {
        return indicator.weightedScore();
    }

    /** How an indicator's score was obtained. */
    public enum ScoreSource {
        /** The evaluator's declared score (or grade), checked against its band. */
        DECLARED,
        /** Computed from the expected value's comparison symbol and the actual value. */
        QUANTITATIVE_RULE,
        /** Computed from 执行数 / 预算数. */
        BUDGET_EXECUTION,
        /**
         * Not applicable (the row prints {@code /} or {@code 不适用}, see {@link NotApplicableRule}): dropped, it earns
         * nothing.
         *
         * @since 0.3
         */
        NOT_APPLICABLE,
        /**
         * Computed from the printed 完成值 by the pack's rule for this indicator's name (the 部门整体 management
         * indicators, see {@link IndicatorRule}).
         *
         * @since 0.3
         */
        INDICATOR_RULE
    }
}
