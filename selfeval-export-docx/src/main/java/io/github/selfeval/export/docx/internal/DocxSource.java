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
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
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
 *       by its name ({@link Headings}); 0 for body text.</li>
 *   <li>Content controls ({@code w:sdt}) and custom XML elements ({@code w:customXml}) are looked
 *       into wherever they stand — around paragraphs and tables, rows or cells — so that what they hold
 *       is read where it stands; inline ones give their text to their paragraph.</li>
 * </ul>
 *
 * <p>Not read: headers, footers, footnotes, comments and text boxes. Not thread-safe: one per read.
 */
final class DocxSource {

    private static final int MAX_STYLE_CHAIN = 32;
    private static final Set<String> WORD_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");

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
        s.body(doc.getDocument().getBody());
        return new SourceDocument(name, s.parts);
    }

    /**
     * The block-level children of a body, a content control's content or a custom XML element, in order:
     * paragraphs and tables, with content controls ({@code w:sdt}) and custom XML ({@code w:customXml})
     * looked into, so that a table inside one is a table like any other.
     */
    private void body(XmlObject parent) {
        for (XmlObject child : children(parent)) {
            switch (name(child)) {
                case "p" -> paragraph(new XWPFParagraph((CTP) child, doc));
                case "tbl" -> parts.add(table((CTTbl) child));
                case "sdt" -> content(child).ifPresent(this::body);
                case "customXml" -> body(child);
                default -> {
                }
            }
        }
    }

    /** The element children of an element, in document order. */
    static List<XmlObject> children(XmlObject parent) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor c = parent.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                out.add(c.getObject());
            }
        }
        return out;
    }

    static String name(XmlObject o) {
        try (XmlCursor c = o.newCursor()) {
            QName q = c.getName();
            return q == null || !WORD_NAMESPACES.contains(q.getNamespaceURI()) ? "" : q.getLocalPart();
        }
    }

    /** A content control's {@code w:sdtContent}. */
    static java.util.Optional<XmlObject> content(XmlObject sdt) {
        for (XmlObject child : children(sdt)) {
            if (name(child).equals("sdtContent")) {
                return java.util.Optional.of(child);
            }
        }
        return java.util.Optional.empty();
    }

    /** The elements of a local name among the children, looking through content controls and custom XML. */
    static List<XmlObject> flatten(XmlObject parent, String local) {
        List<XmlObject> out = new ArrayList<>();
        for (XmlObject child : children(parent)) {
            String n = name(child);
            if (n.equals(local)) {
                out.add(child);
            } else if (n.equals("sdt")) {
                content(child).ifPresent(c -> out.addAll(flatten(c, local)));
            } else if (n.equals("customXml")) {
                out.addAll(flatten(child, local));
            }
        }
        return out;
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

    private FormGrid table(CTTbl t) {
        if (++tables > limits.maxSheets()) {
            throw new ReadException(ReadException.TOO_LARGE, null, "the document has more than " + limits.maxSheets()
                    + " tables; at most " + limits.maxSheets() + " are read", null);
        }
        int number = tables;
        List<XmlObject> rows = flatten(t, "tr");
        if (rows.size() > limits.maxRows()) {
            throw new ReadException(ReadException.TOO_LARGE, SourceLocation.tableCell(number, 1, 1), "table " + number
                    + " has " + rows.size() + " rows; at most " + limits.maxRows() + " are read", null);
        }
        TableGrid grid = new TableGrid(number, limits);
        for (int r = 0; r < rows.size(); r++) {
            CTRow row = (CTRow) rows.get(r);
            grid.row();
            CTTrPr trPr = row.getTrPr();
            int column = trPr == null || trPr.sizeOfGridBeforeArray() == 0 ? 0
                    : bounded(trPr.getGridBeforeArray(0), 0, "gridBefore", number, r);
            List<Placed> placed = new ArrayList<>();
            for (XmlObject o : flatten(row, "tc")) {
                CTTc cell = (CTTc) o;
                CTTcPr pr = cell.getTcPr();
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

    /** A cell's (or a content control's) paragraphs and nested tables, in order, as lines. */
    private void cellText(BoundedText text, XmlObject container, int nesting) {
        for (XmlObject e : children(container)) {
            switch (name(e)) {
                case "p" -> {
                    appendRuns(text, new XWPFParagraph((CTP) e, doc));
                    text.endLine();
                }
                case "tbl" -> {
                    if (nesting + 1 > limits.maxTableNesting()) {
                        throw new ReadException(ReadException.TOO_COMPLEX, null, "table " + tables + " holds tables"
                                + " nested more than " + limits.maxTableNesting() + " deep; at most "
                                + limits.maxTableNesting() + " are read", null);
                    }
                    for (XmlObject row : flatten(e, "tr")) {
                        for (XmlObject c : flatten(row, "tc")) {
                            cellText(text, c, nesting + 1);
                        }
                    }
                }
                case "sdt" -> {
                    java.util.Optional<XmlObject> c = content(e);
                    if (c.isPresent()) {
                        cellText(text, c.get(), nesting);
                    }
                }
                case "customXml" -> cellText(text, e, nesting);
                default -> {
                }
            }
        }
    }
}
