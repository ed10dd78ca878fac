package io.github.selfeval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process with captured output. */
final class Cli {

    /** The seed report, transcribed as JSON. */
    static final Path SEED = Path.of("..", "examples", "2023-jiangezhuang.json");

    /** What one run gave. */
    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = String.valueOf(args[i]);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SelfevalCli.run(new PrintWriter(out, true), new PrintWriter(err, true), a);
        return new Result(exit, out.toString(), err.toString());
    }
}
