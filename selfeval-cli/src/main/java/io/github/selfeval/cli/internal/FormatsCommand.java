package io.github.selfeval.cli.internal;

import io.github.selfeval.export.LoadFailure;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code selfeval formats}: the export formats found on the class path, and any that failed to load. */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the export formats found (id, extension, media type, description) and any exporter that failed to load.")
public final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportExporters exporters = ReportExporters.load();
        if (exporters.all().isEmpty()) {
            out.println("no export formats found");
        } else {
            int idWidth = 2;
            int extWidth = 9;
            int typeWidth = 10;
            for (ReportExporter e : exporters.all()) {
                idWidth = Math.max(idWidth, e.id().length());
                extWidth = Math.max(extWidth, e.fileExtension().length() + 1);
                typeWidth = Math.max(typeWidth, e.mediaType().length());
            }
            String row = "%-" + idWidth + "s  %-" + extWidth + "s  %-" + typeWidth + "s  %s%n";
            out.printf(row, "id", "extension", "media type", "description");
            for (ReportExporter e : exporters.all()) {
                out.printf(row, e.id(), "." + e.fileExtension(), e.mediaType(), e.description());
            }
        }
        if (!exporters.loadFailures().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("exporters that could not be loaded:");
            for (LoadFailure f : exporters.loadFailures()) {
                err.println("  " + f.provider() + ": " + f.reason());
            }
        }
        out.flush();
        return 0;
    }
}
