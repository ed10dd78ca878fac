package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.Provenance;
import io.github.selfeval.export.xlsx.internal.Styles.Mark;
import io.github.selfeval.export.xlsx.internal.Styles.Role;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the 审核 sheet — one row per audit finding — and fills the 自评表 cells the findings point
 * at (red for errors, yellow for warnings, blue for notes; the most severe finding wins).
 *
 * <p>When the report was read from the user's own file (a {@link Provenance} in the export options), a last
 * column 原表位置 names the cell of that file each finding's value came from ({@code Sheet1!H14}, or
 * {@code 表2第7行第5列} for a Word table), as plain text: a link into another file ({@code file:…#Sheet1!H14})
 * depends on where the two files end up, so none is written.
 */
final class AuditSheet {
    static final String[] HEADERS = {"序号", "代码", "严重程度", "位置", "单元格", "填报值", "计算值", "说明"};
    private static final int[] WIDTHS = {6, 30, 10, 36, 12, 14, 14, 70};
    /** The header of the column naming the user's own cell, written only for a report read from a file. */
    static final String SOURCE_HEADER = "原表位置";
    private static final int SOURCE_WIDTH = 24;

    private AuditSheet() {
    }

    static void write(SXSSFWorkbook wb, Styles styles, FormWriter form, List<Finding> findings, Locale locale,
            Provenance provenance) {
        SXSSFSheet sheet = wb.createSheet(SheetNames.AUDIT);
        boolean sources = !provenance.isEmpty();
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 128);
        }
        if (sources) {
            sheet.setColumnWidth(HEADERS.length, SOURCE_WIDTH * 256 + 128);
        }
        SXSSFRow header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            SXSSFCell cell = header.createCell(c);
            cell.setCellValue(HEADERS[c]);
            cell.setCellStyle(styles.get(Role.LABEL));
        }
        if (sources) {
            SXSSFCell cell = header.createCell(HEADERS.length);
            cell.setCellValue(SOURCE_HEADER);
            cell.setCellStyle(styles.get(Role.LABEL));
        }
        boolean en = "en".equals(locale.getLanguage());
        sheet.createFreezePane(0, 1);
        Map<CellAddress, Severity> marked = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            SXSSFRow row = sheet.createRow(i + 1);
            Optional<CellAddress> target = form.cellOf(f.path());
            put(row, 0, Integer.toString(i + 1), styles, Role.CENTER);
            put(row, 1, f.code().name(), styles, Role.TEXT);
            put(row, 2, severity(f.severity(), locale), styles, Role.CENTER);
            put(row, 3, f.path(), styles, Role.TEXT);
            SXSSFCell where = put(row, 4, target.map(a -> SheetNames.FORM + "!" + a.formatAsString()).orElse("—"),
                    styles, Role.CENTER);
            if (target.isPresent()) {
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + SheetNames.FORM + "'!" + target.get().formatAsString());
                where.setHyperlink(link);
                marked.merge(target.get(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            put(row, 5, f.declared().orElse(null), styles, Role.CENTER);
            put(row, 6, f.computed().orElse(null), styles, Role.CENTER);
            put(row, 7, f.message(locale), styles, Role.TEXT);
            if (sources) {
                put(row, HEADERS.length, provenance.locate(f.path()).map(l -> en ? l.toString() : l.toChinese())
                        .orElse("—"), styles, Role.CENTER);
            }
            int lines = Math.max(TextWidth.lines(f.message(locale), WIDTHS[7]), TextWidth.lines(f.path(), WIDTHS[3]));
            row.setHeightInPoints((float) Math.min(409, Math.max(18, lines * 13.5 + 6)));
        }
        SXSSFSheet formSheet = form.sheet();
        for (Map.Entry<CellAddress, Severity> e : marked.entrySet()) {
            SXSSFCell cell = formSheet.getRow(e.getKey().getRow()).getCell(e.getKey().getColumn());
            Styles.Key key = styles.keyOf(cell.getCellStyle());
            Role role = key == null ? Role.TEXT : key.role();
            boolean quoted = key != null && key.quoted();
            cell.setCellStyle(styles.get(new Styles.Key(role, mark(e.getValue()), quoted)));
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf(sources ? "A1:I1" : "A1:H1"));
    }

    static Mark mark(Severity s) {
        return switch (s) {
            case ERROR -> Mark.ERROR;
            case WARNING -> Mark.WARNING;
            case INFO -> Mark.INFO;
        };
    }

    static String severity(Severity s, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return switch (s) {
                case ERROR -> "Error";
                case WARNING -> "Warning";
                case INFO -> "Info";
            };
        }
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    private static SXSSFCell put(SXSSFRow row, int c, String text, Styles styles, Role role) {
        SXSSFCell cell = row.createCell(c);
        boolean quoted = text != null && FormWriter.isFormulaLike(text);
        cell.setCellStyle(styles.get(new Styles.Key(role, Mark.NONE, quoted)));
        if (text != null) {
            cell.setCellValue(text);
        }
        return cell;
    }
}
