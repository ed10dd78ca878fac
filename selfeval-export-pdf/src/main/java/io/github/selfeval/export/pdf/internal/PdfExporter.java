package io.github.selfeval.export.pdf.internal;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.DocumentExporter;
import io.github.selfeval.export.pdf.PdfStyle;
import io.github.selfeval.scoring.ScoreCard;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code pdf} exporter: the whole 自评报告 as a finance bureau would file it, in a style given by
 * {@link PdfStyle} ({@link PdfStyle#gbt9704()} when found by {@code ServiceLoader}).
 *
 * <p>The document is built in memory and written to the stream only when complete. Stateless and
 * thread-safe: every export has fonts of its own, user fonts parsed for it and the bundled font borrowed
 * from a pool (read once per JVM, never used by two documents at once).
 */
public final class PdfExporter extends DocumentExporter {

    /** The format id. */
    public static final String ID = "pdf";

    private final PdfStyle style;
    private final Function<FontRole, Optional<Path>> discovery;

    /** The exporter with the GB/T 9704 style; the constructor {@code ServiceLoader} calls. */
    public PdfExporter() {
        this(PdfStyle.gbt9704());
    }

    /**
     * An exporter with a style of one's own; applications reach it through {@link PdfStyle#exporter()}.
     *
     * @param style the style
     */
    public PdfExporter(PdfStyle style) {
        this(style, SystemFonts::find);
    }

    /** For tests: an exporter that discovers "system" fonts where it is told. */
    PdfExporter(PdfStyle style, Function<FontRole, Optional<Path>> discovery) {
        super(ID, "application/pdf", "pdf", "PDF, laid out per GB/T 9704-2012, fonts embedded (自评报告 with 自评表 and"
                + " audit appendix)");
        this.style = Objects.requireNonNull(style, "style");
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    /**
     * The style this exporter writes in.
     *
     * @return the style, never null
     */
    public PdfStyle style() {
        return style;
    }

    /**
     * Renders the document; a discovered system font that proves unusable (it lacks a character) is
     * dropped for its role and the document is rendered again with the bundled font in its place.
     */
    @Override
    protected byte[] render(ScoreCard card, ExportOptions options) {
        Set<FontRole> skip = EnumSet.noneOf(FontRole.class);
        while (true) {
            try {
                DocumentFonts fonts = DocumentFonts.load(options.fonts(), discovery, skip, options.deterministic(),
                        getClass().getName());
                try {
                    return new ReportRenderer(card, options, style, fonts).render();
                } finally {
                    fonts.release();
                }
            } catch (DocumentFonts.DiscoveredFontUnusable e) {
                if (!skip.add(e.role())) {
                    throw new ExportException(ID, getClass().getName(), e.getMessage(), e);
                }
            } catch (ExportException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                throw ExportException.of(this, unwrap(e));
            }
        }
    }

    /** OpenPDF wraps checked exceptions in ExceptionConverter; report the real cause. */
    private static Throwable unwrap(Throwable e) {
        if (e instanceof com.lowagie.text.ExceptionConverter c && c.getException() != null) {
            return c.getException();
        }
        return e;
    }

    @Override
    public String toString() {
        return "PdfExporter[" + style + "]";
    }
}
