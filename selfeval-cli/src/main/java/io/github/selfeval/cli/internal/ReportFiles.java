package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.model.ReportValidationException;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads report files (JSON, or a filled XLSX form) and turns their problems into one-line errors. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Whether a file is a workbook rather than JSON, judged by its extension.
     *
     * @param file the file
     * @return true for {@code .xlsx} (and {@code .xls}, which the workbook reader refuses clearly)
     */
    public static boolean isWorkbook(Path file) {
        if (file.getFileName() == null) {
            return false;
        }
        // .xls too, so that an old-format workbook hears "save it as .xlsx" from the workbook reader
        // instead of a complaint about its bytes as JSON.
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    /**
     * Reads a report, without validating it.
     *
     * @param file a JSON file or a filled XLSX form
     * @return the report
     * @throws CliException with exit code 2 if the file cannot be read
     */
    public static SelfEvaluation read(Path file) {
        if (!Files.exists(file)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": is a directory, not a report file");
        }
        try {
            return isWorkbook(file) ? Workbooks.read(file) : SelfEvaluationJson.read(file);
        } catch (SelfEvalException e) {
            // JSON errors carry line:column, workbook errors sheet!cell; either way the input is unreadable.
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The violations of a report.
     *
     * @param report the report
     * @param locale the message language
     * @return the violations, empty when valid
     */
    public static List<ReportViolation> violations(SelfEvaluation report, Locale locale) {
        return SelfEvaluations.violations(report, locale);
    }

    /**
     * Reads and validates a report.
     *
     * @param file the file
     * @param locale the message language
     * @return the valid report
     * @throws CliException with exit code 2 if unreadable, 1 if invalid (one line per violation)
     */
    public static SelfEvaluation readValid(Path file, Locale locale) {
        SelfEvaluation report = read(file);
        List<ReportViolation> violations = violations(report, locale);
        if (!violations.isEmpty()) {
            throw invalid(file, violations);
        }
        return report;
    }

    /**
     * The failure for an invalid report: one line per violation, each naming the file and the path.
     *
     * @param file the file
     * @param violations the violations
     * @return the exception
     */
    public static CliException invalid(Path file, List<ReportViolation> violations) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": invalid report (").append(violations.size())
                .append(violations.size() == 1 ? " violation)" : " violations)");
        for (ReportViolation v : violations) {
            sb.append(System.lineSeparator()).append(file).append(": ").append(v);
        }
        return new CliException(SelfevalCli.INVALID_INPUT, sb.toString(),
                new ReportValidationException(violations));
    }
}
