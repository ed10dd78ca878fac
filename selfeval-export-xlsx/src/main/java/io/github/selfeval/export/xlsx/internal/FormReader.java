package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.XlsxImportException;
import io.github.selfeval.export.xlsx.XlsxReportReader;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.MoneyUnit;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the 自评表 (and the 数据 sheet, when present) into a {@link SelfEvaluation}. Finds the blocks by
 * their labels in column A, checks the labels it relies on, and reads each value cell; see
 * {@link XlsxReportReader} for the rules.
 */
public final class FormReader {
    private static final Pattern TITLE = Pattern.compile("^\\s*(\\d{4})\\s*年度?\\s*(.*?)\\s*$");

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final Snapshot snap;
    private final Map<Long, CellAddress> mergedTopLeft = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter();
    private XSSFFormulaEvaluator evaluator;

    private FormReader(XSSFWorkbook workbook, XSSFSheet sheet, Snapshot snap) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.snap = snap;
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            CellAddress tl = new CellAddress(r.getFirstRow(), r.getFirstColumn());
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int c = r.getFirstColumn(); c <= r.getLastColumn(); c++) {
                    mergedTopLeft.put(key(row, c), tl);
                }
            }
        }
    }

    /**
     * Reads a workbook that passed {@link ZipGuard}.
     *
     * @param bytes the file
     * @param limits the limits
     * @return the report
     */
    public static SelfEvaluation read(byte[] bytes, XlsxReportReader.Limits limits) {
        try (XSSFWorkbook wb = open(bytes)) {
            XSSFSheet form = wb.getSheet(Labels.SHEET_FORM);
            if (form == null) {
                List<String> names = new ArrayList<>();
                wb.forEach(s -> names.add(s.getSheetName()));
                throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, null, "no sheet named "
                        + Labels.SHEET_FORM + "; the workbook has " + names, null);
            }
            if (form.getLastRowNum() + 1 > limits.maxRows()) {
                throw new XlsxImportException(XlsxImportException.TOO_LARGE, Labels.SHEET_FORM, "has "
                        + (form.getLastRowNum() + 1) + " rows, at most " + limits.maxRows() + " are accepted", null);
            }
            Snapshot snap = readData(wb, limits);
            return new FormReader(wb, form, snap).read();
        } catch (IOException e) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null,
                    "cannot read the workbook: " + e.getMessage(), e);
        }
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null,
                    "POI cannot open it as an .xlsx workbook: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static Snapshot readData(XSSFWorkbook wb, XlsxReportReader.Limits limits) {
        XSSFSheet data = wb.getSheet(Labels.SHEET_DATA);
        if (data == null) {
            return Snapshot.empty();
        }
        if (data.getLastRowNum() + 1 > limits.maxRows() * 40) {
            throw new XlsxImportException(XlsxImportException.TOO_LARGE, Labels.SHEET_DATA,
                    "has " + (data.getLastRowNum() + 1) + " rows", null);
        }
        DataFormatter f = new DataFormatter();
        List<String[]> rows = new ArrayList<>();
        for (int r = 1; r <= data.getLastRowNum(); r++) {
            XSSFRow row = data.getRow(r);
            if (row == null || row.getCell(0) == null) {
                continue;
            }
            String k = f.formatCellValue(row.getCell(0));
            if (k.isEmpty()) {
                continue;
            }
            XSSFCell v = row.getCell(1);
            rows.add(new String[] {k, v == null ? "" : v.getCellType() == CellType.STRING ? v.getStringCellValue()
                    : f.formatCellValue(v)});
        }
        Map<String, String> entries = DataSheet.join(rows);
        String version = entries.get(Snapshot.VERSION_KEY);
        if (version != null && !Snapshot.VERSION.equals(version)) {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, Labels.SHEET_DATA + "!B2",
                    "format version " + version + " is not supported; expected " + Snapshot.VERSION, null);
        }
        return Snapshot.of(entries);
    }

    private SelfEvaluation read() {
        try {
            return readForm();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new XlsxImportException(XlsxImportException.BAD_CELL, Labels.SHEET_DATA,
                    "a value of the 数据 sheet is not valid: " + e.getMessage(), e);
        }
    }

    private SelfEvaluation readForm() {
        // Title: "2023年度部门整体绩效自评表"
        String title = text(0, 0);
        Matcher m = TITLE.matcher(title);
        int year;
        FormKind kind;
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            String rest = m.group(2);
            kind = rest.contains("项目支出") ? FormKind.PROJECT
                    : rest.contains("部门整体") ? FormKind.DEPARTMENT : snap.kind().orElse(FormKind.DEPARTMENT);
        } else {
            throw bad(0, 0, "expected the title, e.g. 2023年度部门整体绩效自评表, found '" + title + "'");
        }

        int b = findRow(Labels.BASIC, 1);
        int p = findRow(Labels.BUDGET, b + 1);
        int g = findRow(Labels.GOALS, p + 1);
        int h = findRow(Labels.INDICATORS, g + 1);

        // 一、基本情况
        expectLabel(b, 1, Labels.IMPLEMENTING_DEPARTMENT);
        expectLabel(b, 8, Labels.MONEY_UNIT);
        Optional<String> implementingDepartment = opt(text(b, 3));
        String unitText = text(b, 10).strip();
        MoneyUnit unit;
        if (unitText.isEmpty()) {
            unit = snap.text("moneyUnit").map(MoneyUnit::of).orElse(MoneyUnit.WAN_YUAN);
        } else {
            try {
                unit = MoneyUnit.of(unitText);
            } catch (IllegalArgumentException e) {
                throw bad(b, 10, "expected the money unit 万元 or 元, found '" + unitText + "'");
            }
        }
        Optional<ProjectInfo> project = Optional.empty();
        if (b + 1 < p && Labels.PROJECT_NAME.equals(text(b + 1, 1).strip())) {
            String name = text(b + 1, 3);
            if (name.isBlank()) {
                throw bad(b + 1, 3, "expected the project's name (" + Labels.PROJECT_NAME + ")");
            }
            expectLabel(b + 2, 1, Labels.SUPERVISING_DEPARTMENT);
            expectLabel(b + 2, 8, Labels.IMPLEMENTING_UNIT);
            project = Optional.of(new ProjectInfo(name, opt(text(b + 2, 3)), opt(text(b + 2, 10))));
        }

        // 二、预算执行情况
        expectLabel(p + 1, 1, Labels.BUDGET_AMOUNT);
        expectLabel(p + 1, 4, Labels.RECEIVED_AMOUNT);
        expectLabel(p + 1, 7, Labels.SPENT_AMOUNT);
        Funds planned = funds(p, 2, "budget.budget");
        Funds received = funds(p, 5, "budget.received");
        Funds spent = funds(p, 8, "budget.spent");
        Optional<Funds> receivedOpt = received.isBlank() && !snap.has("budget.received") ? Optional.empty()
                : Optional.of(received);
        Optional<Percent> declaredRate = number(p + 1, 10, "budget.declaredExecutionRate", true, "预算执行进度(%)")
                .map(Percent::of);
        BudgetExecution budget = new BudgetExecution(snap.funds("budget.initialBudget"), planned, receivedOpt, spent,
                declaredRate);

        // 三、目标完成情况
        expectLabel(g, 1, Labels.GOAL_TARGET);
        List<Goal> goals = new ArrayList<>();
        for (int r = g + 1; r < h; r++) {
            int n = r - g;
            goals.add(new Goal(opt(strip(text(r, 1), Labels.goalTargetPrefix(n))),
                    opt(strip(text(r, 6), Labels.goalCompletionPrefix(n)))));
        }
        int keep = snap.count("goals.items");
        while (goals.size() > keep && goals.get(goals.size() - 1).target().isEmpty()
                && goals.get(goals.size() - 1).completion().isEmpty()) {
            goals.remove(goals.size() - 1);
        }
        Optional<Percent> overall = g + 1 < h
                ? number(g + 1, 11, "goals.declaredOverallCompletion", true, "总体完成率(%)").map(Percent::of)
                : Optional.empty();

        // 四、年度绩效指标完成情况
        expectLabel(h, 1, Labels.LEVEL1);
        Columns cols;
        if (Labels.SCORE.equals(text(h + 1, 10).strip())) {
            cols = Columns.WEIGHTED;
        } else if (Labels.POINTS.equals(text(h, 10).strip())) {
            cols = Columns.POINTS;
        } else {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, where(h + 1, 10),
                    "expected the label " + Labels.SCORE + " (weighted layout) or " + Labels.POINTS
                            + " (points layout)", null);
        }
        List<Indicator> indicators = new ArrayList<>();
        int r = h + 2;
        while (!Labels.SELF_SCORE.equals(text(r, 1).strip())) {
            if (r > sheet.getLastRowNum()) {
                throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, Labels.SHEET_FORM,
                        "no " + Labels.SELF_SCORE + " row below the indicators (column B)", null);
            }
            indicators.add(indicator(r, indicators.size(), cols));
            r++;
        }
        int total = r;
        Optional<BigDecimal> declaredTotal = number(total, cols.weighted(), "declaredTotalScore", false,
                Labels.SELF_SCORE);

        int f = findRow(Labels.PREPARER, total + 1);
        expectLabel(f, 6, Labels.PHONE);
        Optional<String> preparer = opt(text(f, 2));
        Optional<String> phone = opt(text(f, 8));
        List<String> notes = new ArrayList<>();
        int n0 = findRowOrNone(Labels.NOTES, f + 1);
        if (n0 >= 0) {
            for (int i = n0 + 1; i <= sheet.getLastRowNum(); i++) {
                String note = text(i, 0);
                if (note.isEmpty()) {
                    break;
                }
                notes.add(strip(note, Labels.notePrefix(notes.size() + 1)));
            }
        }

        String department = snap.text("cover.department").or(() -> implementingDepartment)
                .orElseThrow(() -> bad(b, 3, "expected the department (" + Labels.IMPLEMENTING_DEPARTMENT
                        + "): the workbook has no 数据 sheet to take the cover's department from"));
        Cover cover = snap.cover(year);
        cover = new Cover(year, department, cover.preparingUnit(), cover.date(), cover.titleLines());

        return new SelfEvaluation(kind, snap.text("pack"), snap.text("catalogue"), cover, project, snap.details(), unit,
                implementingDepartment, snap.narrative(), budget, new Goals(goals, overall), indicators, declaredTotal,
                preparer, phone, notes, Optional.empty(), List.of(), Optional.empty(), null, Optional.empty());
    }

    private Indicator indicator(int r, int i, Columns cols) {
        String k = "indicators[" + i + "]";
        String level1 = required(r, Columns.LEVEL1, Labels.LEVEL1);
        String level2 = required(r, Columns.LEVEL2, Labels.LEVEL2);
        String name = required(r, Columns.NAME, Labels.LEVEL3);
        Optional<Comparison> comparison = opt(text(r, Columns.SYMBOL)).map(s -> {
            try {
                return Comparison.of(s);
            } catch (IllegalArgumentException e) {
                throw bad(r, Columns.SYMBOL, "expected a comparison symbol ≥ ≤ = > <, found '" + s + "'");
            }
        });
        Optional<Grade> grade = opt(text(r, Columns.GRADE)).map(s -> {
            try {
                return Grade.of(s);
            } catch (IllegalArgumentException e) {
                throw bad(r, Columns.GRADE, "expected a grade 优 良 中 差, found '" + s + "'");
            }
        });
        String scoreLabel = cols.points() ? Labels.SCORE_RATE : Labels.SCORE;
        String weightLabel = cols.points() ? Labels.POINTS : Labels.WEIGHT;
        Optional<BigDecimal> score = number(r, cols.score(), k + ".score", false, scoreLabel);
        BigDecimal weight = number(r, cols.weight(), k + ".weight", false, weightLabel)
                .orElseThrow(() -> bad(r, cols.weight(), "expected a number (" + weightLabel + ")"));
        Optional<BigDecimal> weighted = number(r, cols.weighted(), k + ".weightedScore", false,
                cols.points() ? Labels.POINTS_SCORE : Labels.WEIGHTED_SCORE);
        Optional<String> reason = snap.text(k + ".deviationReason");
        Optional<String> improvement = snap.text(k + ".improvement");
        if (cols.points()) {
            String cell = text(r, cols.deviation());
            Indicator snapRow = Indicator.builder("-", "-", "-").weight(BigDecimal.ZERO)
                    .deviationReason(reason.orElse(null)).improvement(improvement.orElse(null)).build();
            String exported = FormWriter.deviationText(snapRow);
            if (!cell.equals(exported == null ? "" : exported)) {
                String marker = "\n" + Labels.IMPROVEMENT_PREFIX;
                int at = cell.lastIndexOf(marker);
                if (cell.startsWith(Labels.IMPROVEMENT_PREFIX)) {
                    reason = Optional.empty();
                    improvement = opt(cell.substring(Labels.IMPROVEMENT_PREFIX.length()));
                } else if (at >= 0) {
                    reason = opt(cell.substring(0, at));
                    improvement = opt(cell.substring(at + marker.length()));
                } else {
                    reason = opt(cell);
                    improvement = Optional.empty();
                }
            }
        }
        return new Indicator(level1, level2, name, opt(text(r, Columns.DESCRIPTION)), comparison,
                opt(text(r, Columns.VALUE)), opt(text(r, Columns.UNIT)), opt(text(r, Columns.ACTUAL)), grade, score,
                Optional.of(weight), weighted, snap.text(k + ".nature").map(io.github.selfeval.model.IndicatorNature::of),
                snap.text(k + ".core").map(Boolean::parseBoolean).orElse(false), reason, improvement,
                snap.text(k + ".scoringNote"), Optional.empty(), Optional.empty());
    }

    private String required(int r, int c, String label) {
        String s = text(r, c);
        if (s.isBlank()) {
            throw bad(r, c, "expected " + label + " (text), found a blank cell");
        }
        return s;
    }

    private Funds funds(int p, int c, String key) {
        return new Funds(number(p + 1, c, key + ".total", false, "金额"),
                number(p + 2, c, key + ".fiscal", false, "金额"), number(p + 3, c, key + ".other", false, "金额"));
    }

    // --- locating

    private int findRow(String label, int from) {
        int r = findRowOrNone(label, from);
        if (r < 0) {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, Labels.SHEET_FORM + "!A" + (from + 1),
                    "expected a row labelled " + label + " in column A at or below row " + (from + 1), null);
        }
        return r;
    }

    private int findRowOrNone(String label, int from) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            XSSFCell c = rawCell(r, 0);
            if (c != null && c.getCellType() == CellType.STRING && label.equals(c.getStringCellValue().strip())) {
                return r;
            }
        }
        return -1;
    }

    private void expectLabel(int r, int c, String label) {
        String found = text(r, c).strip();
        if (!label.equals(found)) {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, where(r, c),
                    "expected the label " + label + ", found '" + found + "'", null);
        }
    }

    // --- cells

    private XSSFCell rawCell(int r, int c) {
        XSSFRow row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** The cell showing (r, c): the top-left cell of a merged region covering it. */
    private XSSFCell cell(int r, int c) {
        CellAddress tl = mergedTopLeft.get(key(r, c));
        return tl == null ? rawCell(r, c) : rawCell(tl.getRow(), tl.getColumn());
    }

    /** The cell's text as shown; "" for blank. */
    private String text(int r, int c) {
        XSSFCell cell = cell(r, c);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case BLANK -> "";
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC -> formatter.formatCellValue(cell);
            case FORMULA -> {
                CellValue v = value(cell, r, c);
                yield switch (v.getCellType()) {
                    case STRING -> v.getStringValue();
                    case NUMERIC -> plain(v.getNumberValue());
                    case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
                    default -> "";
                };
            }
            case ERROR -> throw bad(r, c, "expected text, found the error " + cell.getErrorCellString());
            default -> "";
        };
    }

    /** A formula cell's value: the cached one, or evaluated when the cell has none. */
    private CellValue value(XSSFCell cell, int r, int c) {
        if (cell.getCTCell().isSetV()) {
            return switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> new CellValue(cell.getNumericCellValue());
                case STRING -> new CellValue(cell.getStringCellValue());
                case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
                case ERROR -> throw bad(r, c, "the formula " + cell.getCellFormula() + " gives the error "
                        + FormulaError.forInt(cell.getErrorCellValue()).getString());
                default -> new CellValue("");
            };
        }
        if (evaluator == null) {
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        }
        try {
            CellValue v = evaluator.evaluate(cell);
            if (v == null) {
                return new CellValue("");
            }
            if (v.getCellType() == CellType.ERROR) {
                throw bad(r, c, "the formula " + cell.getCellFormula() + " gives the error "
                        + FormulaError.forInt(v.getErrorValue()).getString());
            }
            return v;
        } catch (RuntimeException e) {
            if (e instanceof XlsxImportException x) {
                throw x;
            }
            throw new XlsxImportException(XlsxImportException.BAD_CELL, where(r, c), "the formula "
                    + cell.getCellFormula() + " cannot be evaluated: " + e.getMessage(), e);
        }
    }

    /**
     * A number cell, reconciled with the 数据 sheet: a value still equal to what was exported keeps the
     * model's exact value (its scale, or a blank behind a formula); an edited one is taken as shown.
     */
    private Optional<BigDecimal> number(int r, int c, String key, boolean percent, String label) {
        Optional<Double> v = rawNumber(r, c, percent, label);
        Optional<String> shown = snap.text(key + Snapshot.SHOWN);
        Optional<BigDecimal> model = snap.number(key);
        if (shown.isPresent()) {
            boolean same = shown.get().isEmpty() ? v.isEmpty()
                    : v.isPresent() && new BigDecimal(shown.get()).doubleValue() == v.get();
            if (same) {
                return model;
            }
        }
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (model.isPresent() && model.get().doubleValue() == v.get()) {
            return model;
        }
        return Optional.of(decimal(v.get()));
    }

    private Optional<Double> rawNumber(int r, int c, boolean percent, String label) {
        XSSFCell cell = cell(r, c);
        if (cell == null) {
            return Optional.empty();
        }
        switch (cell.getCellType()) {
            case BLANK:
                return Optional.empty();
            case NUMERIC:
                return Optional.of(percent && isPercentFormat(cell) ? cell.getNumericCellValue() * 100
                        : cell.getNumericCellValue());
            case STRING:
                return parse(cell.getStringCellValue(), r, c, label);
            case FORMULA: {
                CellValue v = value(cell, r, c);
                return switch (v.getCellType()) {
                    case NUMERIC -> Optional.of(percent && isPercentFormat(cell) ? v.getNumberValue() * 100
                            : v.getNumberValue());
                    case STRING -> parse(v.getStringValue(), r, c, label);
                    case BLANK -> Optional.empty();
                    default -> throw bad(r, c, "expected a number (" + label + ")");
                };
            }
            case ERROR:
                throw bad(r, c, "expected a number (" + label + "), found the error " + cell.getErrorCellString());
            default:
                throw bad(r, c, "expected a number (" + label + "), found " + cell.getCellType());
        }
    }

    private Optional<Double> parse(String s, int r, int c, String label) {
        String t = s.strip().replace(",", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.endsWith("%") || t.endsWith("％")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return Optional.of(new BigDecimal(t).doubleValue());
        } catch (NumberFormatException e) {
            throw bad(r, c, "expected a number (" + label + "), found '" + s + "'");
        }
    }

    private static boolean isPercentFormat(XSSFCell cell) {
        String f = cell.getCellStyle().getDataFormatString();
        return f != null && f.contains("%");
    }

    private static BigDecimal decimal(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String plain(double v) {
        return decimal(v).toPlainString();
    }

    private static Optional<String> opt(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static String strip(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    private XlsxImportException bad(int r, int c, String message) {
        return new XlsxImportException(XlsxImportException.BAD_CELL, where(r, c), message, null);
    }

    private static String where(int r, int c) {
        return Labels.SHEET_FORM + "!" + new CellAddress(r, c).formatAsString();
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}
