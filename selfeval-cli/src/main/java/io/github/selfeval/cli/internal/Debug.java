package io.github.selfeval.cli.internal;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Whether {@code --debug} was given, and printing stack traces only then. */
final class Debug {

    private Debug() {
    }

    static boolean enabled(CommandSpec spec) {
        return enabled(spec.root().commandLine().getParseResult());
    }

    static boolean enabled(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    static void trace(CommandSpec spec, PrintWriter err, Throwable t) {
        if (enabled(spec)) {
            t.printStackTrace(err);
        }
    }
}
