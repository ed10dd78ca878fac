package io.github.selfeval.export.docx.internal;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a {@link Grid} as a Word table: a fixed grid of columns, horizontal merges as
 * {@code gridSpan}, vertical merges as {@code vMerge restart} followed by {@code vMerge} cells of the
 * same span in the rows below, header rows repeated on every page, rows kept whole. Borders and
 * shading are table formatting; the text's look comes from the paragraph styles.
 */
final class TableWriter {

    private final Paragraphs paragraphs;

    TableWriter(Paragraphs paragraphs) {
        this.paragraphs = paragraphs;
    }

    /**
     * Appends the table to the body.
     *
     * @param body where
     * @param grid what
     * @param widthTwips the table's width
     */
    void write(CTBody body, Grid grid, int widthTwips) {
        write(body, grid, widthTwips, Integer.MAX_VALUE);
    }

    /**
     * Appends the table to the body; a table whose estimated height fits in {@code keepTogetherTwips}
     * is kept on one page (its paragraphs keep with the next, as Word itself does it), so that a short
     * table never leaves its first rows alone at the foot of a page.
     *
     * @param body where
     * @param grid what
     * @param widthTwips the table's width
     * @param keepTogetherTwips the page's text height, or {@link Integer#MAX_VALUE} to let it break anywhere
     */
    void write(CTBody body, Grid grid, int widthTwips, int keepTogetherTwips) {
        CTTbl tbl = body.addNewTbl();
        int n = grid.columns();
        int[] cols = columnTwips(grid.widths(), widthTwips);

        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblStyle().setVal(StyleSheet.TABLE_GRID);
        pr.addNewTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(widthTwips));
        pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        CTTblBorders borders = pr.addNewTblBorders();
        border(borders.addNewTop());
        border(borders.addNewLeft());
        border(borders.addNewBottom());
        border(borders.addNewRight());
        border(borders.addNewInsideH());
        border(borders.addNewInsideV());
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid tg = tbl.addNewTblGrid();
        for (int w : cols) {
            tg.addNewGridCol().setW(BigInteger.valueOf(w));
        }

        boolean keep = keepTogetherTwips != Integer.MAX_VALUE && estimatedHeight(grid, cols) <= keepTogetherTwips;
        int[] remaining = new int[n];
        int[] span = new int[n];
        List<List<Grid.Cell>> rows = grid.rows();
        for (int r = 0; r < rows.size(); r++) {
            CTRow tr = tbl.addNewTr();
            CTTrPr trPr = tr.addNewTrPr();
            trPr.addNewCantSplit();
            if (r < grid.headerRows()) {
                trPr.addNewTblHeader();
            }
            int next = 0;
            List<Grid.Cell> cells = rows.get(r);
            for (int c = 0; c < n; ) {
                if (remaining[c] > 0) {
                    // The continuation of a cell merged from above: same position, same span.
                    int s = span[c];
                    CTTc tc = cell(tr, cols, c, s);
                    tc.getTcPr().addNewVMerge();
                    CTP p = paragraphs.cellParagraph(tc, "", Grid.Kind.VALUE);
                    if (keep && r < rows.size() - 1) {
                        Paragraphs.pPr(p).addNewKeepNext();
                    }
                    for (int k = c; k < c + s; k++) {
                        remaining[k]--;
                    }
                    c += s;
                    continue;
                }
                if (next >= cells.size()) {
                    throw new IllegalStateException("row " + r + " leaves column " + c + " of " + n + " empty");
                }
                Grid.Cell cell = cells.get(next++);
                if (c + cell.columns() > n) {
                    throw new IllegalStateException("row " + r + " overflows the grid at column " + c);
                }
                CTTc tc = cell(tr, cols, c, cell.columns());
                if (cell.rows() > 1) {
                    tc.getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    for (int k = c; k < c + cell.columns(); k++) {
                        remaining[k] = cell.rows() - 1;
                        span[k] = cell.columns();
                    }
                    span[c] = cell.columns();
                }
                if (cell.kind() == Grid.Kind.SECTION) {
                    var shd = tc.getTcPr().addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setColor("auto");
                    shd.setFill("EBEBEB");
                }
                CTP p = paragraphs.cellParagraph(tc, cell.text(), cell.kind());
                if (keep && r < rows.size() - 1) {
                    Paragraphs.pPr(p).addNewKeepNext();
                }
                c += cell.columns();
            }
            if (next != cells.size()) {
                throw new IllegalStateException("row " + r + " has " + (cells.size() - next) + " cells too many");
            }
        }
    }

    /** A rough height: each row as tall as its tallest single-row cell's wrapped text, plus padding. */
    private int estimatedHeight(Grid grid, int[] cols) {
        float line = paragraphs.tableLine();
        float size = paragraphs.tableFontTwips();
        long total = 0;
        for (List<Grid.Cell> row : grid.rows()) {
            int lines = 1;
            // Columns are consumed left to right by the cells of this row; merged continuations are
            // skipped, so widths may be attributed to the wrong cell — a safe over-estimate here.
            int c = 0;
            for (Grid.Cell cell : row) {
                int w = 0;
                for (int k = c; k < Math.min(cols.length, c + cell.columns()); k++) {
                    w += cols[k];
                }
                c += cell.columns();
                int usable = Math.max(1, w - 2 * 57);
                int cellLines = 0;
                for (String l : Texts.clean(cell.text()).split("\n", -1)) {
                    cellLines += Math.max(1, (int) Math.ceil(Texts.widthEm(l) * size / usable));
                }
                if (cell.rows() == 1) {
                    lines = Math.max(lines, cellLines);
                }
            }
            total += Math.round(lines * line + 2 * 20);
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    private static CTTc cell(CTRow tr, int[] cols, int from, int columns) {
        CTTc tc = tr.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        int w = 0;
        for (int k = from; k < from + columns; k++) {
            w += cols[k];
        }
        pr.addNewTcW().setType(STTblWidth.DXA);
        pr.getTcW().setW(BigInteger.valueOf(w));
        if (columns > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        return tc;
    }

    private static void border(CTBorder b) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
    }

    /** Relative widths to twips that add up to the table's width exactly. */
    static int[] columnTwips(float[] widths, int total) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        int[] out = new int[widths.length];
        int used = 0;
        float acc = 0;
        for (int i = 0; i < widths.length; i++) {
            acc += widths[i];
            int edge = Math.round(acc / sum * total);
            out[i] = edge - used;
            used = edge;
        }
        return out;
    }
}
