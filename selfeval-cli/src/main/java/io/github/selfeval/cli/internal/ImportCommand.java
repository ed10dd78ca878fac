package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.model.internal.IoErrors;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selfeval import FILE}: converts the forms of a filled workbook or document to selfeval JSON. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Convert a filled 自评表 — a workbook (.xlsx, .xls), a Word document (.docx, .doc) or any file a reader "
                + "plugin reads ('selfeval formats') — to selfeval JSON, written atomically.",
            "A file holding several forms needs -o DIR/ (a directory: one JSON per form, named after the file and "
                + "the form's 项目名称 or 部门名称); with -o FILE.json or no -o it is refused, naming the forms.",
            "The JSON is written even when the report breaks a rule, so that it can be fixed; the violations are "
                + "then listed (with the user's cells) and the exit code is 1.",
            "Exit 0 converted, 1 converted but invalid, 2 unreadable file (or already JSON, or several forms without "
                + "-o DIR/), 3 output exists (without --force) or cannot be written."
        })
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The filled form: .xlsx, .xls, .docx, .doc, or what a plugin reads.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "report.json|DIR/",
            description = "The JSON file to write, or a directory (an existing one, or one ending in '/', created "
                + "when missing) to write one JSON per form into (default: next to FILE, with extension .json).")
    String outputArg;

    @Option(names = "--force", description = "Replace output files that exist.")
    boolean force;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Mixin
    ReadSettings reading;

    /** The reader id of selfeval's own JSON, which there is nothing to import from. */
    static final String JSON_READER = "json";

    @Override
    public Integer call() {
        Path output = outputArg == null ? null : OutputPath.of("-o", outputArg);
        boolean directory = output != null && (Files.isDirectory(output) || OutputPath.namesDirectory(outputArg));
        if (directory && Files.exists(output) && !Files.isDirectory(output)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, "-o " + outputArg
                    + ": is a file; a name ending in '/' is a directory (an existing one, or a new one, which is created)");
        }
        if (output != null && !directory) {
            // One form into one file: refuse an existing file before reading (the file may be large).
            AtomicOutput.checkWritable(output, force);
        }
        List<Form> forms = ReportFiles.read(file, RootCommand.plugins(spec).readers(), reading.options());
        if (forms.stream().allMatch(f -> JSON_READER.equals(f.read().formId()))) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": is selfeval JSON already, not an .xlsx, .xls,"
                    + " .docx or .doc form: there is nothing to import (validate, score or export it directly)");
        }
        PrintWriter err = spec.commandLine().getErr();
        ReportFiles.warnIssues(forms, err, lang);
        if (forms.size() > 1 && !directory) {
            StringBuilder sb = new StringBuilder(file + ": holds " + forms.size() + " forms (");
            for (int i = 0; i < forms.size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(forms.get(i).name()).append(' ')
                        .append(Describe.report(forms.get(i).report(), lang));
            }
            sb.append("); give -o a directory (e.g. -o ").append(ExportCommand.Formats.baseName(file))
                    .append("/) to write one JSON per form");
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, sb.toString());
        }
        Map<Form, Path> targets = new LinkedHashMap<>();
        for (Form form : forms) {
            Path target;
            if (directory) {
                target = output.resolve(form.outputBase() + ".json");
            } else if (output != null) {
                target = output;
            } else {
                target = sibling(file, form.outputBase() + ".json");
            }
            targets.put(form, target);
        }
        // Nothing is written unless everything can be: no form's JSON replaces a file without --force.
        for (Path t : targets.values()) {
            AtomicOutput.checkWritable(t, force);
        }
        if (directory && Files.notExists(output)) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                throw new CliException(SelfevalCli.EXPORT_FAILED, "-o " + outputArg + ": cannot create the directory ("
                        + IoErrors.reason(e) + ")", e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        int exit = SelfevalCli.OK;
        // On SIGTERM or Ctrl-C the forms' JSON files written so far are removed: they land together or not at all.
        try (RunFiles files = RunFiles.outputs("import", err)) {
            for (Map.Entry<Form, Path> e : targets.entrySet()) {
                Form form = e.getKey();
                byte[] json = SelfEvaluationJson.toJson(form.report()).getBytes(StandardCharsets.UTF_8);
                if (!files.write(e.getValue(), () -> AtomicOutput.write(e.getValue(), force, o -> o.write(json)))) {
                    return files.stopped();
                }
                out.println(form.name() + " → " + e.getValue() + " (" + Describe.report(form.report(), lang) + ")");
                out.flush();
                List<ReportViolation> violations = ReportFiles.violations(form.report(), lang.locale());
                if (!violations.isEmpty()) {
                    err.println(ReportFiles.invalid(form, violations, lang).getMessage());
                    err.flush();
                    exit = SelfevalCli.INVALID_INPUT;
                }
            }
            files.finished(List.copyOf(targets.values()));
        }
        return exit;
    }

    private static Path sibling(Path p, String name) {
        Path parent = p.getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }
}
