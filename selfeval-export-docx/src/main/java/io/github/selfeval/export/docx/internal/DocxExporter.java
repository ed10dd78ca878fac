package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.docx.DocxStyle;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The {@code docx} exporter: the whole 自评报告 as a unit files it, as a Word document in a style given
 * by {@link DocxStyle} ({@link DocxStyle#gbt9704()} when found by {@code ServiceLoader}).
 *
 * <p>The document is built in memory and written to the stream only when complete. Stateless and
 * thread-safe: every export builds a document of its own.
 */
public final class DocxExporter implements ReportExporter {

    /** The format id. */
    public static final String ID = "docx";

    /** The media type of a Word document. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocxStyle style;

    /** The exporter with the GB/T 9704 style; the constructor {@code ServiceLoader} calls. */
    public DocxExporter() {
        this(DocxStyle.gbt9704());
    }

    /**
     * An exporter with a style of one's own; applications reach it through {@link DocxStyle#exporter()}.
     *
     * @param style the style
     */
    public DocxExporter(DocxStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public String description() {
        return "Word document (.docx), GB/T 9704-2012 layout with named styles, fonts named not embedded"
                + " (自评报告 with 自评表 and audit appendix)";
    }

    /**
     * The style this exporter writes in.
     *
     * @return the style, never null
     */
    public DocxStyle style() {
        return style;
    }

    @Override
    public void export(ScoreCard card, OutputStream out, ExportOptions options) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        byte[] docx = render(card, options);
        try {
            out.write(docx);
            out.flush();
        } catch (IOException e) {
            throw new ExportException(ID, getClass().getName(), "cannot write the document: " + e.getMessage(), e);
        }
    }

    /** Builds the whole document in memory. */
    byte[] render(ScoreCard card, ExportOptions options) {
        try {
            return new ReportDocument(card, options, style).render();
        } catch (ExportException e) {
            throw e;
        } catch (IOException | RuntimeException | LinkageError e) {
            throw ExportException.of(this, e);
        }
    }

    @Override
    public String toString() {
        return "DocxExporter[" + style + "]";
    }
}
