package io.github.selfeval.export;

import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A base for exporters that render a whole document into memory and then write it: it holds the
 * format's description and does the checking, the wrapping of failures and the writing, so an exporter
 * implements {@link #render(ScoreCard, ExportOptions)} alone.
 *
 * <p>{@link #export(ScoreCard, OutputStream, ExportOptions)} renders first and writes only a complete
 * document, so a failure while rendering writes nothing. Any exception (and a {@link StackOverflowError},
 * whose stack is unwound by then) thrown by {@code render} becomes an {@link ExportException} naming the
 * format and the class; an {@code ExportException} passes unchanged. A subclass is a provider like any
 * other: public no-argument constructor, stateless, thread-safe, registered in {@code META-INF/services}
 * and {@code module-info}.
 *
 * @since 0.3
 */
public abstract class DocumentExporter implements ReportExporter {

    private final String id;
    private final String mediaType;
    private final String fileExtension;
    private final String description;

    /**
     * Describes the format.
     *
     * @param id the format's id, e.g. {@code csv}: lowercase ASCII letters, digits and {@code -}
     * @param mediaType the media type of the documents, e.g. {@code text/csv}
     * @param fileExtension the usual extension, without the dot, e.g. {@code csv}
     * @param description one line saying what the format is
     */
    protected DocumentExporter(String id, String mediaType, String fileExtension, String description) {
        this.id = Objects.requireNonNull(id, "id");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.fileExtension = Objects.requireNonNull(fileExtension, "fileExtension");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String mediaType() {
        return mediaType;
    }

    @Override
    public final String fileExtension() {
        return fileExtension;
    }

    @Override
    public final String description() {
        return description;
    }

    /**
     * Renders the document, then writes it to {@code out} (not closed).
     *
     * @param card the scored report
     * @param out where to write
     * @param options how to write
     * @throws ExportException if rendering or writing fails
     */
    @Override
    public final void export(ScoreCard card, OutputStream out, ExportOptions options) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        byte[] document;
        try {
            document = render(card, options);
        } catch (Exception | LinkageError | StackOverflowError e) {
            throw ExportException.of(this, e);
        }
        if (document == null) {
            throw new ExportException(id, getClass().getName(), "render returned no document", null);
        }
        try {
            out.write(document);
            out.flush();
        } catch (IOException e) {
            throw new ExportException(id, getClass().getName(), "cannot write the document: " + e.getMessage(), e);
        }
    }

    /**
     * Renders the whole document.
     *
     * @param card the scored report, never null
     * @param options how to write, never null
     * @return the document's bytes, never null
     * @throws Exception anything; it becomes an {@link ExportException} naming this format
     */
    protected abstract byte[] render(ScoreCard card, ExportOptions options) throws Exception;

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
