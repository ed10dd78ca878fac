package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.finding;
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
            out.add(new Finding(FindingCode.EXECUTION_RATE_MISSING, Severity.WARNING, "budget.declaredExecutionRate",
                    Optional.empty(), Optional.of(p(rate.get())),
                    "预算执行进度(%) 未填写；执行数 / 预算数 = " + p(rate.get()) + "%",
                    "预算执行进度 (execution rate) is blank; spent / budget gives " + p(rate.get()) + "%"));
        }
        if (declared.isPresent()) {
            BigDecimal d = declared.get().points();
            rangeCheck(d, "budget.declaredExecutionRate", "预算执行进度", "execution rate", out);
            if (rate.isPresent() && !matches(d, rate.get(), exactRate.get())
                    && matchesAsPrinted(d, exactRate.get(), rounding.rate())) {
                out.add(atPrintedPrecision("budget.declaredExecutionRate", d, rate.get()));
            } else if (rate.isPresent() && !matches(d, rate.get(), exactRate.get())) {
                out.add(finding(FindingCode.EXECUTION_RATE_MISMATCH, Severity.ERROR, "budget.declaredExecutionRate", d,
                        rate.get(), "申报的预算执行进度 " + p(d) + "% 与执行数 / 预算数 " + p(rate.get()) + "% 不符",
                        "declared execution rate " + p(d) + "% differs from spent / budget " + p(rate.get()) + "%"));
            }
        }
        exceeds(b.spent(), b.received(), "到位数", "received", FindingCode.SPENT_EXCEEDS_RECEIVED, out);
        exceeds(b.spent(), Optional.of(b.budget()), "预算数", "budget", FindingCode.SPENT_EXCEEDS_BUDGET, out);

        Overview o = r.narrative().overview();
        String op = "narrative.overview.";
        o.budgetExecutionRate().ifPresent(d -> {
            rangeCheck(d.points(), op + "budgetExecutionRate", "概况中的预算执行率", "the overview's execution rate", out);
            if (rate.isPresent() && !matches(d.points(), rate.get(), exactRate.get())
                    && !matchesAsPrinted(d.points(), exactRate.get(), rounding.rate())) {
                out.add(finding(FindingCode.OVERVIEW_RATE_MISMATCH, Severity.ERROR, op + "budgetExecutionRate",
                        d.points(), rate.get(),
                        "概况所述预算执行率 " + p(d.points()) + "% 与执行数 / 预算数 " + p(rate.get()) + "% 不符",
                        "the overview's budget execution rate " + p(d.points()) + "% differs from spent / budget "
                                + p(rate.get()) + "%"));
            }
        });
        o.projectExecutionRate().ifPresent(d -> {
            rangeCheck(d.points(), op + "projectExecutionRate", "概况中的项目执行率", "the overview's project rate", out);
            if (o.projectAmount().isPresent() && o.projectSpending().isPresent()
                    && o.projectAmount().get().signum() > 0) {
                BigDecimal exact = o.projectSpending().get().multiply(HUNDRED)
                        .divide(o.projectAmount().get(), MathContext.DECIMAL128);
                BigDecimal rounded = rounding.rate().apply(exact);
                if (!matches(d.points(), rounded, exact)) {
                    out.add(finding(FindingCode.OVERVIEW_RATE_MISMATCH, Severity.ERROR, op + "projectExecutionRate",
                            d.points(), rounded,
                            "概况所述项目执行率 " + p(d.points()) + "% 与项目支出 / 项目金额 " + p(rounded) + "% 不符",
                            "the overview's project execution rate " + p(d.points())
                                    + "% differs from project spending / amount " + p(rounded) + "%"));
                }
            }
        });
        amountCheck(o.requestedBudget(), b.budget().amount(), op + "requestedBudget", "申请预算资金", "预算数",
                "requested budget", "budget", out);
        amountCheck(o.actualSpending(), b.spent().amount(), op + "actualSpending", "实际支出", "执行数",
                "actual spending", "spent", out);
    }

    static void amountCheck(Optional<BigDecimal> stated, Optional<BigDecimal> table, String path,
            String zh, String tableZh, String en, String tableEn, List<Finding> out) {
        if (stated.isPresent() && table.isPresent() && stated.get().compareTo(table.get()) != 0) {
            out.add(finding(FindingCode.OVERVIEW_AMOUNT_MISMATCH, Severity.WARNING, path, stated.get(), table.get(),
                    "概况所述" + zh + " " + p(stated.get()) + " 与自评表" + tableZh + " " + p(table.get()) + " 不符",
                    "the overview's " + en + " " + p(stated.get()) + " differs from the table's " + tableEn + " "
                            + p(table.get())));
        }
    }

    static void exceeds(Funds spent, Optional<Funds> limit, String zh, String en, FindingCode code,
            List<Finding> out) {
        if (limit.isEmpty()) {
            return;
        }
        Funds l = limit.get();
        check(spent.amount(), l.amount(), "total", "合计", zh, en, code, out);
        check(spent.fiscal(), l.fiscal(), "fiscal", "财政资金", zh, en, code, out);
        check(spent.other(), l.other(), "other", "其他资金", zh, en, code, out);
    }

    static void check(Optional<BigDecimal> spent, Optional<BigDecimal> limit, String column, String columnZh,
            String zh, String en, FindingCode code, List<Finding> out) {
        if (spent.isPresent() && limit.isPresent() && spent.get().compareTo(limit.get()) > 0) {
            out.add(finding(code, Severity.ERROR, "budget.spent." + column, spent.get(), limit.get(),
                    "执行数（" + columnZh + "）" + p(spent.get()) + " 超过" + zh + " " + p(limit.get()),
                    "spent (" + column + ") " + p(spent.get()) + " exceeds " + en + " " + p(limit.get())));
        }
    }

    static void rangeCheck(BigDecimal v, String path, String zh, String en, List<Finding> out) {
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            out.add(new Finding(FindingCode.RATE_OUT_OF_RANGE, Severity.ERROR, path, Optional.of(p(v)),
                    Optional.empty(), zh + " " + p(v) + "% 超出 0–100% 的范围",
                    en + " " + p(v) + "% lies outside 0–100%"));
        }
    }

    static Finding atPrintedPrecision(String path, BigDecimal declared, BigDecimal computed) {
        return finding(FindingCode.RATE_AT_PRINTED_PRECISION, Severity.INFO, path, declared, computed,
                "申报的执行率 " + p(declared) + "% 是 " + p(computed) + "% 按其填写的位数舍入后的值",
                "the declared rate " + p(declared) + "% is " + p(computed) + "% at the precision it is written with");
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
