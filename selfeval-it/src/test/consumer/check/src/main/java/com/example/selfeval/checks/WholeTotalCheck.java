package com.example.selfeval.checks;

import io.github.selfeval.scoring.AuditCheck;
import io.github.selfeval.scoring.AuditContext;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.FindingMessages;
import io.github.selfeval.scoring.FindingSink;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A province whose forms print whole-number totals: a declared 自评得分 with decimals is worth a look. */
public final class WholeTotalCheck implements AuditCheck {

    /** The check's one code. */
    public static final FindingCode TOTAL_NOT_WHOLE = FindingCode.of("EXAMPLE_TOTAL_NOT_WHOLE");

    private static final FindingMessages MESSAGES = FindingMessages.of(
            name -> WholeTotalCheck.class.getResourceAsStream(name), "/com/example/selfeval/checks/messages");

    /** The service loader's constructor. */
    public WholeTotalCheck() {
    }

    @Override
    public String id() {
        return "example-whole-total";
    }

    @Override
    public String description() {
        return "the declared total is a whole number, as this province's forms print it";
    }

    @Override
    public List<FindingCode> codes() {
        return List.of(TOTAL_NOT_WHOLE);
    }

    @Override
    public void check(AuditContext context, FindingSink sink) {
        Optional<BigDecimal> declared = context.report().declaredTotalScore();
        BigDecimal computed = context.totalScore();
        String shown = declared.map(BigDecimal::toPlainString).orElse("-");
        boolean whole = declared.isPresent() && declared.get().stripTrailingZeros().scale() <= 0;
        // Reported for every report, so that the probe sees the check run; INFO when whole.
        sink.report(MESSAGES.finding(TOTAL_NOT_WHOLE, whole ? Severity.INFO : Severity.WARNING, "declaredTotalScore",
                Optional.of(shown), Optional.of(computed.toPlainString()), "EXAMPLE_TOTAL_NOT_WHOLE", shown,
                computed.toPlainString()));
    }
}
