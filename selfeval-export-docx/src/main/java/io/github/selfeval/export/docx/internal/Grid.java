package io.github.selfeval.export.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as the form prints it, independent of Word: relative column widths, and rows of cells that
 * may span columns and rows. {@link TableWriter} turns it into a Word table with {@code gridSpan} and
 * {@code vMerge}. Built once per table; not thread-safe while built.
 */
final class Grid {

    /** What a cell is, which decides its paragraph style and shading. */
    enum Kind {
        /** A block's title row, e.g. 一、基本情况: 黑体, left, shaded. */
        SECTION,
        /** A printed label: 黑体, centred. */
        LABEL,
        /** A value: 仿宋, centred. */
        VALUE,
        /** A longer text value: 仿宋, justified. */
        TEXT
    }

    /**
     * One cell.
     *
     * @param text the text, {@code \n} for a line break
     * @param columns the columns it spans, at least 1
     * @param rows the rows it spans, at least 1
     * @param kind what it is
     */
    record Cell(String text, int columns, int rows, Kind kind) {
        Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
            if (columns < 1 || rows < 1) {
                throw new IllegalArgumentException("a cell spans at least one row and column");
            }
        }
    }

    private final float[] widths;
    private final List<List<Cell>> rows = new ArrayList<>();
    private int headerRows;

    Grid(float... widths) {
        this.widths = widths.clone();
    }

    int columns() {
        return widths.length;
    }

    float[] widths() {
        return widths.clone();
    }

    List<List<Cell>> rows() {
        return rows;
    }

    /** Rows repeated at the top of every page the table runs onto. */
    int headerRows() {
        return headerRows;
    }

    Grid headerRows(int n) {
        headerRows = n;
        return this;
    }

    /** Starts a new row; the cells added next belong to it. */
    Grid row() {
        rows.add(new ArrayList<>());
        return this;
    }

    Grid add(String text, int columns, int rowSpan, Kind kind) {
        rows.get(rows.size() - 1).add(new Cell(text, columns, rowSpan, kind));
        return this;
    }

    Grid section(String text) {
        return row().add(text, columns(), 1, Kind.SECTION);
    }

    Grid label(String text, int columns, int rowSpan) {
        return add(text, columns, rowSpan, Kind.LABEL);
    }

    Grid value(String text, int columns, int rowSpan) {
        return add(text, columns, rowSpan, Kind.VALUE);
    }

    Grid text(String text, int columns, int rowSpan) {
        return add(text, columns, rowSpan, Kind.TEXT);
    }
}
