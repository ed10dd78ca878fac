package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A {@code .docx}'s body as the label reader sees it: its paragraphs and tables in document order.
 *
 * <ul>
 *   <li>Every top-level table is a {@link FormGrid}, numbered from 1 in document order. Its cells are
 *       placed on the table's grid: a row starts at its {@code gridBefore}, a cell covers its
 *       {@code gridSpan} columns (a horizontal merge), {@code vMerge restart} and the
 *       {@code vMerge continue} cells below it in the same grid column are one vertical region, the
 *       legacy {@code hMerge continue} widens the cell before it. A cell's text is its paragraphs'
 *       text joined with {@code \n}; numbers are text in Word, so every cell is a text cell.</li>
 *   <li>A table inside a cell is not a grid of its own and takes no table number: its cells' text,
 *       row by row and left to right, each paragraph a line, becomes lines of the outer cell, where
 *       the nested table stands. Tables nest at most {@link ReadLimits#maxTableNesting()} deep
 *       (checked before POI opens the file, {@link WordZipGuard}).</li>
 *   <li>Every non-blank body paragraph outside tables is a {@link SourceDocument.Paragraph}, numbered
 *       from 1 among the non-blank ones, with its heading level: the paragraph's own outline level,
 *       else its style's (following {@code basedOn}), where a style is a heading by its outline level or
 *       by its name ({@link Headings}); 0 for body text. A block content control's text gives
 *       paragraphs of body text, one per line.</li>
 * </ul>
 *
 * <p>Not read: headers, footers, footnotes, comments, text boxes and tables inside block content
 * controls or content-control rows (their text only, or nothing). Not thread-safe: one per read.
 */
final class DocxSource {

    private static final int MAX_STYLE_CHAIN = 32;

    private final XWPFDocument doc;
    private final ReadLimits limits;
    private final List<SourceDocument.Part> parts = new ArrayList<>();
    private int tables;
    private int paragraphs;
    private long cells;

    private DocxSource(XWPFDocument doc, ReadLimits limits) {
        this.doc = doc;
        this.limits = limits;
    }

    /**
     * The document's paragraphs and tables.
     *
     * @param doc the document
     * @param name the file's name
     * @param limits the limits
     * @return the source document
     */
    static SourceDocument of(XWPFDocument doc, String name, ReadLimits limits) {
        DocxSource s = new DocxSource(doc, limits);
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                s.paragraph(p);
            } else if (e instanceof XWPFTable t) {
                s.parts.add(s.table(t));
            } else if (e instanceof XWPFSDT sdt) {
                s.contentControl(sdt);
            }
        }
        return new SourceDocument(name, s.parts);
    }

    private void paragraph(XWPFParagraph p) {
        SourceLocation where = SourceLocation.paragraph(paragraphs + 1);
        BoundedText text = new BoundedText(limits.maxTextLength(), where, "paragraph");
        appendRuns(text, p);
        String t = text.text();
        if (t.isEmpty()) {
            return;
        }
        paragraphs++;
        parts.add(new SourceDocument.Paragraph(t, headingLevel(p), where));
    }

    private void contentControl(XWPFSDT sdt) {
        String all = sdt.getContent() == null ? "" : sdt.getContent().getText();
        if (all == null) {
            return;
        }
        for (String line : all.split("\n", -1)) {
            SourceLocation where = SourceLocation.paragraph(paragraphs + 1);
            String t = new BoundedText(limits.maxTextLength(), where, "paragraph").append(line).text();
            if (!t.isEmpty()) {
                paragraphs++;
                parts.add(new SourceDocument.Paragraph(t, 0, where));
            }
        }
    }

    private static void appendRuns(BoundedText text, XWPFParagraph p) {
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                text.append(run.text());
            } else if (r instanceof XWPFSDT sdt && sdt.getContent() != null) {
                String t = sdt.getContent().getText();
                text.append(t == null ? "" : t);
            }
        }
    }

    private int headingLevel(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.isSetOutlineLvl()) {
            return Headings.fromOutlineLevel(value(ppr.getOutlineLvl(), 9));
        }
        XWPFStyles styles = doc.getStyles();
        String id = p.getStyleID();
        if (styles == null || id == null) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        XWPFStyle style = styles.getStyle(id);
        while (style != null && seen.size() < MAX_STYLE_CHAIN && seen.add(style.getStyleId())) {
            CTPPrGeneral sp = style.getCTStyle().getPPr();
            if (sp != null && sp.isSetOutlineLvl()) {
                return Headings.fromOutlineLevel(value(sp.getOutlineLvl(), 9));
            }
            int named = Headings.fromStyleName(style.getName());
            if (named > 0) {
                return named;
            }
            String basis = style.getBasisStyleID();
            style = basis == null ? null : styles.getStyle(basis);
        }
        return 0;
    }

    private static long value(CTDecimalNumber n, long absent) {
        if (n == null || n.getVal() == null) {
            return absent;
        }
        BigInteger v = n.getVal();
        return v.bitLength() > 31 ? absent : v.longValue();
    }

    private int bounded(CTDecimalNumber n, int absent, String what, int table, int row) {
        long v = value(n, absent);
        if (v < 0) {
            return absent;
        }
        if (v > limits.maxColumns()) {
            throw new ReadException(ReadException.TOO_LARGE, SourceLocation.tableCell(table, row + 1, 1), "the row's "
                    + what + " is " + n.getVal() + " grid columns; a table has at most " + limits.maxColumns(), null);
        }
        return (int) v;
    }

    private record Placed(int column, int span, TableGrid.Vertical vertical, String text) {
    }

    private FormGrid table(XWPFTable t) {
        if (++tables > limits.maxSheets()) {
            throw new ReadException(ReadException.TOO_LARGE, null, "the document has more than " + limits.maxSheets()
                    + " tables; at most " + limits.maxSheets() + " are read", null);
        }
        int number = tables;
        List<XWPFTableRow> rows = t.getRows();
        if (rows.size() > limits.maxRows()) {
            throw new ReadException(ReadException.TOO_LARGE, SourceLocation.tableCell(number, 1, 1), "table " + number
                    + " has " + rows.size() + " rows; at most " + limits.maxRows() + " are read", null);
        }
        TableGrid grid = new TableGrid(number, limits);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            grid.row();
            CTTrPr trPr = row.getCtRow().getTrPr();
            int column = trPr == null || trPr.sizeOfGridBeforeArray() == 0 ? 0
                    : bounded(trPr.getGridBeforeArray(0), 0, "gridBefore", number, r);
            List<Placed> placed = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr == null || !pr.isSetGridSpan() ? 1 : Math.max(1, bounded(pr.getGridSpan(), 1, "cell's gridSpan", number, r));
                if ((long) column + span > limits.maxColumns()) {
                    throw new ReadException(ReadException.TOO_LARGE, SourceLocation.tableCell(number, r + 1, 1),
                            "the row is wider than " + limits.maxColumns() + " grid columns", null);
                }
                if (pr != null && pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART && !placed.isEmpty()) {
                    Placed before = placed.remove(placed.size() - 1);
                    placed.add(new Placed(before.column(), before.span() + span, before.vertical(), before.text()));
                    column += span;
                    continue;
                }
                TableGrid.Vertical vertical = TableGrid.Vertical.NONE;
                if (pr != null && pr.isSetVMerge()) {
                    vertical = pr.getVMerge().getVal() == STMerge.RESTART ? TableGrid.Vertical.RESTART
                            : TableGrid.Vertical.CONTINUE;
                }
                SourceLocation where = SourceLocation.tableCell(number, r + 1, column + 1);
                BoundedText text = new BoundedText(limits.maxTextLength(), where, "cell");
                cellText(text, cell, 0);
                placed.add(new Placed(column, span, vertical, text.text()));
                column += span;
            }
            for (Placed p : placed) {
                if (!p.text().isEmpty() && ++cells > limits.maxCells()) {
                    throw new ReadException(ReadException.TOO_LARGE, null, "the document's tables have more than "
                            + limits.maxCells() + " non-empty cells", null);
                }
                grid.cell(p.column(), p.span(), p.vertical(), p.text());
            }
        }
        return grid.build();
    }

    private void cellText(BoundedText text, XWPFTableCell cell, int nesting) {
        for (IBodyElement e : cell.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                appendRuns(text, p);
                text.endLine();
            } else if (e instanceof XWPFTable nested) {
                if (nesting + 1 > limits.maxTableNesting()) {
                    throw new ReadException(ReadException.TOO_COMPLEX, null, "table " + tables + " holds tables nested"
                            + " more than " + limits.maxTableNesting() + " deep; at most " + limits.maxTableNesting()
                            + " are read", null);
                }
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell c : row.getTableCells()) {
                        cellText(text, c, nesting + 1);
                    }
                }
            } else if (e instanceof XWPFSDT sdt && sdt.getContent() != null) {
                String t = sdt.getContent().getText();
                text.append(t == null ? "" : t);
                text.endLine();
            }
        }
    }
}
