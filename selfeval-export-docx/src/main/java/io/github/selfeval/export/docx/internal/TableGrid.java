package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.read.FormGrid;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts a Word table's cells on its grid, row by row, the same way for {@code .docx} and {@code .doc}:
 * a cell spanning several grid columns is a horizontal merge, a cell that starts a vertical merge and
 * the cells below it that continue it are one vertical region (both together: one rectangle). The
 * content of a continuing cell is not shown by Word and is not read. A continuing cell with nothing
 * above it to continue starts a region of its own, as Word shows it. Not thread-safe.
 */
final class TableGrid {

    /** How a cell takes part in a vertical merge. */
    enum Vertical {
        /** Not vertically merged. */
        NONE,
        /** The first cell of a vertical merge. */
        RESTART,
        /** A cell merged into the one above it. */
        CONTINUE
    }

    /** A region still open at the end of a row: it may continue down. */
    private static final class Open {
        final int firstRow;
        final int firstColumn;
        final int lastColumn;
        int lastRow;
        boolean touched;

        Open(int firstRow, int firstColumn, int lastColumn) {
            this.firstRow = firstRow;
            this.firstColumn = firstColumn;
            this.lastColumn = lastColumn;
            this.lastRow = firstRow;
        }
    }

    private final FormGrid.Builder builder;
    private final Map<Integer, Open> open = new TreeMap<>();
    private int row = -1;

    TableGrid(int tableNumber, ReadLimits limits) {
        this.builder = FormGrid.forTable(tableNumber, limits);
    }

    /** Starts the next row. */
    void row() {
        if (row >= 0) {
            endRow();
        }
        row++;
    }

    /** The current row, from 0. */
    int currentRow() {
        return row;
    }

    /**
     * Places a cell.
     *
     * @param column its first grid column, from 0
     * @param span how many grid columns it covers, at least 1
     * @param vertical its part in a vertical merge
     * @param text its text
     */
    void cell(int column, int span, Vertical vertical, String text) {
        int last = column + Math.max(1, span) - 1;
        if (vertical == Vertical.CONTINUE) {
            Open above = open.get(column);
            if (above != null && !above.touched) {
                above.lastRow = row;
                above.touched = true;
                return;
            }
        }
        builder.put(row, column, FormGrid.Cell.text(text));
        Open previous = open.remove(column);
        if (previous != null) {
            close(previous);
        }
        Open region = new Open(row, column, last);
        region.touched = true;
        if (vertical == Vertical.NONE) {
            close(region);
        } else {
            open.put(column, region);
        }
    }

    private void endRow() {
        for (Iterator<Open> it = open.values().iterator(); it.hasNext();) {
            Open o = it.next();
            if (!o.touched) {
                close(o);
                it.remove();
            } else {
                o.touched = false;
            }
        }
    }

    /** Hands a finished region to the grid (which holds it to the merge limits) if it covers more than a cell. */
    private void close(Open o) {
        if (o.lastRow > o.firstRow || o.lastColumn > o.firstColumn) {
            builder.merge(new FormGrid.Region(o.firstRow, o.firstColumn, o.lastRow, o.lastColumn));
        }
    }

    /** The grid, with every region that covers more than one cell. */
    FormGrid build() {
        for (Open o : open.values()) {
            close(o);
        }
        open.clear();
        return builder.build();
    }
}
