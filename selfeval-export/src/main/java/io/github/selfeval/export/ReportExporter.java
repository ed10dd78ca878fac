package io.github.selfeval.export;

import io.github.selfeval.scoring.ScoreCard;
import java.io.OutputStream;

/**
 * A document format a scored report can be exported to: the service interface export plugins
 * implement.
 *
 * <p>An implementation is registered twice, so that it is found on the class path and on the module
 * path alike: in {@code META-INF/services/io.github.selfeval.export.ReportExporter} and with
 * {@code provides io.github.selfeval.export.ReportExporter with ...} in its {@code module-info}. It
 * has a public no-argument constructor, is stateless and thread-safe: one instance serves every
 * export, concurrently.
 *
 * @since 0.1
 */
public interface ReportExporter {

    /**
     * The format's id: fixed, unique, lowercase ASCII letters, digits and {@code -}, e.g. {@code xlsx}.
     *
     * @return the id, never null
     */
    String id();

    /**
     * The media type of the documents written, e.g. {@code application/pdf}.
     *
     * @return the media type, never null
     */
    String mediaType();

    /**
     * The usual file extension, without the dot, e.g. {@code pdf}.
     *
     * @return the extension, never null
     */
    String fileExtension();

    /**
     * One line saying what the format is, for listings such as {@code selfeval formats}.
     *
     * @return the description, never null
     */
    String description();

    /**
     * Writes the scored report to {@code out}.
     *
     * <p>The stream is not closed. On failure the exporter throws {@link ExportException} naming its
     * format and class, with the cause; what was already written to {@code out} is then incomplete and
     * must be discarded by the caller ({@link ReportExporters#export(ScoreCard, String, java.nio.file.Path,
     * ExportOptions, ExistingFile)} does that for files).
     *
     * @param card the scored report, never null
     * @param out where to write, never null
     * @param options how to write, never null
     * @throws ExportException if the document cannot be written
     */
    void export(ScoreCard card, OutputStream out, ExportOptions options);
}
