package io.github.selfeval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.cli.SelfevalCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A failure that is nobody's input: exit 5, one line, the stack trace only with --debug. */
class InternalErrorTest {

    /** A command with a bug. */
    @Command(name = "buggy")
    static final class Buggy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.addSubcommand(new Buggy());
        // Streams and handlers reach the subcommands present when they are set: set them again.
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void anUnexpectedExceptionExitsWithTheInternalErrorCodeNotTheInvalidInputOne() {
        String[] r = run("buggy");
        assertEquals(String.valueOf(SelfevalCli.INTERNAL_ERROR), r[0], r[1]);
        assertEquals(5, SelfevalCli.INTERNAL_ERROR);
        assertTrue(r[1].startsWith("selfeval: buggy: internal error INTERNAL_ERROR: ") && r[1].contains("IllegalStateException"), r[1]);
        assertTrue(r[1].contains("--debug"), r[1]);
        assertFalse(r[1].contains("\tat "), "no stack trace without --debug: " + r[1]);

        String[] debug = run("buggy", "--debug");
        assertEquals("5", debug[0], debug[1]);
        assertTrue(debug[1].contains("\tat "), "the stack trace with --debug: " + debug[1]);
    }

    @Test
    void theHelpListsExitCodeFive() {
        StringWriter out = new StringWriter();
        Cli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help");
        assertTrue(out.toString().contains("  5  internal error"), out.toString());
    }
}
