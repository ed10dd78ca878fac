package io.github.selfeval.cli.internal;

import io.github.selfeval.model.Grade;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The batch roll-up 汇总.xlsx: one row per report sorted by 自评得分 (highest first), the grade
 * distribution and averages, and the files that failed.
 *
 * <p>Rows are kept as small {@link RollupRow}s, sorted in bounded memory ({@link RollupSorter}), and
 * written with POI's streaming SXSSF, which keeps only a window of rows in memory. Not thread-safe:
 * the batch's coordinating thread adds rows as reports complete.
 */
public final class Rollup implements Closeable {

    /** The roll-up's file name. */
    public static final String FILE_NAME = "汇总.xlsx";
    /** The sheet of rows. */
    public static final String SHEET_ROWS = "汇总";
    /** The sheet of statistics. */
    public static final String SHEET_STATS = "统计";
    /** The sheet of failed files. */
    public static final String SHEET_FAILED = "失败文件";

    /** The column headers of sheet {@value #SHEET_ROWS}. */
    public static final List<String> HEADERS = List.of("序号", "部门名称", "项目名称", "年度", "表单", "规则包",
            "自评得分", "等级", "预算执行率(%)", "错误", "警告", "提示", "文件");

    private static final int[] WIDTHS = {6, 28, 28, 7, 18, 10, 10, 6, 13, 6, 6, 6, 48};

    private final RollupSorter sorter;
    private final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
    private final List<String[]> failures = new ArrayList<>();
    private BigDecimal scoreSum = BigDecimal.ZERO;
    private BigDecimal rateSum = BigDecimal.ZERO;
    private long rateCount;
    private BigDecimal max;
    private BigDecimal min;
    private long errors;
    private long warnings;
    private long infos;

    /** A roll-up holding up to {@link RollupSorter#DEFAULT_CHUNK} rows in memory at a time. */
    public Rollup() {
        this(RollupSorter.DEFAULT_CHUNK);
    }

    /**
     * A roll-up holding up to {@code chunk} rows in memory at a time.
     *
     * @param chunk the rows per sorted run
     */
    public Rollup(int chunk) {
        sorter = new RollupSorter(chunk);
    }

    /**
     * Adds a scored report.
     *
     * @param row its roll-up row
     */
    public void add(RollupRow row) {
        sorter.add(row);
        grades.merge(row.grade(), 1L, Long::sum);
        scoreSum = scoreSum.add(row.totalScore());
        max = max == null || row.totalScore().compareTo(max) > 0 ? row.totalScore() : max;
        min = min == null || row.totalScore().compareTo(min) < 0 ? row.totalScore() : min;
        if (row.budgetExecutionRate() != null) {
            rateSum = rateSum.add(row.budgetExecutionRate());
            rateCount++;
        }
        errors += row.errors();
        warnings += row.warnings();
        infos += row.infos();
    }

    /**
     * Adds a file that failed.
     *
     * @param file the file
     * @param error the one-line error
     */
    public void addFailure(String file, String error) {
        failures.add(new String[] {file, error.length() > 2_000 ? error.substring(0, 2_000) + "…" : error});
    }

    /**
     * The number of reports added.
     *
     * @return the count
     */
    public long count() {
        return sorter.count();
    }

    /**
     * Writes the workbook atomically.
     *
     * @param target the file, usually {@code OUT/汇总.xlsx}
     * @param force whether an existing file may be replaced
     */
    public void write(Path target, boolean force) {
        AtomicOutput.write(target, force, this::writeTo);
    }

