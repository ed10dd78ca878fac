package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.Summary;
import io.github.selfeval.export.SummaryExporter;
import io.github.selfeval.export.SummaryFailure;
import io.github.selfeval.export.SummaryRow;
import io.github.selfeval.model.Grade;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The batch roll-up as a workbook (汇总.xlsx): sheet 汇总 with one row per report in the order given
 * (highest 自评得分 first), sheet 统计 with the counts, averages, grade distribution and findings, and —
 * only when some files failed — sheet 失败文件.
 *
 * <p>Written with POI's streaming SXSSF, which keeps only a window of rows in memory; the statistics are
 * gathered while the rows go by, so the summary's rows are walked once. Stateless and thread-safe.
 */
public final class XlsxSummaryExporter implements SummaryExporter {

    /** The format id. */
    public static final String ID = "xlsx";
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

    /** The longest error text kept in sheet 失败文件. */
    private static final int MAX_ERROR = 2_000;

    /** Creates the exporter (the ServiceLoader's constructor). */
    public XlsxSummaryExporter() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Batch roll-up workbook (汇总.xlsx): reports by score, statistics, failed files";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public void export(Summary summary, OutputStream out, ExportOptions options) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        try {
            write(summary, out);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new ExportException(ID, getClass().getName(), "the roll-up: " + reason, e);
        }
    }

    private static void write(Summary summary, OutputStream out) throws IOException {
        PoiTempFiles.useRunDirectory();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            Styles s = new Styles(wb);
            Stats stats = writeRows(wb, s, summary);
            List<SummaryFailure> failures = summary.failures();
            writeStats(wb, s, stats, failures.size());
            if (!failures.isEmpty()) {
                writeFailures(wb, s, failures);
            }
            wb.write(out);
        } finally {
            // close() also deletes SXSSF's temporary files (dispose() is deprecated for that since POI 5).
            wb.close();
        }
    }

    /** What sheet 统计 says, gathered as the rows are written. */
    private static final class Stats {
        final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        long count;
        BigDecimal scoreSum = BigDecimal.ZERO;
        BigDecimal rateSum = BigDecimal.ZERO;
        long rateCount;
        BigDecimal max;
        BigDecimal min;
        long errors;
        long warnings;
        long infos;

        void add(SummaryRow row) {
            count++;
            grades.merge(row.grade(), 1L, Long::sum);
            scoreSum = scoreSum.add(row.totalScore());
            max = max == null || row.totalScore().compareTo(max) > 0 ? row.totalScore() : max;
            min = min == null || row.totalScore().compareTo(min) < 0 ? row.totalScore() : min;
            if (row.budgetExecutionRate().isPresent()) {
                rateSum = rateSum.add(row.budgetExecutionRate().get());
                rateCount++;
            }
            errors += row.errors();
            warnings += row.warnings();
            infos += row.infos();
        }
    }

    private static Stats writeRows(SXSSFWorkbook wb, Styles s, Summary summary) {
        Stats st = new Stats();
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
        summary.forEachRow(r -> {
            st.add(r);
            Row row = sheet.createRow(next[0]);
            number(row, 0, next[0] - 1, s.integer);
            text(row, 1, r.department(), s.text);
            text(row, 2, r.project(), s.text);
            number(row, 3, r.year(), s.integer);
            text(row, 4, r.kind(), s.text);
            text(row, 5, r.pack(), s.text);
            decimal(row, 6, r.totalScore(), s.decimal);
            text(row, 7, r.grade().label(), s.center);
            if (r.budgetExecutionRate().isPresent()) {
                decimal(row, 8, r.budgetExecutionRate().get(), s.decimal);
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
        return st;
    }

    private static void writeStats(SXSSFWorkbook wb, Styles s, Stats st, int failures) {
        Sheet sheet = wb.createSheet(SHEET_STATS);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        int r = 0;
        Row title = sheet.createRow(r++);
        text(title, 0, "统计", s.title);
        long n = st.count;
        r = stat(sheet, r, "报告数（成功）", n, s);
        r = stat(sheet, r, "失败文件数", failures, s);
        Row avg = sheet.createRow(r++);
        text(avg, 0, "平均自评得分", s.header);
        if (n > 0) {
            decimal(avg, 1, st.scoreSum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), s.decimal);
        }
        Row hi = sheet.createRow(r++);
        text(hi, 0, "最高自评得分", s.header);
        if (st.max != null) {
            decimal(hi, 1, st.max, s.decimal);
        }
        Row lo = sheet.createRow(r++);
        text(lo, 0, "最低自评得分", s.header);
        if (st.min != null) {
            decimal(lo, 1, st.min, s.decimal);
        }
        Row rate = sheet.createRow(r++);
        text(rate, 0, "平均预算执行率(%)", s.header);
        if (st.rateCount > 0) {
            decimal(rate, 1, st.rateSum.divide(BigDecimal.valueOf(st.rateCount), 2, RoundingMode.HALF_UP), s.decimal);
        }
        r++;
        Row gh = sheet.createRow(r++);
        text(gh, 0, "等级分布", s.header);
        text(gh, 1, "报告数", s.header);
        text(gh, 2, "占比(%)", s.header);
        for (Grade g : Grade.values()) {
            long c = st.grades.getOrDefault(g, 0L);
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
        r = stat(sheet, r, "错误", st.errors, s);
        r = stat(sheet, r, "警告", st.warnings, s);
        stat(sheet, r, "提示", st.infos, s);
    }

    private static int stat(Sheet sheet, int r, String label, long value, Styles s) {
        Row row = sheet.createRow(r);
        text(row, 0, label, s.header);
        number(row, 1, value, s.integer);
        return r + 1;
    }

    private static void writeFailures(SXSSFWorkbook wb, Styles s, List<SummaryFailure> failures) {
        SXSSFSheet sheet = wb.createSheet(SHEET_FAILED);
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        Row header = sheet.createRow(0);
        text(header, 0, "文件", s.header);
        text(header, 1, "错误", s.header);
        int r = 1;
        for (SummaryFailure f : failures) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.file(), s.text);
            // A long error (every violation of a report) is cut, and says so.
            String error = f.error().length() > MAX_ERROR ? f.error().substring(0, MAX_ERROR) + "…" : f.error();
            text(row, 1, error, s.text);
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
