package io.github.selfeval.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code selfeval}: the top command; without a subcommand it prints the usage. */
@Command(name = "selfeval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Validate, score, audit and export 绩效自评 (budget performance self-evaluation) reports.",
        subcommands = {
            ValidateCommand.class,
            ScoreCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            BatchCommand.class,
            FormatsCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  invalid input (a rule of the format broken; in a batch: some files failed)",
            "  2  unreadable input (no such file, not JSON, not a workbook) or bad options",
            "  3  export failed (or the output exists and --force was not given)",
            "  4  findings at or over --fail-on",
            "  5  internal error (a bug: please report it with the --debug output)",
        })
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for bug reports).")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
