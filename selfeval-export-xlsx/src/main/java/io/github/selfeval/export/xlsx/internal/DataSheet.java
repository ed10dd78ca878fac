package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.internal.Styles.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The hidden 数据 sheet: the {@link Snapshot} entries, one key and value per row, so that reading the
 * workbook back restores everything the form does not show.
 *
 * <p>Column A holds the key, column B the value as text. A value longer than a cell may hold is
 * continued on following rows with the same key.
 */
final class DataSheet {
    /** Characters per cell; Excel allows 32767. */
    static final int CHUNK = 30_000;
    static final String HEADER_KEY = "键";
    static final String HEADER_VALUE = "值";
    static final String NOTE = "selfeval 读回用：自评表之外的报告内容及填报值（与公式结果不同时）。请勿修改。";

    private DataSheet() {
    }

    static void write(SXSSFWorkbook wb, Styles styles, Map<String, String> entries) {
        SXSSFSheet sheet = wb.createSheet(SheetNames.DATA);
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        SXSSFRow header = sheet.createRow(0);
        put(header, 0, HEADER_KEY, styles.get(Role.LABEL));
        put(header, 1, HEADER_VALUE, styles.get(Role.LABEL));
        put(header, 2, NOTE, styles.get(Role.PLAIN));
        int r = 1;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String v = e.getValue();
            int start = 0;
            do {
                int end = Math.min(v.length(), start + CHUNK);
                if (end < v.length() && Character.isHighSurrogate(v.charAt(end - 1))) {
                    end--;
                }
                SXSSFRow row = sheet.createRow(r++);
                put(row, 0, e.getKey(), styles.get(Role.PLAIN));
                put(row, 1, v.substring(start, end), styles.get(Role.PLAIN));
                start = end;
            } while (start < v.length());
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    private static void put(SXSSFRow row, int c, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        SXSSFCell cell = row.createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(text);
    }

    /** Concatenates continued values of a read sheet back into entries. */
    static Map<String, String> join(Iterable<String[]> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] kv : rows) {
            out.merge(kv[0], kv[1], String::concat);
        }
        return out;
    }
}
