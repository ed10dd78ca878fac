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
        description = {
            "List the export formats found (id, extension, media type, description) and any exporter that failed to load.",
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
        PrintWriter err = spec.commandLine().getErr();
        if (!plugins.problems().isEmpty()) {
            err.println("plugins that could not be loaded:");
            for (Plugins.Problem p : plugins.problems()) {
                err.println("  " + p);
            }
        }
        if (!exporters.loadFailures().isEmpty()) {
            err.println("exporters that could not be loaded:");
            for (LoadFailure f : exporters.loadFailures()) {
                err.println("  " + f.provider() + ": " + f.reason());
            }
        }
        err.flush();
        out.flush();
        return 0;
    }
}
