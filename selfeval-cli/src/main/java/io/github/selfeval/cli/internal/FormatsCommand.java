package io.github.selfeval.cli.internal;

import io.github.selfeval.export.LoadFailure;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.SummaryExporter;
import io.github.selfeval.export.SummaryExporters;
import io.github.selfeval.scoring.AuditCheck;
import io.github.selfeval.scoring.AuditChecks;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code selfeval formats}: the export formats found on the class path, then the readers (the kinds of file every
 * command reads), then the roll-up formats, then the audit checks (id, the plugin jar or "built in", description),
 * and on stderr any plugin jar or provider of any kind that failed to load — an audit check with the jar that
 * declared it. The first table is the export formats so that scripts reading it line by line keep working.
 */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "List the export formats found (id, extension, media type, description), the readers (id, extensions, "
                + "description: the files validate, score, export, import and batch read) and the batch roll-up "
                + "formats, the audit checks, and any exporter, reader or audit check that failed to load.",
            "Plugins are the jars in plugins/ beside the launcher, in " + Plugins.ENV + " and in --plugin-path; "
                + "a jar that cannot be opened, or a provider in it that cannot be loaded, is listed on stderr and the others kept."
        })
public final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Plugins plugins = RootCommand.plugins(spec);
        ReportExporters exporters = plugins.exporters();
        ReportReaders readers = plugins.readers();
        SummaryExporters summaries = plugins.summaryExporters();
        if (exporters.all().isEmpty()) {
            out.println("no export formats found");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"id", "extension", "media type", "description"});
            for (ReportExporter e : exporters.all()) {
                rows.add(new String[] {e.id(), "." + e.fileExtension(), e.mediaType(), e.description()});
            }
            table(out, rows, new int[] {2, 9, 10});
        }
        out.println();
        if (readers.all().isEmpty()) {
            out.println("no readers found");
        } else {
            out.println("readers (input files):");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"id", "extensions", "description"});
            for (ReportReader r : readers.all()) {
                rows.add(new String[] {r.id(), r.fileExtensions().stream().map(x -> "." + x)
                        .collect(Collectors.joining(" ")), r.description()});
            }
            table(out, rows, new int[] {2, 10});
        }
        if (!summaries.all().isEmpty()) {
            out.println();
            out.println("roll-up formats (batch " + Rollup.FILE_NAME + "):");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"id", "extension", "description"});
            for (SummaryExporter s : summaries.all()) {
                rows.add(new String[] {s.id(), "." + s.fileExtension(), s.description()});
            }
            table(out, rows, new int[] {2, 9});
        }
        AuditChecks checks = plugins.checks();
        out.println();
        out.println("audit checks:");
        List<String[]> checkRows = new ArrayList<>();
        checkRows.add(new String[] {"id", "from", "description"});
        for (AuditCheck c : checks.all()) {
            String from = plugins.jarOf(AuditCheck.class.getName(), c.getClass().getName())
                    .map(j -> j.getFileName().toString()).orElse("built in");
            checkRows.add(new String[] {c.id(), from, c.description()});
        }
        table(out, checkRows, new int[] {2, 4});
        PrintWriter err = spec.commandLine().getErr();
        if (!plugins.problems().isEmpty()) {
            err.println("plugins that could not be loaded:");
            for (Plugins.Problem p : plugins.problems()) {
                err.println("  " + p);
            }
        }
        failures(err, "exporters", exporters.loadFailures());
        failures(err, "readers", readers.loadFailures());
        failures(err, "roll-up formats", summaries.loadFailures());
        if (!checks.failures().isEmpty()) {
            err.println("audit checks that could not be loaded:");
            for (AuditChecks.LoadFailure f : checks.failures()) {
                String jar = plugins.jarOf(AuditCheck.class.getName(), f.provider()).map(j -> " (" + j + ")").orElse("");
                err.println("  " + f.provider() + jar + ": " + f.reason());
            }
        }
        err.flush();
        out.flush();
        return 0;
    }

    private static void failures(PrintWriter err, String what, List<LoadFailure> failures) {
        if (!failures.isEmpty()) {
            err.println(what + " that could not be loaded:");
            for (LoadFailure f : failures) {
                err.println("  " + f.provider() + ": " + f.reason());
            }
        }
    }

    /** Rows in columns; the last column is not padded. */
    private static void table(PrintWriter out, List<String[]> rows, int[] minWidths) {
        int[] widths = minWidths.clone();
        for (String[] r : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                if (c < widths.length) {
                    sb.append(String.format("%-" + widths[c] + "s  ", r[c]));
                } else {
                    sb.append(r[c]);
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
