package io.github.selfeval.export.docx;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.docx.internal.WordReading;
import io.github.selfeval.export.read.SourceDocument;
import java.io.InputStream;
import java.util.Objects;

/**
 * A Word document ({@code .docx} or {@code .doc}, told by its content) as the label reader sees it: its
 * tables as {@link io.github.selfeval.export.read.FormGrid}s and its body paragraphs with their heading
 * levels, in document order — what the {@code docx} and {@code doc} readers hand to
 * {@link io.github.selfeval.export.read.LabelledForms}. For tools that look at a document's structure
 * (a dump of its grids, a test of a form description) without reading a form from it.
 *
 * <p>Tables are numbered from 1 in document order, cells are placed on the table's grid (merged cells
 * as merged regions, every cell a text cell), a nested table's text is part of its outer cell, and
 * paragraphs are the non-blank ones outside tables, numbered from 1. The input is untrusted and held to
 * {@link ReadOptions#limits()} as the readers hold it. Stateless and thread-safe.
 *
 * @since 0.3
 */
public final class WordSources {

    private WordSources() {
    }

    /**
     * Reads a document's structure. The stream is read to its end and not closed.
     *
     * @param in the file's bytes
     * @param options the limits; the source name names the document
     * @return the tables and paragraphs, in document order
     * @throws ReadException with the codes the readers use: {@link ReadException#NOT_RECOGNISED} for a
     *     file that is not a Word document, {@link ReadException#ENCRYPTED}, {@link ReadException#CORRUPT},
     *     {@link ReadException#ZIP_BOMB}, {@link ReadException#UNSAFE_XML}, {@link ReadException#TOO_LARGE},
     *     {@link ReadException#TOO_COMPLEX}
     */
    public static SourceDocument read(InputStream in, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return WordReading.read(in, options);
    }
}
