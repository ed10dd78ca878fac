package io.github.selfeval.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
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
            "  5  internal error: out of memory or stack, or a fault of selfeval (one line with a code)",
        })
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for bug reports).")
    boolean debug;

    @Option(names = "--plugin-path", scope = ScopeType.INHERIT, paramLabel = "DIR_OR_JAR[" + PATH_SEPARATOR + "...]",
            description = "Plugin jars, or folders of them, to load besides plugins/ beside the launcher and "
                + Plugins.ENV + " (repeatable).")
    List<String> pluginPath;

    /** The platform's path separator, in the help. */
    static final String PATH_SEPARATOR = "${sys:path.separator}";

    private Plugins plugins;

    /**
     * The plugins of this run, found on first use from every {@code --plugin-path} given (before or after the
     * subcommand), {@value Plugins#ENV} and the launcher's plugin folder.
     *
     * @return the plugins, never null
     * @throws CliException with exit code 2 for a {@code --plugin-path} entry that does not exist
     */
    synchronized Plugins plugins() {
        if (plugins == null) {
            List<String> values = new ArrayList<>();
            for (ParseResult p = spec.commandLine().getParseResult(); p != null; p = p.subcommand()) {
                // The strings each level matched: inherited copies of the option share one field, which keeps
                // only the last level's values.
                OptionSpec here = p.matchedOption("--plugin-path");
                if (here != null) {
                    values.addAll(here.stringValues());
                }
            }
            ClassLoader parent = Thread.currentThread().getContextClassLoader();
            if (parent == null) {
                parent = RootCommand.class.getClassLoader();
            }
            plugins = Plugins.resolve(System.getProperty(Plugins.DIR_PROPERTY), System.getenv(Plugins.ENV),
                    List.copyOf(new LinkedHashSet<>(values)), parent);
        }
        return plugins;
    }

    /**
     * The plugins of the command a subcommand belongs to.
     *
     * @param spec the subcommand's (or a mixin's command's) spec
     * @return the plugins, never null
     */
    static Plugins plugins(CommandSpec spec) {
        return ((RootCommand) spec.root().userObject()).plugins();
    }

    /** Closes the plugins' class loader, if one was made. */
    synchronized void closePlugins() {
        if (plugins != null) {
            plugins.close();
            plugins = null;
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
