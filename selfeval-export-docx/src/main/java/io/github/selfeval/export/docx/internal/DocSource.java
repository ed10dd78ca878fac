package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A {@code .doc}'s main text as the label reader sees it, in the same shape as {@link DocxSource}
 * gives a {@code .docx}: tables as {@link FormGrid}s numbered from 1, non-blank paragraphs outside
 * tables numbered from 1 with their heading levels.
 *
 * <p>A {@code .doc} has no table grid: each row lists its cells by their left edge and width. The grid
 * is made of every cell edge of the table (edges within {@link #EDGE_TOLERANCE} twips of each other
 * are one), so a cell as wide as two cells of another row spans two grid columns (the horizontal
 * merge Word and LibreOffice write); the legacy merge flags ({@code fMerged}: the cell continues the
 * one before it) widen the cell before. Vertical merges are the cells' {@code fVertRestart} /
 * {@code fVertMerge} flags. Headings: the paragraph's outline level ({@code sprmPOutLvl}, which also
 * comes from its style), else its style's name and those it is based on ({@link Headings}). Field
 * codes are dropped and their results kept; line breaks are {@code \n}. A nested table's paragraphs
 * are lines of the outer cell, as in a {@code .docx}. Not thread-safe: one per read.
 */
final class DocSource {

    /** Cell edges closer than this (in twips, 1/1440 inch: here a quarter of a millimetre) are one grid line. */
    static final int EDGE_TOLERANCE = 14;
    private static final int MAX_STYLE_CHAIN = 32;
    private static final int NO_STYLE = 0x0FFF;

    private final HWPFDocument doc;
    private final ReadLimits limits;
    private final List<SourceDocument.Part> parts = new ArrayList<>();
    private int tables;
    private int paragraphs;
    private long cells;

    private DocSource(HWPFDocument doc, ReadLimits limits) {
        this.doc = doc;
        this.limits = limits;
    }

