package io.github.selfeval.cli;

import io.github.selfeval.cli.internal.Cli;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code selfeval} command line: {@code validate}, {@code score}, {@code export}, {@code import},
 * {@code formats} and {@code batch}, each with {@code --help}.
 *
 * <p>Exit codes: {@value #OK} ok, {@value #INVALID_INPUT} invalid input (a rule broken, a file that
 * failed in a batch), {@value #UNREADABLE_INPUT} unreadable input or a usage error, {@value #EXPORT_FAILED}
 * export failed (including an existing output file without {@code --force}), {@value #FINDINGS}
 * findings at or over {@code --fail-on}, {@value #INTERNAL_ERROR} an internal error (a fault of selfeval
 * or of the JVM's resources, such as running out of memory or stack; never a fault of the input). Errors are printed as one line naming the file, the field
 * (JSON path or {@code sheet!cell}) and the rule; {@code --debug} adds the stack trace.
 *
 * @since 0.1
 */
public final class SelfevalCli {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input breaks a rule of the format (validation), or some files of a batch failed. */
    public static final int INVALID_INPUT = 1;
    /** Exit code: the input cannot be read (missing file, not JSON, not a workbook), or bad options. */
    public static final int UNREADABLE_INPUT = 2;
    /** Exit code: an export failed, or its output file exists and {@code --force} was not given. */
    public static final int EXPORT_FAILED = 3;
    /** Exit code: the audit found findings at or over the severity given with {@code --fail-on}. */
    public static final int FINDINGS = 4;
    /**
     * Exit code: an internal error: selfeval failed in a way no input should cause, or the JVM ran out
     * of memory or stack ({@code OutOfMemoryError}, {@code StackOverflowError}).
     *
     * @since 0.2
     */
    public static final int INTERNAL_ERROR = 5;

    private SelfevalCli() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments, e.g. {@code validate report.json}
     */
    public static void main(String... args) {
        // POI logs through the Log4j API, which complains on stderr when no backend is present. A command
        // line has nothing to log: use the API's own simple provider, switched off, unless told otherwise.
        if (System.getProperty("log4j2.provider") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in this JVM, writing to the given streams, and returns the exit code.
     *
     * <p>Never calls {@link System#exit(int)}; safe to call repeatedly and from several threads.
     *
     * @param out where results go (standard output), never null
     * @param err where errors and progress go (standard error), never null
     * @param args the arguments, never null
     * @return the exit code, one of the constants of this class
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        return Cli.execute(out, err, args);
    }
}
