package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.model.ReportViolation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selfeval validate FILE}: checks every form of a file against the format's rules. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Check a report against the rules of the format. " + Help.INPUTS,
            "Prints one summary line per form and exits 0 when all are valid; prints one line 'PATH: message' per "
                + "violation (with the user's cell when the form was read from a workbook or document) and exits 1 "
                + "when one is invalid; exits 2 naming the place when the file cannot be read."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = Help.FILE)
    Path file;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Mixin
    ReadSettings reading;

    @Override
    public Integer call() {
        List<Form> forms = ReportFiles.read(file, RootCommand.plugins(spec).readers(), reading.options());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFiles.warnIssues(forms, err, lang);
        int exit = SelfevalCli.OK;
        for (Form form : forms) {
            List<ReportViolation> violations = ReportFiles.violations(form.report(), lang.locale());
            if (violations.isEmpty()) {
                out.println(form.name() + (lang == Lang.en ? ": valid — " : ": 校验通过 — ")
                        + Describe.report(form.report(), lang));
                continue;
            }
            for (ReportViolation v : violations) {
                // One form: the lines read as before ('PATH: message'); several: each names its form.
                out.println((forms.size() == 1 ? "" : form.name() + ": ") + ReportFiles.line(form, v, lang));
            }
            out.flush();
            err.println(lang == Lang.en ? form.name() + ": invalid — " + English.count(violations.size(), "violation")
                    : form.name() + ": 校验未通过 — " + violations.size() + " 处违规");
            exit = SelfevalCli.INVALID_INPUT;
        }
        out.flush();
        err.flush();
        return exit;
    }
}
