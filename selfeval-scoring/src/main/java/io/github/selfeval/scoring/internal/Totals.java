package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.exact;
import static io.github.selfeval.scoring.internal.Findings.matches;
import static io.github.selfeval.scoring.internal.Findings.message;
import static io.github.selfeval.scoring.internal.Findings.p;

import io.github.selfeval.model.Grade;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.ExecutionRateCap;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoringScheme;
import io.github.selfeval.scoring.Severity;
import io.github.selfeval.scoring.TotalBasis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Totals and grades: the rows' sum on the pack's basis (printed row scores or the exact sum), rescaled to 100
 * where not-applicable rows were dropped, capped by the execution rate, graded, and checked against the declared
 * total. Stateless: built once per engine.
 */
final class Totals {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScheme scheme;
    private final RoundingPolicy rounding;
    private final boolean points;
    private final Bands resultBands;

    /** A report's totals: exact, as the pack computes it, and the grade it earns. */
    record Total(BigDecimal exactTotal, BigDecimal total, Grade grade) {
    }

    Totals(ScoringScheme scheme, RoundingPolicy rounding) {
        this.scheme = scheme;
        this.rounding = rounding;
        this.points = scheme.presentation() == Presentation.POINTS;
        this.resultBands = new Bands(scheme.resultBands(), rounding.total().scale());
    }

    /**
     * The total of the rows (and the funds block) as the pack computes it.
     *
     * @param r the report
     * @param rawTotal the exact sum of the row scores
     * @param printedTotal the sum of the row scores as rounded
     * @param droppedPoints the points of rows not applicable
     * @param exactRate the exact execution rate, if any
     * @param rate the execution rate at the pack's precision, if any
     * @param findings where the findings go
     * @return the totals
     */
    Total total(SelfEvaluation r, BigDecimal rawTotal, BigDecimal printedTotal, BigDecimal droppedPoints,
            Optional<BigDecimal> exactRate, Optional<BigDecimal> rate, List<Finding> findings) {
        if (droppedPoints.signum() > 0 && scheme.notApplicable().rescale() && droppedPoints.compareTo(HUNDRED) < 0) {
            // The rest rescaled to 100: Σ 得分 × 100 / (100 − the dropped points), on either basis.
            BigDecimal applicable = HUNDRED.subtract(droppedPoints);
            BigDecimal before = rounding.total().apply(scheme.total() == TotalBasis.PRINTED_ROWS ? printedTotal
                    : exact(rawTotal));
            rawTotal = rawTotal.multiply(HUNDRED).divide(applicable, MathContext.DECIMAL128);
            printedTotal = printedTotal.multiply(HUNDRED).divide(applicable, MathContext.DECIMAL128);
            BigDecimal after = rounding.total().apply(scheme.total() == TotalBasis.PRINTED_ROWS ? printedTotal
                    : exact(rawTotal)).min(rounding.total().apply(HUNDRED));
            findings.add(message(FindingCode.TOTAL_RESCALED_FOR_NOT_APPLICABLE, Severity.INFO, "declaredTotalScore",
                    before, after, "TOTAL_RESCALED_FOR_NOT_APPLICABLE", p(droppedPoints), p(applicable)));
        }

        BigDecimal exactTotal = exact(rawTotal);
        // The form's total is the sum of its printed row scores, or the exact sum, as the pack says.
        // Never above full marks: printed rows rounded up one by one could pass 100 by a rounding unit.
        BigDecimal rowsTotal = rounding.total().apply(
                scheme.total() == TotalBasis.PRINTED_ROWS ? printedTotal : exactTotal).min(rounding.total().apply(HUNDRED));
        BigDecimal total = capByExecutionRate(rowsTotal, exactRate, rate, findings);
        Grade grade = resultBands.gradeOf(total);
        r.declaredTotalScore().ifPresent(d -> {
            if (!matches(d, total, exactTotal)) {
                findings.add(message(FindingCode.TOTAL_SCORE_MISMATCH, Severity.ERROR, "declaredTotalScore", d, total,
                        points ? "TOTAL_SCORE_MISMATCH.points" : "TOTAL_SCORE_MISMATCH.weighted", p(exactTotal),
                        rounding.name()));
            }
        });
        return new Total(exactTotal, total, grade);
    }

    /** The total under the pack's execution-rate caps (执行率 below 80 % → at most 89 …), said where it lowers it. */
    BigDecimal capByExecutionRate(BigDecimal total, Optional<BigDecimal> exactRate, Optional<BigDecimal> rate,
            List<Finding> findings) {
        if (scheme.executionRateCaps().isEmpty() || exactRate.isEmpty()) {
            return total;
        }
        Optional<BigDecimal> ceiling = ExecutionRateCap.ceiling(scheme.executionRateCaps(), exactRate.get());
        if (ceiling.isEmpty() || total.compareTo(ceiling.get()) <= 0) {
            return total;
        }
        BigDecimal capped = rounding.total().apply(ceiling.get());
        findings.add(message(FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE, Severity.INFO, "declaredTotalScore", total,
                capped, "TOTAL_CAPPED_BY_EXECUTION_RATE", p(rate.get())));
        return capped;
    }
}
