package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.message;
import static io.github.selfeval.scoring.internal.Findings.p;
import static io.github.selfeval.scoring.internal.Findings.matches;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * The budget audit: the declared execution rate against 执行数 / 预算数, spending within the money
 * received and budgeted, and the overview's rates and amounts against the table's.
 */
final class BudgetAudit {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BudgetAudit() {
    }

    static void audit(SelfEvaluation r, Optional<BigDecimal> exactRate, Optional<BigDecimal> rate,
            RoundingPolicy rounding, List<Finding> out) {
        BudgetExecution b = r.budget();
        Optional<Percent> declared = b.declaredExecutionRate();
        if (declared.isEmpty() && rate.isPresent()) {
            out.add(message(FindingCode.EXECUTION_RATE_MISSING, Severity.WARNING, "budget.declaredExecutionRate",
                    Optional.empty(), Optional.of(p(rate.get())), "EXECUTION_RATE_MISSING", p(rate.get())));
        }
        if (declared.isPresent()) {
            BigDecimal d = declared.get().points();
            rangeCheck(d, "budget.declaredExecutionRate", out);
            if (rate.isPresent() && !matches(d, rate.get(), exactRate.get())
                    && matchesAsPrinted(d, exactRate.get(), rounding.rate())) {
                out.add(atPrintedPrecision("budget.declaredExecutionRate", d, rate.get()));
            } else if (rate.isPresent() && !matches(d, rate.get(), exactRate.get())) {
                out.add(message(FindingCode.EXECUTION_RATE_MISMATCH, Severity.ERROR, "budget.declaredExecutionRate", d,
                        rate.get(), "EXECUTION_RATE_MISMATCH"));
            }
        }
        exceeds(b.spent(), b.received(), FindingCode.SPENT_EXCEEDS_RECEIVED, out);
        exceeds(b.spent(), Optional.of(b.budget()), FindingCode.SPENT_EXCEEDS_BUDGET, out);

        Overview o = r.narrative().overview();
        String op = "narrative.overview.";
        o.budgetExecutionRate().ifPresent(d -> {
            rangeCheck(d.points(), op + "budgetExecutionRate", out);
            if (rate.isPresent() && !matches(d.points(), rate.get(), exactRate.get())
                    && !matchesAsPrinted(d.points(), exactRate.get(), rounding.rate())) {
                out.add(message(FindingCode.OVERVIEW_RATE_MISMATCH, Severity.ERROR, op + "budgetExecutionRate",
                        d.points(), rate.get(), "OVERVIEW_RATE_MISMATCH.budgetExecutionRate"));
            }
        });
        o.projectExecutionRate().ifPresent(d -> {
            rangeCheck(d.points(), op + "projectExecutionRate", out);
            if (o.projectAmount().isPresent() && o.projectSpending().isPresent()
                    && o.projectAmount().get().signum() > 0) {
                BigDecimal exact = o.projectSpending().get().multiply(HUNDRED)
                        .divide(o.projectAmount().get(), MathContext.DECIMAL128);
                BigDecimal rounded = rounding.rate().apply(exact);
                if (!matches(d.points(), rounded, exact)) {
                    out.add(message(FindingCode.OVERVIEW_RATE_MISMATCH, Severity.ERROR, op + "projectExecutionRate",
                            d.points(), rounded, "OVERVIEW_RATE_MISMATCH.projectExecutionRate"));
                }
            }
        });
        amountCheck(o.requestedBudget(), b.budget().amount(), "requestedBudget", out);
        amountCheck(o.actualSpending(), b.spent().amount(), "actualSpending", out);
    }

    /** An overview amount ({@code field} of {@code narrative.overview}) against the table's. */
    static void amountCheck(Optional<BigDecimal> stated, Optional<BigDecimal> table, String field, List<Finding> out) {
        if (stated.isPresent() && table.isPresent() && stated.get().compareTo(table.get()) != 0) {
            out.add(message(FindingCode.OVERVIEW_AMOUNT_MISMATCH, Severity.WARNING, "narrative.overview." + field,
                    stated.get(), table.get(), "OVERVIEW_AMOUNT_MISMATCH." + field));
        }
    }

    static void exceeds(Funds spent, Optional<Funds> limit, FindingCode code, List<Finding> out) {
        if (limit.isEmpty()) {
            return;
        }
        Funds l = limit.get();
        check(spent.amount(), l.amount(), "total", code, out);
        check(spent.fiscal(), l.fiscal(), "fiscal", code, out);
        check(spent.other(), l.other(), "other", code, out);
    }

    static void check(Optional<BigDecimal> spent, Optional<BigDecimal> limit, String column, FindingCode code,
            List<Finding> out) {
        if (spent.isPresent() && limit.isPresent() && spent.get().compareTo(limit.get()) > 0) {
            out.add(message(code, Severity.ERROR, "budget.spent." + column, spent.get(), limit.get(),
                    code.name() + "." + column));
        }
    }

    /** A declared rate at {@code path} outside 0–100 %; the path names the message's variant. */
    static void rangeCheck(BigDecimal v, String path, List<Finding> out) {
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            out.add(message(FindingCode.RATE_OUT_OF_RANGE, Severity.ERROR, path, Optional.of(p(v)), Optional.empty(),
                    "RATE_OUT_OF_RANGE." + path, p(v)));
        }
    }

    static Finding atPrintedPrecision(String path, BigDecimal declared, BigDecimal computed) {
        return message(FindingCode.RATE_AT_PRINTED_PRECISION, Severity.INFO, path, declared, computed,
                "RATE_AT_PRINTED_PRECISION");
    }

    /**
     * A declared rate printed with fewer places than the policy rounds to matches when it is the exact rate
     * at its own precision: a form that prints whole percents writes 86 for 86.20.
     */
    static boolean matchesAsPrinted(BigDecimal declared, BigDecimal exact, RoundingPolicy.Step step) {
        int scale = Math.max(declared.stripTrailingZeros().scale(), 0);
        return scale < step.scale() && declared.compareTo(exact.setScale(scale, step.mode())) == 0;
    }
}
