package io.github.selfeval.scoring;

import io.github.selfeval.model.SelfEvaluation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AuditCheck} sees of one scored report: the report, the scores of its rows and its totals, and
 * the rules it was scored by. Immutable and thread-safe.
 *
 * @param report the report as read
 * @param pack the pack applied, overrides included (its scheme, rounding and audit rules)
 * @param catalogue the indicator catalogue the report's rows were checked against
 * @param indicators the rows' scores, in table order
 * @param budgetScore the project form's 项目资金 block scored, if the form prints one with 分值
 * @param rawTotalScore the exact total, before rounding
 * @param totalScore the total as the pack computes it (rounded, capped)
 * @param executionRate 执行数 / 预算数 × 100 at the pack's rate precision, if the amounts give it
 * @since 0.3
 */
public record AuditContext(
        SelfEvaluation report,
        RulePack pack,
        IndicatorCatalogue catalogue,
        List<IndicatorScore> indicators,
        Optional<BudgetScore> budgetScore,
        BigDecimal rawTotalScore,
        BigDecimal totalScore,
        Optional<BigDecimal> executionRate) {

    /**
     * Checks the arguments and copies the list.
     *
     * @param report the report as read
     * @param pack the pack applied, overrides included (its scheme, rounding and audit rules)
     * @param catalogue the indicator catalogue the report's rows were checked against
     * @param indicators the rows' scores, in table order
     * @param budgetScore the project form's 项目资金 block scored, if the form prints one with 分值
     * @param rawTotalScore the exact total, before rounding
     * @param totalScore the total as the pack computes it (rounded, capped)
     * @param executionRate 执行数 / 预算数 × 100 at the pack's rate precision, if the amounts give it
     */
    public AuditContext {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(catalogue, "catalogue");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(budgetScore, "budgetScore");
        Objects.requireNonNull(rawTotalScore, "rawTotalScore");
        Objects.requireNonNull(totalScore, "totalScore");
        Objects.requireNonNull(executionRate, "executionRate");
    }
}
