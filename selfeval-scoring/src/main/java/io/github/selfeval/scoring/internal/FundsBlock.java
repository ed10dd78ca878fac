package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.exact;
import static io.github.selfeval.scoring.internal.Findings.matches;
import static io.github.selfeval.scoring.internal.Findings.message;
import static io.github.selfeval.scoring.internal.Findings.p;
import static io.github.selfeval.scoring.internal.Findings.values;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Percent;
import io.github.selfeval.scoring.BudgetScore;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoringScheme;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * The funds block (项目资金) of a project form: the execution rate, and the block's own score of it, checked
 * against what the form declares. Stateless: built once per engine.
 */
final class FundsBlock {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScheme scheme;
    private final RoundingPolicy rounding;

    FundsBlock(ScoringScheme scheme, RoundingPolicy rounding) {
        this.scheme = scheme;
        this.rounding = rounding;
    }

    static Optional<BigDecimal> executionRate(Funds budget, Funds spent) {
        Optional<BigDecimal> bud = budget.amount();
        Optional<BigDecimal> sp = spent.amount();
        if (bud.isEmpty() || sp.isEmpty() || bud.get().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(sp.get().multiply(HUNDRED).divide(bud.get(), MathContext.DECIMAL128));
    }

    /**
     * A project form's 项目资金 block scores budget execution itself: 得分 = min(执行率, cap) × 分值 / 100. Empty
     * for a form whose block prints no 分值 (the department form scores a 预算执行率 row).
     */
    Optional<BudgetScore> budgetBlock(BudgetExecution b, Optional<BigDecimal> exactRate,
            Optional<BigDecimal> rate, List<Finding> out) {
        if (b.points().isEmpty()) {
            if (b.declaredScore().isPresent()) {
                out.add(values(FindingCode.BUDGET_SCORE_WITHOUT_POINTS, Severity.WARNING, "budget.declaredScore",
                        p(b.declaredScore().get()), null, "BUDGET_SCORE_WITHOUT_POINTS"));
            }
            return Optional.empty();
        }
        BigDecimal pts = b.points().get();
        BigDecimal raw = exactRate
                .map(x -> scheme.budgetExecution().cap().map(x::min).orElse(x))
                .map(x -> exact(x.multiply(pts).movePointLeft(2)))
                .orElse(BigDecimal.ZERO);
        BigDecimal score = rounding.weightedScore().apply(raw);
        if (pts.compareTo(scheme.budgetExecution().weight()) != 0) {
            BigDecimal want = scheme.budgetExecution().weight();
            out.add(message(FindingCode.BUDGET_POINTS_DIFFER_FROM_PACK, Severity.INFO, "budget.points", pts, want,
                    "BUDGET_POINTS_DIFFER_FROM_PACK"));
        }
        if (b.declaredScore().isPresent()) {
            BigDecimal d = b.declaredScore().get();
            if (!matches(d, score, raw)) {
                out.add(message(FindingCode.BUDGET_SCORE_MISMATCH, Severity.ERROR, "budget.declaredScore", d, score,
                        rate.isPresent() ? "BUDGET_SCORE_MISMATCH" : "BUDGET_SCORE_MISMATCH.noRate",
                        rate.map(Findings::p).orElse(""), p(pts), p(raw), rounding.name()));
            }
        } else if (rate.isPresent()) {
            out.add(values(FindingCode.BUDGET_SCORE_MISSING, Severity.WARNING, "budget.declaredScore", null, p(score),
                    "BUDGET_SCORE_MISSING"));
        }
        return Optional.of(new BudgetScore(pts, rate.map(Percent::of), raw, score, scheme.budgetExecution().cap()));
    }
}
