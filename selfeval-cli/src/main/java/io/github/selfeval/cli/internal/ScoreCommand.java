package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.ScoreCardJson;
import io.github.selfeval.scoring.ScoreCardText;
import io.github.selfeval.scoring.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selfeval score FILE}: the score card, as a table or as JSON. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Score and audit a report (JSON, or a filled XLSX form): every indicator's computed score next to "
                + "the declared one, the totals, the grade and the findings.",
            "Exit 0 scored (findings or not), 1 invalid, 2 unreadable, 4 findings at or over --fail-on."
        })
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The report: a .json file or a filled .xlsx form.")
    Path file;

    @Mixin
    ScoringOptions scoring;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: an aligned table (text) or the documented score-card JSON (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of labels and messages (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--fail-on", paramLabel = "error|warning",
            description = "Exit 4 when there are findings of this severity or worse (error; warning = warning or error).")
    FailOn failOn;

    /** The output formats. */
    enum OutputFormat { text, json }

    /** The severities --fail-on accepts. */
    enum FailOn { error, warning, info }

    @Override
    public Integer call() {
        scoring.check();
        SelfEvaluation report = ReportFiles.readValid(file, lang.locale());
        ScoreCard card = scoring.score(file, report);
        PrintWriter out = spec.commandLine().getOut();
        String rendered = format == OutputFormat.json ? ScoreCardJson.toJson(card, lang.locale())
                : ScoreCardText.render(card, lang.locale());
        out.print(rendered);
        if (!rendered.endsWith("\n")) {
            out.println();
        }
        out.flush();
        if (failOn != null) {
            long over = card.findings().stream().filter(f -> atOrOver(f.severity(), failOn)).count();
            if (over > 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("selfeval: " + file + ": " + English.count(over, "finding")
                        + " at or over --fail-on " + failOn);
                err.flush();
                return SelfevalCli.FINDINGS;
            }
        }
        return SelfevalCli.OK;
    }

    private static boolean atOrOver(Severity s, FailOn threshold) {
        return switch (threshold) {
            case error -> s == Severity.ERROR;
            case warning -> s == Severity.ERROR || s == Severity.WARNING;
            case info -> true;
        };
    }
}
