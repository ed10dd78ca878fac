package io.github.selfeval.scoring.internal.checks;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Funds;
import io.github.selfeval.scoring.AuditCheck;
import io.github.selfeval.scoring.AuditContext;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.FindingMessages;
import io.github.selfeval.scoring.FindingSink;
import io.github.selfeval.scoring.Severity;
import io.github.selfeval.scoring.internal.Findings;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Each funds column's 合计 / 年度资金总额 must be the sum of the parts written under it
 * ({@link FindingCode#FUNDS_TOTAL_NOT_SUM_OF_PARTS}). A column whose total or parts are all blank says nothing.
 */
public final class FundsPartsCheck implements AuditCheck {

    private static final FindingMessages MESSAGES = FindingMessages.standard();

    /** Creates the check (the service loader's constructor). */
    public FundsPartsCheck() {
    }

    @Override
    public String id() {
        return "funds-parts";
    }

    @Override
    public String description() {
        return "each funds column's total (合计 / 年度资金总额) is the sum of its parts (财政, 结转, 其他 …)";
    }

    @Override
    public void check(AuditContext context, FindingSink sink) {
        BudgetExecution b = context.report().budget();
        b.initialBudget().ifPresent(f -> column("initialBudget", f, sink));
        column("budget", b.budget(), sink);
        b.received().ifPresent(f -> column("received", f, sink));
        column("spent", b.spent(), sink);
    }

    private static void column(String id, Funds funds, FindingSink sink) {
        if (funds.total().isEmpty()) {
            return;
        }
        Optional<BigDecimal> parts = funds.partsSum();
        BigDecimal total = funds.total().get();
        if (parts.isEmpty() || parts.get().compareTo(total) == 0) {
            return;
        }
        String t = Findings.p(total);
        String s = Findings.p(parts.get());
        sink.report(new io.github.selfeval.scoring.Finding(FindingCode.FUNDS_TOTAL_NOT_SUM_OF_PARTS, Severity.ERROR,
                "budget." + id + ".total", Optional.of(t), Optional.of(s),
                MESSAGES.text(Locale.CHINESE, FindingCode.FUNDS_TOTAL_NOT_SUM_OF_PARTS.name(),
                        MESSAGES.text(Locale.CHINESE, "column." + id), t, s),
                MESSAGES.text(Locale.ENGLISH, FindingCode.FUNDS_TOTAL_NOT_SUM_OF_PARTS.name(),
                        MESSAGES.text(Locale.ENGLISH, "column." + id), t, s)));
    }
}
