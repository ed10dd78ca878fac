package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadIssue;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.model.ReportValidationException;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluations;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads report files through the reader registry ({@link ReportReaders}: selfeval's JSON, workbooks, Word
 * documents, and any reader a plugin adds; chosen by content, then by extension) and turns their problems
 * into one-line errors.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Reads every form a file holds, without validating them.
     *
     * @param file the file
     * @param readers the readers of the run
     * @param options how to read (strict or lenient)
     * @return the forms, never empty
     * @throws CliException with exit code 2 if the file cannot be read: one line with the file, the place (the
     *     cell, line:column or zip entry), what is wrong, and the reader's code in brackets
     */
    public static List<Form> read(Path file, ReportReaders readers, ReadOptions options) {
        if (!Files.exists(file)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": is a directory, not a report file");
        }
        List<ReadReport> read;
        try {
            read = readers.read(file, options);
        } catch (ReadException e) {
            throw unreadable(file, e);
        }
        List<SelfEvaluation> reports = read.stream().map(ReadReport::report).toList();
        List<String> bases = FormNames.of(ExportCommand.Formats.baseName(file), reports);
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            forms.add(new Form(file, i + 1, read.size(), read.get(i), bases.get(i)));
        }
        return List.copyOf(forms);
    }

    /**
     * The one line for a file that cannot be read; the message already names the place.
     *
     * <p>A reader that ran out of heap is reported by the registry as {@link ReadException#TOO_COMPLEX}; the command
     * line rethrows the {@link OutOfMemoryError} instead, so that it is exit 5 with its advice (give the JVM more
     * memory, {@code -Xmx}) like every other exhausted heap: the file may well be readable with more. An exhausted
     * stack stays {@code READ_TOO_COMPLEX} (exit 2): nesting that deep is the file's.
     */
    static CliException unreadable(Path file, ReadException e) {
        if (ReadException.TOO_COMPLEX.equals(e.code()) && e.getCause() instanceof OutOfMemoryError oom) {
            throw oom;
        }
        if (ReadException.NOT_RECOGNISED.equals(e.code()) && isEmpty(file)) {
            // An empty file is of no kind at all: say that, rather than list the kinds it is not.
            return new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": the file is empty (0 bytes); nothing to read ["
                    + e.code() + "]", e);
        }
        String message = e.getMessage();
        String code = e.code();
        return new CliException(SelfevalCli.UNREADABLE_INPUT, file + ": " + message
                + (code == null || code.isEmpty() || message.contains(code) ? "" : " [" + code + "]"), e);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Prints what a lenient read left out, one warning per issue naming the form, the cell and the path.
     *
     * @param forms the forms read
     * @param err where warnings go
     * @param lang the language of the cell names
     */
    static void warnIssues(List<Form> forms, PrintWriter err, Lang lang) {
        for (Form f : forms) {
            for (ReadIssue i : f.read().issues()) {
                err.println("selfeval: warning: " + f.name() + ": " + Form.text(i.location(), lang) + " (" + i.path()
                        + "): " + i.message() + " [" + i.code() + "]; " + (lang == Lang.en ? "left out" : "未读入"));
            }
        }
        err.flush();
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
     * Checks a form, failing when it breaks a rule.
     *
     * @param form the form
     * @param lang the message language
     * @return the valid report
     * @throws CliException with exit code 1 if invalid (one line per violation, with the user's cell)
     */
    public static SelfEvaluation requireValid(Form form, Lang lang) {
        List<ReportViolation> violations = violations(form.report(), lang.locale());
        if (!violations.isEmpty()) {
            throw invalid(form, violations, lang);
        }
        return form.report();
    }

    /**
     * One violation as printed: its path, the user's cell beside it when the form was read from one, the
     * message.
     *
     * @param form the form
     * @param v the violation
     * @param lang the language
     * @return the line
     */
    static String line(Form form, ReportViolation v, Lang lang) {
        String path = v.path().isEmpty() ? "(report)" : v.path();
        return path + form.besidePath(v.path(), lang) + ": " + v.message();
    }

    /**
     * The failure for an invalid report: one line per violation, each naming the form, the path and the cell.
     *
     * @param form the form
     * @param violations the violations
     * @param lang the language of the cells
     * @return the exception
     */
    public static CliException invalid(Form form, List<ReportViolation> violations, Lang lang) {
        StringBuilder sb = new StringBuilder();
        String name = form.name();
        sb.append(name).append(": invalid report (").append(violations.size())
                .append(violations.size() == 1 ? " violation)" : " violations)");
        for (ReportViolation v : violations) {
            sb.append(System.lineSeparator()).append(name).append(": ").append(line(form, v, lang));
        }
        return new CliException(SelfevalCli.INVALID_INPUT, sb.toString(), new ReportValidationException(violations));
    }
}
