package com.example.probe;

import io.github.selfeval.export.ExistingFile;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.LoadFailure;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.nio.file.Path;

/**
 * Lists the discovered exporters and exports a report through the public API only.
 * Arguments: REPORT.json OUTPUT FORMAT_ID. Prints {@code key=value} lines the test reads.
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) {
        ReportExporters exporters = ReportExporters.load();
        System.out.println("ids=" + String.join(",", exporters.ids()));
        for (LoadFailure f : exporters.loadFailures()) {
            System.out.println("failure=" + f);
        }
        for (ReportExporter e : exporters.all()) {
            Module m = e.getClass().getModule();
            System.out.println("module." + e.id() + "=" + (m.isNamed() ? m.getName() : "unnamed"));
        }
        System.out.println("probe.module=" + (Probe.class.getModule().isNamed() ? Probe.class.getModule().getName() : "unnamed"));
        SelfEvaluation report = SelfEvaluationJson.read(Path.of(args[0]));
        ScoreCard card = Scorer.forReport(report).score(report);
        exporters.export(card, args[2], Path.of(args[1]), ExportOptions.builder().deterministic(true).build(), ExistingFile.REFUSE);
        System.out.println("written=" + args[1]);
    }
}
