package io.github.selfeval.export.read;

import io.github.selfeval.export.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A file as the label reader sees it: its sheets or tables ({@link FormGrid}s) and, for a document, its
 * body paragraphs, in the order they appear.
 *
 * <p>A workbook is a document of grids only; a Word 自评报告 interleaves paragraphs (the narrative, with
 * its headings) and tables (the 自评表). Immutable and thread-safe.
 *
 * @param name the file's name, for messages
 * @param parts the grids and paragraphs, in document order
 * @since 0.3
 */
public record SourceDocument(String name, List<Part> parts) {

    /** A grid or a paragraph. */
    public sealed interface Part permits FormGrid, Paragraph {
    }

    /**
     * A paragraph of a document's body (outside tables).
     *
     * @param text its text, runs joined
     * @param headingLevel its outline level: 1 for a first-level heading (一、…), 2 for the next, 0 for
     *     body text; from the paragraph's style or outline level where the document sets one, else 0
     * @param location where it is
     */
    public record Paragraph(String text, int headingLevel, SourceLocation location) implements Part {

        /**
         * Checks the arguments.
         *
         * @param text its text
         * @param headingLevel its outline level, 0 for body text
         * @param location where it is
         */
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
            if (headingLevel < 0) {
                throw new IllegalArgumentException("headingLevel >= 0");
            }
        }
    }

    /**
     * Checks and copies the arguments.
     *
     * @param name the file's name
     * @param parts the grids and paragraphs
     */
    public SourceDocument {
        Objects.requireNonNull(name, "name");
        parts = List.copyOf(parts);
    }

    /**
     * The grids, in order.
     *
     * @return the grids
     */
    public List<FormGrid> grids() {
        return parts.stream().filter(FormGrid.class::isInstance).map(FormGrid.class::cast).toList();
    }

    /**
     * The paragraphs, in order.
     *
     * @return the paragraphs
     */
    public List<Paragraph> paragraphs() {
        return parts.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }
}
