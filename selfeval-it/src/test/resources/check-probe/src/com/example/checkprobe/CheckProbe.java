package com.example.checkprobe;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.AuditCheck;
import io.github.selfeval.scoring.AuditChecks;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.RulePack;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Lists the discovered audit checks and scores a report through the public API only, then loads a pack that
 * switches the third party's code off. Argument: REPORT.json. Prints {@code key=value} lines the test reads.
 */
public final class CheckProbe {

    private CheckProbe() {
    }

    public static void main(String[] args) {
        AuditChecks checks = AuditChecks.standard();
        System.out.println("ids=" + String.join(",", checks.ids()));
        for (AuditChecks.LoadFailure f : checks.failures()) {
            System.out.println("failure=" + f);
        }
        for (AuditCheck c : checks.all()) {
            Module m = c.getClass().getModule();
            System.out.println("module." + c.id() + "=" + (m.isNamed() ? m.getName() : "unnamed"));
        }
        System.out.println("probe.module=" + (CheckProbe.class.getModule().isNamed()
                ? CheckProbe.class.getModule().getName() : "unnamed"));
        SelfEvaluation report = SelfEvaluationJson.read(Path.of(args[0]));
        ScoreCard card = Scorer.forReport(report).score(report);
        for (Finding f : card.findings(FindingCode.of("EXAMPLE_TOTAL_NOT_WHOLE"))) {
            System.out.println("finding=" + f.severity() + " " + f.path() + " " + f.declared().orElse("-") + " "
                    + f.computed().orElse("-"));
            System.out.println("zh=" + f.message(Locale.CHINESE));
            System.out.println("en=" + f.message(Locale.ENGLISH));
        }
        for (Finding f : card.findings(FindingCode.UNIT_WRITTEN_AS_WORD).subList(0, 1)) {
            System.out.println("unit.zh=" + f.message(Locale.CHINESE));
            System.out.println("unit.en=" + f.message(Locale.ENGLISH));
        }
        String pack = "{\"id\": \"quiet\", \"name\": \"quiet\", \"catalogue\": \"2020\", \"rounding\": \"hebei\","
                + " \"scheme\": {\"presentation\": \"weighted\", \"indicatorBands\": \"standard\","
                + " \"resultBands\": \"standard\", \"budgetExecution\": {\"weight\": 10, \"cap\": 100}},"
                + " \"audit\": {\"findings\": {\"EXAMPLE_TOTAL_NOT_WHOLE\": \"off\"}}}";
        RulePack quiet = RulePacks.load(new ByteArrayInputStream(pack.getBytes(StandardCharsets.UTF_8)));
        System.out.println("quiet=" + Scorer.of(quiet).score(report).findings(FindingCode.of("EXAMPLE_TOTAL_NOT_WHOLE")).size());
    }
}
