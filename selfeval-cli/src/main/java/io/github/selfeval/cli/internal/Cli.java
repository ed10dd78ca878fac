package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ExportException;
import io.github.selfeval.model.SelfEvalException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the picocli command tree and turns every failure into one line and an exit code. */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs the command line.
     *
     * @param rawOut standard output
     * @param rawErr standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        // Names and messages reach a terminal: show escape sequences instead of obeying them.
        PrintWriter out = new PrintWriter(new TerminalSafe(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalSafe(rawErr), true);
        CommandLine cl = commandLine(out, err);
        RootCommand root = cl.getCommand();
        // The plugins are found before the command runs (unless help is asked for), so that a --plugin-path
        // naming nothing is an error whichever command is given, and their class loader is closed after it.
        cl.setExecutionStrategy(parseResult -> {
            if (!helpRequested(parseResult)) {
                Plugins plugins;
                try {
                    plugins = root.plugins();
                } catch (CliException e) {
                    return onExecutionException(e, cl, parseResult);
                }
                // 'formats' lists them itself; any other command says once what it leaves out.
                if (!(leaf(parseResult).commandSpec().userObject() instanceof FormatsCommand)) {
                    for (Plugins.Problem p : plugins.problems()) {
                        cl.getErr().println("selfeval: warning: plugin " + p + "; left out");
                    }
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands only Exceptions to the handler below; an Error (out of memory, out of stack) or a
            // failure in picocli itself arrives here, and is still one line with a code, never a JVM trace.
            return internalError(e, cl.getParseResult(), err);
        } finally {
            root.closePlugins();
            out.flush();
            err.flush();
        }
    }

    /**
     * The command tree, writing to the given streams.
     *
     * @param out standard output
     * @param err standard error
     * @return the command line, ready to execute
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Cli::onExecutionException);
        cl.setParameterExceptionHandler(Cli::onParameterException);
        HelpLayout.apply(cl, HelpLayout.terminalWidth(System.getenv("COLUMNS")));
        return cl;
    }

    private static ParseResult leaf(ParseResult parseResult) {
        ParseResult p = parseResult;
        while (p.subcommand() != null) {
            p = p.subcommand();
        }
        return p;
    }

    private static boolean helpRequested(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    private static int onParameterException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("selfeval: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int onExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        String message;
        if (ex instanceof CliException c) {
            code = c.exitCode();
            message = c.getMessage();
        } else if (ex instanceof ExportException e) {
            code = 3;
            message = e.getMessage();
        } else if (ex instanceof SelfEvalException e) {
            code = 1;
            message = e.getMessage();
        } else {
            return internalError(ex, parseResult, err);
        }
        err.println("selfeval: " + message);
        if (Debug.enabled(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static int internalError(Throwable t, ParseResult parseResult, PrintWriter err) {
        StringBuilder command = new StringBuilder();
        for (ParseResult p = parseResult; p != null && p.subcommand() != null; p = p.subcommand()) {
            command.append(p.subcommand().commandSpec().name()).append(": ");
        }
        try {
            err.println("selfeval: " + command + "internal error " + InternalErrors.describe(t));
            if (parseResult != null && Debug.enabled(parseResult)) {
                t.printStackTrace(err);
            }
            err.flush();
        } catch (RuntimeException | Error again) {
            // nothing left to report with; the exit code still says what happened
        }
        return SelfevalCli.INTERNAL_ERROR;
    }
}
