package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selfeval import FILE.xlsx}: converts a filled 自评表 workbook to selfeval JSON. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Convert a filled 自评表 workbook (the layout 'export --format xlsx' writes, edited in Excel, WPS or "
                + "LibreOffice) to selfeval JSON, written atomically.",
            "The JSON is written even when the report breaks a rule, so that it can be fixed; the violations are "
                + "then listed and the exit code is 1.",
            "Exit 0 converted, 1 converted but invalid, 2 unreadable workbook, 3 output exists (without --force) or "
                + "cannot be written."
        })
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The filled workbook.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "report.json",
            description = "The JSON file to write (default: next to FILE, with extension .json).")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Override
    public Integer call() {
        if (!ReportFiles.isWorkbook(file)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": not an .xlsx workbook");
        }
        Path target = output != null ? output : sibling(file, ExportCommand.Formats.baseName(file) + ".json");
        if (Files.isDirectory(target)) {
            target = target.resolve(ExportCommand.Formats.baseName(file) + ".json");
        }
        AtomicOutput.checkWritable(target, force);
        SelfEvaluation report = ReportFiles.read(file);
        byte[] json = SelfEvaluationJson.toJson(report).getBytes(StandardCharsets.UTF_8);
        AtomicOutput.write(target, force, out -> out.write(json));
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + " → " + target + " (" + Describe.report(report, lang) + ")");
        out.flush();
        List<ReportViolation> violations = ReportFiles.violations(report, lang.locale());
        if (violations.isEmpty()) {
            return SelfevalCli.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(ReportFiles.invalid(file, violations).getMessage());
        err.flush();
        return SelfevalCli.INVALID_INPUT;
    }

    private static Path sibling(Path p, String name) {
        Path parent = p.getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }
}
