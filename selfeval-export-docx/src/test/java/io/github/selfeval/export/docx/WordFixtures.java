package io.github.selfeval.export.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Word documents built as a person's word processor builds them, with POI's XWPF directly (not
 * selfeval's DOCX writer): heading styles as Word names them ({@code heading 1}, with an outline
 * level) and as WPS does ({@code 标题 2}, by name only), tables with a grid, cell widths, {@code gridSpan}
 * and {@code vMerge}.
 */
final class WordFixtures {

    /** Width of one grid column, in twips. */
    static final int COLUMN = 1400;

    private WordFixtures() {
    }

    /**
     * A cell: its text (lines separated by {@code \n} become paragraphs), how many grid columns it spans,
     * and its vertical merge: {@code null}, {@code "restart"} or {@code "continue"}.
     */
    record C(String text, int span, String vmerge) {
        static C of(String text) {
            return new C(text, 1, null);
        }

        static C span(String text, int span) {
            return new C(text, span, null);
        }

        static C down(String text) {
            return new C(text, 1, "restart");
        }

        static C downSpan(String text, int span) {
            return new C(text, span, "restart");
        }

        static C cont() {
            return new C("", 1, "continue");
        }

        static C contSpan(int span) {
            return new C("", span, "continue");
        }
    }

    /** A document under construction. */
    static final class Doc {
        final XWPFDocument doc = new XWPFDocument();

        Doc() {
            XWPFStyles styles = doc.createStyles();
            // As Word writes its built-in headings: an English name whatever the UI language, and an outline level.
            styles.addStyle(style("Heading1", "heading 1", 0, null));
            styles.addStyle(style("Heading2", "heading 2", 1, null));
            // As WPS and Chinese templates often write them: a Chinese name, no outline level, based on another style.
            styles.addStyle(style("ZhHeading", "标题 2", -1, null));
            styles.addStyle(style("ZhHeading3", "MyOwn", -1, "Heading3Base"));
            styles.addStyle(style("Heading3Base", "标题3", -1, null));
            styles.addStyle(style("Title", "Title", -1, null));
        }

        private static XWPFStyle style(String id, String name, int outline, String basedOn) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId(id);
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal(name);
            if (basedOn != null) {
                s.addNewBasedOn().setVal(basedOn);
            }
            if (outline >= 0) {
                s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            }
            return new XWPFStyle(s);
        }

        Doc paragraph(String text) {
            XWPFParagraph p = doc.createParagraph();
            if (!text.isEmpty()) {
                p.createRun().setText(text);
            }
            return this;
        }

        Doc styled(String styleId, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(styleId);
            p.createRun().setText(text);
            return this;
        }

        /** A body paragraph with its own outline level (0-based, as in the file). */
        Doc outlined(int level, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
            p.createRun().setText(text);
            return this;
        }

        Doc table(int gridColumns, List<List<C>> rows) {
            XWPFTable t = doc.createTable();
            fill(t, gridColumns, rows);
            return this;
        }

        /** A table whose cell at (row, column index in the row) holds a nested table. */
        Doc tableWithNested(int gridColumns, List<List<C>> rows, int row, int cellIndex, int nestedColumns,
                List<List<C>> nested) {
            XWPFTable t = doc.createTable();
            fill(t, gridColumns, rows);
            XWPFTableCell cell = t.getRow(row).getCell(cellIndex);
            XWPFTable inner = cell.insertNewTbl(cell.getParagraphArray(0).getCTP().newCursor());
            CTTbl ct = inner.getCTTbl();
            ct.addNewTblPr();
            inner = new XWPFTable(ct, cell);
            fill(inner, nestedColumns, nested);
            // A cell must end with a paragraph; the nested table stands before the cell's paragraph.
            return this;
        }

        byte[] bytes() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                doc.write(out);
                doc.close();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void fill(XWPFTable t, int gridColumns, List<List<C>> rows) {
        CTTbl ct = t.getCTTbl();
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < gridColumns; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN));
        }
        while (t.getNumberOfRows() > 0) {
            t.removeRow(0);
        }
        for (List<C> cells : rows) {
            XWPFTableRow row = t.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            for (C c : cells) {
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                pr.addNewTcW().setW(BigInteger.valueOf((long) COLUMN * c.span()));
                pr.getTcW().setType(STTblWidth.DXA);
                if (c.span() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
                }
                if ("restart".equals(c.vmerge())) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                } else if ("continue".equals(c.vmerge())) {
                    pr.addNewVMerge();
                }
                String[] lines = c.text().split("\n", -1);
                XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphArray(0);
                for (int i = 0; i < lines.length; i++) {
                    XWPFParagraph target = i == 0 ? p : cell.addParagraph();
                    if (!lines[i].isEmpty()) {
                        target.createRun().setText(lines[i]);
                    }
                }
            }
        }
    }
}
