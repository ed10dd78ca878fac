package io.github.selfeval.export.internal.labels;

import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one form search runs over: a sheet, or the tables of a document that follow each other with the
 * few paragraphs around and between them (a title line, 填报单位, 说明), stacked into one column of rows.
 * A paragraph is a row of one cell. Each row knows where it came from, so every cell keeps its location
 * in the user's file.
 */
final class View {

    /** A grid or a paragraph, placed at a row of the view. */
    record Part(SourceDocument.Part part, int firstRow, int rows) {
    }

    private final List<Part> parts;
    private final int[] owner;
    private final int columns;

    private View(List<Part> parts) {
        this.parts = List.copyOf(parts);
        int rows = 0;
        int cols = 1;
        for (Part p : parts) {
            rows = Math.max(rows, p.firstRow() + p.rows());
            if (p.part() instanceof FormGrid g) {
                cols = Math.max(cols, g.columns());
            }
        }
        this.owner = new int[rows];
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            for (int r = p.firstRow(); r < p.firstRow() + p.rows(); r++) {
                owner[r] = i;
            }
        }
        this.columns = cols;
    }

    /**
     * Stacks grids and paragraphs.
     *
     * @param items the parts in document order
     * @return the view
     */
    static View of(List<? extends SourceDocument.Part> items) {
        List<Part> parts = new ArrayList<>();
        int row = 0;
        for (SourceDocument.Part p : items) {
            int n = p instanceof FormGrid g ? Math.max(1, g.rows()) : 1;
            parts.add(new Part(p, row, n));
            row += n;
        }
        return new View(parts);
    }

    List<Part> parts() {
        return parts;
    }

    int rows() {
        return owner.length;
    }

    int columns() {
        return columns;
    }

    private Part partAt(int row) {
        return parts.get(owner[row]);
    }

    /** Whether a row is a paragraph of the document rather than a table's row. */
    boolean isParagraph(int row) {
        return row >= 0 && row < owner.length && partAt(row).part() instanceof SourceDocument.Paragraph;
    }

    /** The grid a row belongs to, if it is a grid's row. */
    Optional<FormGrid> gridAt(int row) {
        if (row < 0 || row >= owner.length) {
            return Optional.empty();
        }
        return partAt(row).part() instanceof FormGrid g ? Optional.of(g) : Optional.empty();
    }

    FormGrid.Cell cell(int row, int column) {
        if (row < 0 || row >= owner.length || column < 0) {
            return FormGrid.Cell.EMPTY;
        }
        Part p = partAt(row);
        if (p.part() instanceof FormGrid g) {
            return g.cell(row - p.firstRow(), column);
        }
        SourceDocument.Paragraph para = (SourceDocument.Paragraph) p.part();
        return column == 0 ? FormGrid.Cell.text(para.text()) : FormGrid.Cell.EMPTY;
    }

    String text(int row, int column) {
        return cell(row, column).text();
    }

    /** The columns of a row's grid (1 for a paragraph). */
    int columns(int row) {
        if (row < 0 || row >= owner.length) {
            return 0;
        }
        return partAt(row).part() instanceof FormGrid g ? g.columns() : 1;
    }

    /** The merged region covering the cell, shifted to view rows, or null when the cell is not merged. */
    private FormGrid.@Nullable Region regionInView(int row, int column) {
        Part p = partAt(row);
        if (p.part() instanceof FormGrid g) {
            FormGrid.Region r = g.regionAt(row - p.firstRow(), column).orElse(null);
            if (r != null) {
                return new FormGrid.Region(r.firstRow() + p.firstRow(), r.firstColumn(), r.lastRow() + p.firstRow(),
                        r.lastColumn());
            }
        }
        return null;
    }

    /** The last column the cell's merged region covers (the column itself when not merged). */
    int lastColumn(int row, int column) {
        FormGrid.Region r = regionInView(row, column);
        return r == null ? column : r.lastColumn();
    }

    /** The last row the cell's merged region covers, within its grid. */
    int lastRow(int row, int column) {
        FormGrid.Region r = regionInView(row, column);
        return r == null ? row : r.lastRow();
    }

    /** The first row the cell's merged region covers. */
    int firstRow(int row, int column) {
        FormGrid.Region r = regionInView(row, column);
        return r == null ? row : r.firstRow();
    }

    /** The first column the cell's merged region covers. */
    int firstColumn(int row, int column) {
        FormGrid.Region r = regionInView(row, column);
        return r == null ? column : r.firstColumn();
    }

    SourceLocation location(int row, int column) {
        Part p = partAt(row);
        if (p.part() instanceof FormGrid g) {
            return g.location(row - p.firstRow(), column);
        }
        return ((SourceDocument.Paragraph) p.part()).location();
    }

    /** The grid or paragraph of a row, for messages: {@code Sheet1}, {@code table 2}. */
    String describe(int row) {
        if (row < 0 || row >= owner.length) {
            return describe();
        }
        Part p = partAt(row);
        return p.part() instanceof FormGrid g ? g.describe() : ((SourceDocument.Paragraph) p.part()).location().toString();
    }

    /** The view's grids, for messages. */
    String describe() {
        List<String> names = new ArrayList<>();
        for (Part p : parts) {
            if (p.part() instanceof FormGrid g) {
                names.add(g.describe());
            }
        }
        return names.isEmpty() ? "the document" : String.join(", ", names);
    }

    /** Every non-empty cell as row, column and text: a merged region once, at its first cell. */
    List<int[]> filled() {
        List<int[]> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.part() instanceof FormGrid g) {
                for (FormGrid.Position pos : g.filled()) {
                    out.add(new int[] {pos.row() + p.firstRow(), pos.column()});
                }
            } else if (!((SourceDocument.Paragraph) p.part()).text().isBlank()) {
                out.add(new int[] {p.firstRow(), 0});
            }
        }
        return out;
    }
}
