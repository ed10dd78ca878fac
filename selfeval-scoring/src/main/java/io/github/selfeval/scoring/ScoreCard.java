package io.github.selfeval.scoring;

import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as scored: every indicator's computed score next to what was declared, the totals, the
 * result grade, the computed 预算执行进度 and the audit findings.
 *
 * <p>What exporters print. Immutable and thread-safe; lists are unmodifiable.
 *
 * @param report the report scored, as declared
 * @param packId the id of the rule pack applied, e.g. {@code hebei}
 * @param presentation weighted or points
 * @param rounding the rounding policy applied
 * @param indicators one entry per indicator row, in form order
 * @param rawTotalScore Σ raw 折算得分 (and the funds block's raw score), exact
 * @param totalScore the total under the rounding policy, of the printed or the exact row scores as the
 *     scheme's {@link TotalBasis} says
 * @param grade the result grade of the total
 * @param budgetExecutionRate 执行数 / 预算数 × 100 rounded per the policy's rate rounding; empty when the
 *     budget is blank or zero
 * @param findings the audit findings, most severe first, then in form order
 * @param budgetScore the funds block's own score, when the form's 项目资金 block prints a 分值
 * @param totalBasis what {@code totalScore} sums, the scheme's {@link ScoringScheme#total()}: writers that
 *     recompute the total (a workbook's formula) follow it
 * @since 0.1
 */
public record ScoreCard(
        SelfEvaluation report,
        String packId,
        Presentation presentation,
        RoundingPolicy rounding,
        List<IndicatorScore> indicators,
        BigDecimal rawTotalScore,
        BigDecimal totalScore,
        Grade grade,
        Optional<Percent> budgetExecutionRate,
        List<Finding> findings,
        Optional<BudgetScore> budgetScore,
        TotalBasis totalBasis) {

    /**
     * Checks and copies the arguments.
     *
     * @param report the report scored, as declared
     * @param packId the id of the rule pack applied, e.g. {@code hebei}
     * @param presentation weighted or points
     * @param rounding the rounding policy applied
     * @param indicators one entry per indicator row, in form order
     * @param rawTotalScore Σ raw 折算得分, exact
     * @param totalScore the total under the rounding policy
     * @param grade the result grade of the total
     * @param budgetExecutionRate 执行数 / 预算数 × 100 rounded per the policy's rate rounding; empty when the budget is blank or zero
     * @param findings the audit findings, most severe first, then in form order
     * @param budgetScore the funds block's own score, when the form's 项目资金 block prints a 分值
     * @param totalBasis what {@code totalScore} sums
     */
    public ScoreCard {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(presentation, "presentation");
        Objects.requireNonNull(rounding, "rounding");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(rawTotalScore, "rawTotalScore");
        Objects.requireNonNull(totalScore, "totalScore");
        Objects.requireNonNull(grade, "grade");
        budgetExecutionRate = budgetExecutionRate == null ? Optional.empty() : budgetExecutionRate;
        findings = List.copyOf(findings);
        budgetScore = budgetScore == null ? Optional.empty() : budgetScore;
        Objects.requireNonNull(totalBasis, "totalBasis");
    }

    /**
     * A card whose total sums the printed row scores ({@link TotalBasis#PRINTED_ROWS}, every standard pack).
     *
     * @param report the report scored, as declared
     * @param packId the id of the rule pack applied
     * @param presentation weighted or points
     * @param rounding the rounding policy applied
     * @param indicators one entry per indicator row, in form order
     * @param rawTotalScore Σ raw 折算得分, exact
     * @param totalScore the total under the rounding policy
     * @param grade the result grade of the total
     * @param budgetExecutionRate the rounded 执行数 / 预算数 × 100, if computable
     * @param findings the audit findings, most severe first, then in form order
     * @param budgetScore the funds block's own score, if the block prints a 分值
     */
    public ScoreCard(SelfEvaluation report, String packId, Presentation presentation, RoundingPolicy rounding,
            List<IndicatorScore> indicators, BigDecimal rawTotalScore, BigDecimal totalScore, Grade grade,
            Optional<Percent> budgetExecutionRate, List<Finding> findings, Optional<BudgetScore> budgetScore) {
        this(report, packId, presentation, rounding, indicators, rawTotalScore, totalScore, grade, budgetExecutionRate,
                findings, budgetScore, TotalBasis.PRINTED_ROWS);
    }

    /**
     * The sum of the weights (权重占比 or 分值) the card scored, the funds block's 分值 included: what the
     * total row prints under the weight column.
     *
     * @return the sum, exact; rows that print no weight add nothing
     * @since 0.2
     */
    public BigDecimal weightSum() {
        BigDecimal sum = budgetScore.map(BudgetScore::points).orElse(BigDecimal.ZERO);
        for (IndicatorScore s : indicators) {
            if (s.weight().isPresent()) {
                sum = sum.add(s.weight().get());
            }
        }
        return sum;
    }

    /**
     * The findings of one severity.
     *
     * @param severity the severity
     * @return those findings in order, never null
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * The findings with one code.
     *
     * @param code the code
     * @return those findings in order, never null
     */
    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }
}
