package io.github.selfeval.export;

import java.io.OutputStream;

/**
 * A format for a batch's roll-up (汇总): one row per report, statistics, the files that failed — the
 * service interface behind {@code selfeval batch}'s {@code 汇总.xlsx}, so that the command line needs no
 * spreadsheet library of its own.
 *
 * <p>Registered like a {@link ReportExporter}: in
 * {@code META-INF/services/io.github.selfeval.export.SummaryExporter} and with {@code provides} in its
 * {@code module-info}; found through {@link SummaryExporters}. A public no-argument constructor; stateless
 * and thread-safe.
 *
 * @since 0.3
 */
public interface SummaryExporter {

    /**
     * The format's id: fixed, unique among summary exporters, lowercase, e.g. {@code xlsx}.
     *
     * @return the id, never null
     */
    String id();

    /**
     * One line saying what the format is, for listings such as {@code selfeval formats}.
     *
     * @return the description, never null
     */
    String description();

    /**
     * The file extension without the dot, e.g. {@code xlsx}.
     *
     * @return the extension, never null
     */
    String fileExtension();

    /**
     * Writes a roll-up; the stream is not closed. Memory stays bounded however many rows the summary
     * gives: an implementation streams them.
     *
     * @param summary the rows and failures
     * @param out where to write
     * @param options the locale and determinism of the output
     * @throws ExportException if the document cannot be made or written
     */
    void export(Summary summary, OutputStream out, ExportOptions options);
}
