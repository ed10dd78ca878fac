package io.github.selfeval.cli.internal;

import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selfeval validate FILE}: checks a report against the format's rules. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Check a report (JSON, or a filled XLSX form) against the rules of the format.",
            "Prints one summary line and exits 0 when valid; prints one line 'PATH: message' per "
                + "violation and exits 1 when invalid; exits 2 naming line and column when the file is "
                + "not readable JSON."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The report: a .json file or a filled .xlsx form.")
    Path file;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Override
    public Integer call() {
        SelfEvaluation report = ReportFiles.read(file);
        List<ReportViolation> violations = ReportFiles.violations(report, lang.locale());
        PrintWriter out = spec.commandLine().getOut();
        if (violations.isEmpty()) {
            out.println(file + (lang == Lang.en ? ": valid — " : ": 校验通过 — ") + Describe.report(report, lang));
            out.flush();
            return 0;
        }
        for (ReportViolation v : violations) {
            out.println(v);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(lang == Lang.en ? file + ": invalid — " + English.count(violations.size(), "violation")
                : file + ": 校验未通过 — " + violations.size() + " 处违规");
        err.flush();
        return 1;
    }
}
