package io.github.selfeval.it.faults;

import io.github.selfeval.cli.SelfevalCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What one fault gave: the exit code and the two output streams of an in-process CLI run, or the
 * message of the exception a library call threw; and the error code the library reports for the same
 * input, when there is one to ask.
 *
 * @param exit the exit code, or null for a library call
 * @param out what went to standard output (empty for a library call)
 * @param err what went to standard error, or the exception's message for a library call
 * @param code the library's error code for the input (a {@code SelfEvalException} or violation code), or null
 */
record Run(Integer exit, String out, String err, String code) {

    /** The command lines {@link #cli} ran on this thread while recording ({@link BeforeAfter}); else null. */
    static final ThreadLocal<java.util.List<java.util.List<String>>> RECORDED =
            new ThreadLocal<>();

    /** Runs the command line in this JVM through its public entry point, capturing both streams. */
    static Run cli(String... args) {
        java.util.List<java.util.List<String>> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(java.util.List.of(args));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SelfevalCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString(), null);
    }

    /** The same run, with the library's code for its input attached. */
    Run withCode(String libraryCode) {
        return new Run(exit, out, err, libraryCode);
    }

    /** Both streams together. */
    String all() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + exit + ", library code " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
