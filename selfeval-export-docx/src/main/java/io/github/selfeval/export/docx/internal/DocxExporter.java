package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.DocumentExporter;
import io.github.selfeval.export.docx.DocxStyle;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.util.Objects;

/**
 * The {@code docx} exporter: the whole 自评报告 as a unit files it, as a Word document in a style given
 * by {@link DocxStyle} ({@link DocxStyle#gbt9704()} when found by {@code ServiceLoader}).
 *
 * <p>The document is built in memory and written to the stream only when complete. Stateless and
 * thread-safe: every export builds a document of its own.
 */
public final class DocxExporter extends DocumentExporter {

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
        super(ID, MEDIA_TYPE, "docx", "Word document (.docx), GB/T 9704-2012 layout with named styles, fonts named not"
                + " embedded (自评报告 with 自评表 and audit appendix)");
        this.style = Objects.requireNonNull(style, "style");
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
    protected byte[] render(ScoreCard card, ExportOptions options) throws IOException {
        return new ReportDocument(card, options, style).render();
    }

    @Override
    public String toString() {
        return "DocxExporter[" + style + "]";
    }
}
