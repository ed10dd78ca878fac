package io.github.selfeval.export.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/** Reads a .docx the way a person reads the printed form: tables by their grid positions. */
final class DocxReading {

    private DocxReading() {
    }

    /** The table whose first row is 四、年度绩效指标完成情况. */
    static XWPFTable indicatorTable(XWPFDocument doc) {
        return tableStartingWith(doc, "四、年度绩效指标完成情况");
    }

    static XWPFTable tableStartingWith(XWPFDocument doc, String firstCell) {
        for (XWPFTable t : doc.getTables()) {
            if (t.getRow(0).getCell(0).getText().strip().equals(firstCell)) {
                return t;
            }
        }
        throw new AssertionError("no table starting with " + firstCell);
    }

    /** What a report's text looks like printed: the exporter drops control characters, a tab prints as a space. */
    static String printed(String s) {
        StringBuilder b = new StringBuilder();
        s.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
            if (cp == '\t') {
                b.append(' ');
            } else if (cp == '\n' || !(Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE
                    || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF)) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** The cell covering grid column {@code column} of a row (counting gridSpan), or null past the row's end. */
    static XWPFTableCell cellAt(XWPFTableRow row, int column) {
        int c = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            int span = span(cell);
            if (column < c + span) {
                return cell;
            }
            c += span;
        }
        return null;
    }

    static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
    }

    /** Whether the cell continues a vertical merge from the row above. */
    static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null
                || "continue".equals(pr.getVMerge().getVal().toString()));
    }

    static boolean startsMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != null
                && "restart".equals(pr.getVMerge().getVal().toString());
    }

    /** The text shown at a grid position: a merged cell's text is its first row's. */
    static String gridText(XWPFTable table, int row, int column) {
        for (int r = row; r >= 0; r--) {
            XWPFTableCell cell = cellAt(table.getRow(r), column);
            if (cell == null) {
                throw new AssertionError("row " + r + " has no grid column " + column);
            }
            if (!continuesMerge(cell)) {
                return text(cell);
            }
        }
        throw new AssertionError("a merge continued from nowhere at column " + column);
    }

    /** A cell's text, its paragraphs joined by line breaks. */
    static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        cell.getParagraphs().forEach(p -> lines.add(p.getText()));
        return String.join("\n", lines);
    }

    /** The grid's column count: the sum of the spans of row 0. */
    static int columns(XWPFTable table) {
        return table.getRow(0).getTableCells().stream().mapToInt(DocxReading::span).sum();
    }

    static BigInteger twips(Object v) {
        return new BigInteger(v.toString());
    }
}
