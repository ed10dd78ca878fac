package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.ScoreCardJson;
import io.github.selfeval.scoring.ScoreCardText;
import io.github.selfeval.scoring.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selfeval score FILE}: the score card of every form in a file, as a table or as JSON. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Score and audit a report: every indicator's computed score next to the declared one, the totals, the "
                + "grade and the findings; for a form read from a workbook or document each finding names the user's "
                + "cell beside its JSON path. " + Help.INPUTS,
            "Several forms: one card after another, each headed '== FILE#N …'; with --format json an array of cards.",
            "Exit 0 scored (findings or not), 1 invalid, 2 unreadable, 4 findings at or over --fail-on."
        })
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = Help.FILE)
    Path file;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    ReadSettings reading;

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
        List<Form> forms = ReportFiles.read(file, RootCommand.plugins(spec).readers(), reading.options());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFiles.warnIssues(forms, err, lang);
        if (forms.size() == 1) {
            // One form: exactly as always — an invalid report is the command's failure.
            Form form = forms.get(0);
            ReportFiles.requireValid(form, lang);
            ScoreCard card = scoring.score(form.name(), form.report());
            print(out, format == OutputFormat.json ? json(card, form) : text(card, form));
            return failOn(List.of(card), err);
        }
        List<ScoreCard> cards = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        boolean invalid = false;
        for (Form form : forms) {
            ScoreCard card;
            try {
                ReportFiles.requireValid(form, lang);
                card = scoring.score(form.name(), form.report());
            } catch (CliException e) {
                if (e.exitCode() != SelfevalCli.INVALID_INPUT) {
                    throw e;
                }
                // One bad form does not hide the others' cards.
                err.println("selfeval: " + e.getMessage());
                err.flush();
                invalid = true;
                continue;
            }
            cards.add(card);
            if (format == OutputFormat.json) {
                jsons.add(json(card, form).strip());
            } else {
                out.println("== " + form.name() + "  " + Describe.report(form.report(), lang));
                print(out, text(card, form));
                out.println();
            }
        }
        if (format == OutputFormat.json) {
            print(out, jsons.isEmpty() ? "[]" : "[\n" + String.join(",\n", jsons) + "\n]");
        }
        out.flush();
        int findings = failOn(cards, err);
        return invalid ? SelfevalCli.INVALID_INPUT : findings;
    }

    private String json(ScoreCard card, Form form) {
        return ScoreCardJson.toJson(card, lang.locale(), path -> form.cellOf(path, lang));
    }

    private String text(ScoreCard card, Form form) {
        return withCells(ScoreCardText.render(card, lang.locale()), card, form, lang);
    }

    /**
     * The card's text with the user's cell written beside each finding's path, for a form read from cells. The
     * text prints each finding as {@code CODE  PATH} in the card's order; each is found after the previous one.
     */
    static String withCells(String text, ScoreCard card, Form form, Lang lang) {
        if (form.provenance().isEmpty() || card.findings().isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        // The findings follow the table: start after the last line of the indicator table (its totals).
        int cursor = Math.max(0, text.indexOf("\n\n"));
        for (Finding f : card.findings()) {
            String cell = form.besidePath(f.path(), lang);
            String key = f.code().name() + "  " + f.path();
            int at = sb.indexOf(key, cursor);
            // indicators[1] must not be taken for the start of indicators[10]: the path ends the match.
            while (at >= 0 && at + key.length() < sb.length() && !endsPath(sb.charAt(at + key.length()))) {
                at = sb.indexOf(key, at + 1);
            }
            if (at < 0) {
                continue;
            }
            int end = at + key.length();
            if (!cell.isEmpty()) {
                sb.insert(end, cell);
            }
            cursor = end + cell.length();
        }
        return sb.toString();
    }

    private static boolean endsPath(char c) {
        return c == ' ' || c == '\n' || c == '\r';
    }

    private static void print(PrintWriter out, String rendered) {
        out.print(rendered);
        if (!rendered.endsWith("\n")) {
            out.println();
        }
        out.flush();
    }

    private int failOn(List<ScoreCard> cards, PrintWriter err) {
        if (failOn == null) {
            return SelfevalCli.OK;
        }
        long over = cards.stream().flatMap(c -> c.findings().stream()).filter(f -> atOrOver(f.severity(), failOn)).count();
        if (over > 0) {
            err.println("selfeval: " + file + ": " + English.count(over, "finding") + " at or over --fail-on " + failOn);
            err.flush();
            return SelfevalCli.FINDINGS;
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