    private void writeTo(OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            Styles s = new Styles(wb);
            writeRows(wb, s);
            writeStats(wb, s);
            if (!failures.isEmpty()) {
                writeFailures(wb, s);
            }
            wb.write(out);
        } finally {
            // close() also deletes SXSSF's temporary files (dispose() is deprecated for that since POI 5).
            wb.close();
        }
    }

    private void writeRows(SXSSFWorkbook wb, Styles s) {
        SXSSFSheet sheet = wb.createSheet(SHEET_ROWS);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        Row title = sheet.createRow(0);
        text(title, 0, "绩效自评汇总（按自评得分从高到低）", s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
        Row header = sheet.createRow(1);
        for (int i = 0; i < HEADERS.size(); i++) {
            text(header, i, HEADERS.get(i), s.header);
        }
        sheet.createFreezePane(0, 2);
        int[] next = {2};
        sorter.forEachSorted(r -> {
            Row row = sheet.createRow(next[0]);
            number(row, 0, next[0] - 1, s.integer);
            text(row, 1, r.department(), s.text);
            text(row, 2, r.project(), s.text);
            number(row, 3, r.year(), s.integer);
            text(row, 4, r.kind(), s.text);
            text(row, 5, r.pack(), s.text);
            decimal(row, 6, r.totalScore(), s.decimal);
            text(row, 7, r.grade().label(), s.center);
            if (r.budgetExecutionRate() != null) {
                decimal(row, 8, r.budgetExecutionRate(), s.decimal);
            } else {
                text(row, 8, "", s.text);
            }
            number(row, 9, r.errors(), s.integer);
            number(row, 10, r.warnings(), s.integer);
            number(row, 11, r.infos(), s.integer);
            text(row, 12, r.file(), s.text);
            next[0]++;
        });
        if (next[0] > 2) {
            sheet.setAutoFilter(new CellRangeAddress(1, next[0] - 1, 0, HEADERS.size() - 1));
        }
    }

    private void writeStats(SXSSFWorkbook wb, Styles s) {
        Sheet sheet = wb.createSheet(SHEET_STATS);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        int r = 0;
        Row title = sheet.createRow(r++);
        text(title, 0, "统计", s.title);
        long n = sorter.count();
        r = stat(sheet, r, "报告数（成功）", n, s);
        r = stat(sheet, r, "失败文件数", failures.size(), s);
        Row avg = sheet.createRow(r++);
        text(avg, 0, "平均自评得分", s.header);
        if (n > 0) {
            decimal(avg, 1, scoreSum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), s.decimal);
        }
        Row hi = sheet.createRow(r++);
        text(hi, 0, "最高自评得分", s.header);
        if (max != null) {
            decimal(hi, 1, max, s.decimal);
        }
        Row lo = sheet.createRow(r++);
        text(lo, 0, "最低自评得分", s.header);
        if (min != null) {
            decimal(lo, 1, min, s.decimal);
        }
        Row rate = sheet.createRow(r++);
        text(rate, 0, "平均预算执行率(%)", s.header);
        if (rateCount > 0) {
            decimal(rate, 1, rateSum.divide(BigDecimal.valueOf(rateCount), 2, RoundingMode.HALF_UP), s.decimal);
        }
        r++;
        Row gh = sheet.createRow(r++);
        text(gh, 0, "等级分布", s.header);
        text(gh, 1, "报告数", s.header);
        text(gh, 2, "占比(%)", s.header);
        for (Grade g : Grade.values()) {
            long c = grades.getOrDefault(g, 0L);
            Row gr = sheet.createRow(r++);
            text(gr, 0, g.label(), s.center);
            number(gr, 1, c, s.integer);
            decimal(gr, 2, n == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(c * 100).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), s.decimal);
        }
        r++;
        Row fh = sheet.createRow(r++);
        text(fh, 0, "审核发现", s.header);
        text(fh, 1, "合计", s.header);
        r = stat(sheet, r, "错误", errors, s);
        r = stat(sheet, r, "警告", warnings, s);
        stat(sheet, r, "提示", infos, s);
    }

    private static int stat(Sheet sheet, int r, String label, long value, Styles s) {
        Row row = sheet.createRow(r);
        text(row, 0, label, s.header);
        number(row, 1, value, s.integer);
        return r + 1;
    }

    private void writeFailures(SXSSFWorkbook wb, Styles s) {
        SXSSFSheet sheet = wb.createSheet(SHEET_FAILED);
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        Row header = sheet.createRow(0);
        text(header, 0, "文件", s.header);
        text(header, 1, "错误", s.header);
        int r = 1;
        for (String[] f : failures) {
            Row row = sheet.createRow(r++);
            text(row, 0, f[0], s.text);
            text(row, 1, f[1], s.text);
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        // setCellValue(String) always writes a string cell: text such as "=…" never becomes a formula.
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void decimal(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        // A spreadsheet cell holds a binary double; the displayed value comes from the exact decimal.
        c.setCellValue(value.doubleValue());
        c.setCellStyle(style);
    }

    @Override
    public void close() {
        sorter.close();
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle center;
        final CellStyle integer;
        final CellStyle decimal;

        Styles(SXSSFWorkbook wb) {
            Font base = wb.createFont();
            base.setFontName("宋体");
            base.setFontHeightInPoints((short) 11);
            Font bold = wb.createFont();
            bold.setFontName("宋体");
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 11);
            Font big = wb.createFont();
            big.setFontName("宋体");
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);

            title = wb.createCellStyle();
            title.setFont(big);
            header = bordered(wb, bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(wb, base);
            center = bordered(wb, base);
            center.setAlignment(HorizontalAlignment.CENTER);
            integer = bordered(wb, base);
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            decimal = bordered(wb, base);
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        }

        private static CellStyle bordered(SXSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
