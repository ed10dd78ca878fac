package io.github.selfeval.cli.internal;

import io.github.selfeval.export.LoadFailure;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.SummaryExporter;
import io.github.selfeval.export.SummaryExporters;
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
 * command reads), then the roll-up formats, and on stderr any plugin jar or provider of either kind that failed to
 * load. The first table is the export formats so that scripts reading it line by line keep working.
 */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "List the export formats found (id, extension, media type, description), the readers (id, extensions, "
                + "description: the files validate, score, export, import and batch read) and the batch roll-up "
                + "formats, and any exporter or reader that failed to load.",
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
