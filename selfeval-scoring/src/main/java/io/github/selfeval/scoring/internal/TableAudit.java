package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.message;
import static io.github.selfeval.scoring.internal.Findings.p;
import static io.github.selfeval.scoring.internal.Findings.values;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.AuditRules;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.IndicatorCatalogue;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoringScheme;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table audit: the weights (分值) sum to 100, a 预算执行率 row where the pack weighs one, the 一级 blocks'
 * weights against the scheme's defaults, and a low execution rate explained. Stateless: built once per engine.
 */
final class TableAudit {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScheme scheme;
    private final AuditRules audit;
    private final boolean points;

    TableAudit(ScoringScheme scheme, AuditRules audit) {
        this.scheme = scheme;
        this.audit = audit;
        this.points = scheme.presentation() == Presentation.POINTS;
    }

    void auditTable(SelfEvaluation r, List<Indicator> rows, BigDecimal weightSum, boolean allWeighted,
            int budgetRow, Optional<BigDecimal> rate, List<Finding> out) {
        // With a row's 分值 unprinted the sum says nothing: WEIGHT_MISSING names that row instead.
        if (allWeighted && weightSum.compareTo(HUNDRED) != 0) {
            out.add(message(FindingCode.WEIGHTS_NOT_100, Severity.ERROR, "indicators", weightSum, HUNDRED,
                    points ? "WEIGHTS_NOT_100.points" : "WEIGHTS_NOT_100.weighted"));
        }
        if (budgetRow < 0 && !r.budget().scoresExecution() && scheme.budgetExecution().weight().signum() > 0) {
            out.add(values(FindingCode.BUDGET_RATE_INDICATOR_MISSING, Severity.WARNING, "indicators", null,
                    p(scheme.budgetExecution().weight()), "BUDGET_RATE_INDICATOR_MISSING"));
        }
        // Rows without a printed 分值 would count as 0 and every block would "differ": not judged then.
        if (!scheme.defaultWeights().isEmpty() && allWeighted) {
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            r.budget().points().ifPresent(p -> sums.merge(IndicatorCatalogue.key(Indicator.BUDGET_EXECUTION_RATE), p,
                    BigDecimal::add));
            for (Indicator ind : rows) {
                sums.merge(IndicatorCatalogue.key(ind.level1()), ind.weight().orElse(BigDecimal.ZERO), BigDecimal::add);
            }
            scheme.defaultWeights().forEach((level1, want) -> {
                BigDecimal got = sums.getOrDefault(IndicatorCatalogue.key(level1), BigDecimal.ZERO);
                if (got.compareTo(want) != 0) {
                    out.add(message(FindingCode.LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT, Severity.INFO, "indicators", got,
                            want, "LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT", level1));
                }
            });
        }
        if (audit.lowExecutionRateThreshold().isPresent() && rate.isPresent()
                && rate.get().compareTo(audit.lowExecutionRateThreshold().get()) < 0) {
            boolean explained = r.budget().explanation().isPresent()
                    || (budgetRow >= 0 && rows.get(budgetRow).deviationReason().isPresent());
            if (!explained) {
                BigDecimal t = audit.lowExecutionRateThreshold().get();
                out.add(message(FindingCode.LOW_EXECUTION_RATE_UNEXPLAINED, Severity.WARNING,
                        budgetRow >= 0 ? "indicators[" + budgetRow + "].deviationReason"
                                : r.budget().scoresExecution() ? "budget.explanation" : "budget", rate.get(), t,
                        "LOW_EXECUTION_RATE_UNEXPLAINED"));
            }
        }
    }
}