    static SourceDocument of(HWPFDocument doc, String name, ReadLimits limits) {
        DocSource s = new DocSource(doc, limits);
        Range range = doc.getRange();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (!p.isInTable()) {
                s.paragraph(p);
                continue;
            }
            if (p.getTableLevel() != 1) {
                throw new ReadException(ReadException.TOO_COMPLEX, SourceLocation.tableCell(s.tables + 1, 1, 1),
                        "the table begins with a table nested in its first cell, which cannot be followed in a"
                                + " Word 97–2003 file; save the document as .docx to read it", null);
            }
            Table t = range.getTable(p);
            s.parts.add(s.table(t));
            i += Math.max(1, t.numParagraphs()) - 1;
        }
        return new SourceDocument(name, s.parts);
    }

    private void paragraph(Paragraph p) {
        SourceLocation where = SourceLocation.paragraph(paragraphs + 1);
        BoundedText text = new BoundedText(limits.maxTextLength(), where, "paragraph");
        text.append(clean(p.text()));
        String t = text.text();
        if (t.isEmpty()) {
            return;
        }
        paragraphs++;
        parts.add(new SourceDocument.Paragraph(t, headingLevel(p), where));
    }

    private int headingLevel(Paragraph p) {
        int outline = Headings.fromOutlineLevel(p.getLvl());
        if (outline > 0) {
            return outline;
        }
        StyleSheet sheet = doc.getStyleSheet();
        if (sheet == null) {
            return 0;
        }
        Set<Integer> seen = new HashSet<>();
        int istd = p.getStyleIndex();
        while (istd >= 0 && istd < sheet.numStyles() && istd != NO_STYLE && seen.size() < MAX_STYLE_CHAIN
                && seen.add(istd)) {
            StyleDescription sd = sheet.getStyleDescription(istd);
            if (sd == null) {
                return 0;
            }
            int named = Headings.fromStyleName(sd.getName());
            if (named > 0) {
                return named;
            }
            istd = sd.getBaseStyle();
        }
        return 0;
    }

    private record Placed(int left, int right, TableGrid.Vertical vertical, TableCell cell) {
    }

    private FormGrid table(Table t) {
        if (++tables > limits.maxSheets()) {
            throw new ReadException(ReadException.TOO_LARGE, null, "the document has more than " + limits.maxSheets()
                    + " tables; at most " + limits.maxSheets() + " are read", null);
        }
        int number = tables;
        int rowCount = t.numRows();
        if (rowCount > limits.maxRows()) {
            throw new ReadException(ReadException.TOO_LARGE, SourceLocation.tableCell(number, 1, 1), "table " + number
                    + " has " + rowCount + " rows; at most " + limits.maxRows() + " are read", null);
        }
        // The rows' cells by their edges, merged flags applied.
        List<List<Placed>> rows = new ArrayList<>();
        List<Integer> edges = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            TableRow row = t.getRow(r);
            int cellCount = row.numCells();
            if (cellCount > limits.maxColumns()) {
                throw new ReadException(ReadException.TOO_LARGE, SourceLocation.tableCell(number, r + 1, 1),
                        "the row has " + cellCount + " cells; a table has at most " + limits.maxColumns() + " columns", null);
            }
            List<Placed> placed = new ArrayList<>();
            for (int c = 0; c < cellCount; c++) {
                TableCell cell = row.getCell(c);
                int left = cell.getLeftEdge();
                int right = left + Math.max(0, cell.getWidth());
                if (cell.isMerged() && !cell.isFirstMerged() && !placed.isEmpty()) {
                    Placed before = placed.remove(placed.size() - 1);
                    placed.add(new Placed(before.left(), Math.max(before.right(), right), before.vertical(), before.cell()));
                    edges.add(right);
                    continue;
                }
                TableGrid.Vertical vertical = !cell.isVerticallyMerged() ? TableGrid.Vertical.NONE
                        : cell.isFirstVerticallyMerged() ? TableGrid.Vertical.RESTART : TableGrid.Vertical.CONTINUE;
                placed.add(new Placed(left, right, vertical, cell));
                edges.add(left);
                edges.add(right);
            }
            rows.add(placed);
        }
        int[] grid = gridLines(edges);
        if (grid.length - 1 > limits.maxColumns()) {
            throw new ReadException(ReadException.TOO_LARGE, SourceLocation.tableCell(number, 1, 1), "table " + number
                    + " has " + (grid.length - 1) + " grid columns; at most " + limits.maxColumns() + " are read", null);
        }
        TableGrid g = new TableGrid(number, limits);
        for (int r = 0; r < rows.size(); r++) {
            g.row();
            int next = 0;
            for (Placed p : rows.get(r)) {
                int first = Math.max(next, line(grid, p.left()));
                int last = Math.max(first + 1, line(grid, p.right()));
                String text = cellText(p.cell(), SourceLocation.tableCell(number, r + 1, first + 1));
                if (!text.isEmpty() && ++cells > limits.maxCells()) {
                    throw new ReadException(ReadException.TOO_LARGE, null, "the document's tables have more than "
                            + limits.maxCells() + " non-empty cells", null);
                }
                g.cell(first, last - first, p.vertical(), text);
                next = last;
            }
        }
        return g.build();
    }

    /** The distinct grid lines: sorted edges, those within the tolerance of the one before dropped. */
    private static int[] gridLines(List<Integer> edges) {
        int[] sorted = edges.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] lines = new int[sorted.length];
        int n = 0;
        for (int e : sorted) {
            if (n == 0 || e - lines[n - 1] > EDGE_TOLERANCE) {
                lines[n++] = e;
            }
        }
        return Arrays.copyOf(lines, n);
    }

    /** The index of the grid line nearest an edge. */
    private static int line(int[] grid, int edge) {
        int best = 0;
        for (int i = 1; i < grid.length; i++) {
            if (Math.abs(grid[i] - edge) < Math.abs(grid[best] - edge)) {
                best = i;
            }
        }
        return best;
    }

    private String cellText(TableCell cell, SourceLocation where) {
        BoundedText text = new BoundedText(limits.maxTextLength(), where, "cell");
        int n = cell.numParagraphs();
        for (int k = 0; k < n; k++) {
            Paragraph p = cell.getParagraph(k);
            if (p.getTableLevel() - 1 > limits.maxTableNesting()) {
                throw new ReadException(ReadException.TOO_COMPLEX, where, "the cell holds tables nested more than "
                        + limits.maxTableNesting() + " deep; at most " + limits.maxTableNesting() + " are read", null);
            }
            text.append(clean(p.text()));
            text.endLine();
        }
        return text.text();
    }

    /**
     * A paragraph's text as a person reads it: field codes dropped and their results kept (fields
     * nest), line breaks as {@code \n}, paragraph, cell and page marks, object anchors and optional
     * hyphens dropped, a non-breaking hyphen as {@code -}.
     */
    static String clean(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        Deque<Boolean> fields = new ArrayDeque<>();
        boolean shown = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case 0x13 -> {
                    fields.push(false);
                    shown = false;
                    continue;
                }
                case 0x14 -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(true);
                        shown = !fields.contains(false);
                    }
                    continue;
                }
                case 0x15 -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        shown = !fields.contains(false);
                    }
                    continue;
                }
                default -> {
                }
            }
            if (!shown) {
                continue;
            }
            if (c == 0x0B) {
                sb.append('\n');
            } else if (c == 0x1E) {
                sb.append('-');
            } else if (c == '\t' || c >= 0x20) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
