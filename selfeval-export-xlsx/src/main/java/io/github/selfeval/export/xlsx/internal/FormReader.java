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
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.GoalsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Label;
import io.github.selfeval.model.form.Signature;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.apache.poi.ss.formula.eval.BoolEval;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import io.github.selfeval.export.ReadLimits;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the 自评表 (and the 数据 sheet, when present) into a {@link SelfEvaluation}. Finds the blocks by
 * their labels in column A, checks the labels it relies on, and reads each value cell; see
 * {@link XlsxReportReader} for the rules.
 */
public final class FormReader {

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final Snapshot snap;
    private final MergeIndex merges;
    private final DataFormatter formatter = new DataFormatter();
    private final ReadLimits limits;
    private Formulas formulas;

    private FormReader(XSSFWorkbook workbook, XSSFSheet sheet, Snapshot snap, ReadLimits limits) {
        this.workbook = workbook;
        this.limits = limits;
        this.sheet = sheet;
        this.snap = snap;
        // Looked up, never expanded per cell: a region may cover millions of cells.
        this.merges = new MergeIndex(sheet.getMergedRegions());
    }

    /** The longest value the 数据 sheet may join from continued rows: the JSON reader's string limit. */
    static final int MAX_DATA_VALUE = 1_000_000;
    /** The most characters of all 数据 values together: the JSON reader's document limit. */
    static final long MAX_DATA_TOTAL = 16L << 20;

    /**
     * Reads selfeval's own workbook, already opened (after {@link ZipGuard} and {@link WorkbookScan}).
     *
     * @param wb the workbook
     * @param limits the limits: rows of the 自评表 sheet, formula depth and text of uncached formulas
     * @return the report
     * @throws XlsxImportException if the workbook is not in the 自评表 layout or a cell is bad
     * @throws io.github.selfeval.export.ReadException if an uncached formula is too complex to evaluate
     */
    public static SelfEvaluation read(XSSFWorkbook wb, ReadLimits limits) {
        int maxRows = limits.maxRows();
        XSSFSheet form = wb.getSheet(SheetNames.FORM);
        if (form == null) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, null, "no sheet named "
                    + SheetNames.FORM + "; the workbook has " + names, null);
        }
        if (form.getLastRowNum() + 1 > maxRows) {
            throw new XlsxImportException(XlsxImportException.TOO_LARGE, SheetNames.FORM, "has "
                    + (form.getLastRowNum() + 1) + " rows, at most " + maxRows + " are accepted", null);
        }
        Snapshot snap = readData(wb, maxRows);
        return new FormReader(wb, form, snap, limits).read();
    }

    /**
     * Whether a workbook is selfeval's own: it has the 数据 sheet, with the format version in its
     * first entry.
     *
     * @param wb the workbook
     * @return true if the exporter wrote it
     */
    public static boolean isOwn(org.apache.poi.ss.usermodel.Workbook wb) {
        org.apache.poi.ss.usermodel.Sheet data = wb.getSheet(SheetNames.DATA);
        if (data == null || data.getRow(1) == null || data.getRow(1).getCell(0) == null) {
            return false;
        }
        org.apache.poi.ss.usermodel.Cell k = data.getRow(1).getCell(0);
        return k.getCellType() == CellType.STRING && Snapshot.VERSION_KEY.equals(k.getStringCellValue());
    }

    private static Snapshot readData(XSSFWorkbook wb, int maxRows) {
        XSSFSheet data = wb.getSheet(SheetNames.DATA);
        if (data == null) {
            return Snapshot.empty();
        }
        if (data.getLastRowNum() + 1 > (long) maxRows * WorkbookScan.DATA_ROWS_FACTOR) {
            throw new XlsxImportException(XlsxImportException.TOO_LARGE, SheetNames.DATA,
                    "has " + (data.getLastRowNum() + 1) + " rows", null);
        }
        DataFormatter f = new DataFormatter();
        // Continued values are joined in a builder per key, each and all of them bounded: a value
        // repeated on 20,000 rows is refused when it passes the bound, not after copying it 20,000 times.
        Map<String, StringBuilder> joined = new LinkedHashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        long total = 0;
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
            String value = v == null ? "" : v.getCellType() == CellType.STRING ? v.getStringCellValue()
                    : f.formatCellValue(v);
            StringBuilder sb = joined.computeIfAbsent(k, x -> new StringBuilder());
            rows.putIfAbsent(k, r + 1);
            total += value.length();
            if (sb.length() + value.length() > MAX_DATA_VALUE || total > MAX_DATA_TOTAL) {
                throw new XlsxImportException(XlsxImportException.TOO_LARGE, SheetNames.DATA + "!B" + (r + 1),
                        "the value of " + k + " continues past " + (sb.length() + value.length() > MAX_DATA_VALUE
                                ? MAX_DATA_VALUE + " characters" : "the " + MAX_DATA_TOTAL
                                + " characters all values may have together"), null);
            }
            sb.append(value);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        joined.forEach((k, v) -> entries.put(k, v.toString()));
        String version = entries.get(Snapshot.VERSION_KEY);
        if (version != null && !Snapshot.VERSION.equals(version)) {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, SheetNames.DATA + "!B2",
                    "format version " + version + " is not supported; expected " + Snapshot.VERSION, null);
        }
        return Snapshot.of(entries, rows).validate();
    }

    private SelfEvaluation read() {
        try {
            return readForm();
        } catch (XlsxImportException e) {
            throw e;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new XlsxImportException(XlsxImportException.BAD_CELL, SheetNames.DATA,
                    "a value of the 数据 sheet is not valid: " + e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            // The model refused what 数据 and 自评表 hold together (a value out of its range): the file's fault.
            throw new XlsxImportException(XlsxImportException.BAD_CELL, SheetNames.DATA,
                    "the values of the 数据 sheet do not make a report: " + Failures.reason(e), e);
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

    private SelfEvaluation readForm() {
        // The year: the first title line that has one ("2023年度部门整体绩效自评表", "（2022年度）").
        int year = -1;
        StringBuilder titles = new StringBuilder();
        for (int r = 0; r < 3 && year < 0; r++) {
            String t = text(r, 0);
            titles.append(t);
            Matcher m = YEAR.matcher(t);
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
            }
        }
        if (year < 0) {
            throw bad(0, 0, "expected the title with its year, e.g. 2023年度部门整体绩效自评表, found '" + text(0, 0) + "'");
        }
        String title = titles.toString();
        FormDescription form = description(title);
        if (form.funds().layout() == FundsBlock.Layout.GRID) {
            return new ProjectFormReader(this, form, snap).read(year);
        }
        FormKind kind = form.kind();
        Label basic = form.header().section().orElseThrow();
        Label implementing = Forms.headerLabel(form, HeaderField.Field.IMPLEMENTING_DEPARTMENT);
        Label moneyUnit = Forms.headerLabel(form, HeaderField.Field.MONEY_UNIT);
        Label projectName = Forms.headerLabel(form, HeaderField.Field.PROJECT_NAME);
        FundsBlock fb = form.funds();
        GoalsBlock gb = form.goals().orElseThrow();
        IndicatorTable table = form.indicators();

        int b = findRow(basic, 1);
        int p = findRow(fb.section().orElseThrow(), b + 1);
        int g = findRow(gb.section(), p + 1);
        int h = findRow(table.section(), g + 1);

        // 一、基本情况
        expectLabel(b, 1, implementing);
        expectLabel(b, 8, moneyUnit);
        Optional<String> implementingDepartment = opt(text(b, 3));
        String unitText = text(b, 10).strip();
        MoneyUnit unit;
        if (unitText.isEmpty()) {
            unit = snap.parse("moneyUnit", "the money unit 万元 or 元", MoneyUnit::of).orElse(MoneyUnit.WAN_YUAN);
        } else {
            try {
                unit = MoneyUnit.of(unitText);
            } catch (IllegalArgumentException e) {
                throw bad(b, 10, "expected the money unit 万元 or 元, found '" + unitText + "'");
            }
        }
        Optional<ProjectInfo> project = Optional.empty();
        if (b + 1 < p && projectName.matches(text(b + 1, 1))) {
            String name = text(b + 1, 3);
            if (name.isBlank()) {
                throw bad(b + 1, 3, "expected the project's name (" + projectName.text() + ")");
            }
            expectLabel(b + 2, 1, Forms.headerLabel(form, HeaderField.Field.SUPERVISING_DEPARTMENT));
            expectLabel(b + 2, 8, Forms.headerLabel(form, HeaderField.Field.IMPLEMENTING_UNIT));
            ProjectInfo fromData = snap.project().orElse(new ProjectInfo(name, Optional.empty(), Optional.empty()));
            project = Optional.of(new ProjectInfo(name, opt(text(b + 2, 3)), opt(text(b + 2, 10)), fromData.code(),
                    fromData.leader(), fromData.financeLeader()));
        }

        // 二、预算执行情况
        expectLabel(p + 1, 1, totalLabel(fb, FundsBlock.Column.Field.BUDGET));
        expectLabel(p + 1, 4, totalLabel(fb, FundsBlock.Column.Field.RECEIVED));
        expectLabel(p + 1, 7, totalLabel(fb, FundsBlock.Column.Field.SPENT));
        Funds planned = funds(p, 2, "budget.budget");
        Funds received = funds(p, 5, "budget.received");
        Funds spent = funds(p, 8, "budget.spent");
        Optional<Funds> receivedOpt = received.isEmpty() && !snap.has("budget.received") ? Optional.empty()
                : Optional.of(received);
        Optional<Percent> declaredRate = number(p + 1, 10, "budget.declaredExecutionRate", true,
                fb.rate().map(Label::text).orElse("")).map(Percent::of);
        BudgetExecution budget = new BudgetExecution(snap.funds("budget.initialBudget"), planned, receivedOpt, spent,
                declaredRate, snap.number("budget.points"), snap.number("budget.declaredScore"),
                snap.text("budget.explanation"));

        // 三、目标完成情况
        expectLabel(g, 1, gb.target());
        List<Goal> goals = new ArrayList<>();
        for (int r = g + 1; r < h; r++) {
            int n = r - g;
            goals.add(new Goal(opt(strip(text(r, 1), gb.target(n, ""))), opt(strip(text(r, 6), gb.completion(n, "")))));
        }
        int keep = snap.count("goals.items");
        while (goals.size() > keep && goals.get(goals.size() - 1).target().isEmpty()
                && goals.get(goals.size() - 1).completion().isEmpty()) {
            goals.remove(goals.size() - 1);
        }
        Optional<Percent> overall = g + 1 < h
                ? number(g + 1, 11, "goals.declaredOverallCompletion", true,
                        gb.overall().map(Label::text).orElse("")).map(Percent::of)
                : Optional.empty();

        // 四、年度绩效指标完成情况
        expectLabel(h, 1, columnLabel(table, IndicatorTable.Column.Field.LEVEL1, false));
        Columns cols;
        Label weightedScore = columnLabel(table, IndicatorTable.Column.Field.SCORE, false);
        Label pointsWeight = columnLabel(table, IndicatorTable.Column.Field.WEIGHT, true);
        if (weightedScore.matches(text(h + 1, 10))) {
            cols = Columns.WEIGHTED;
        } else if (pointsWeight.matches(text(h, 10))) {
            cols = Columns.POINTS;
        } else {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, where(h + 1, 10),
                    "expected the label " + weightedScore.text() + " (weighted layout) or " + pointsWeight.text()
                            + " (points layout)", null);
        }
        Label totalLabel = form.total().label();
        List<Indicator> indicators = new ArrayList<>();
        int r = h + 2;
        while (!totalLabel.matches(text(r, 1))) {
            if (r > sheet.getLastRowNum()) {
                throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, SheetNames.FORM,
                        "no " + totalLabel.text() + " row below the indicators (column B)", null);
            }
            r++;
        }
        int total = r;
        int[] data = dataRows(h + 2, total);
        for (int row = h + 2; row < total; row++) {
            indicators.add(indicator(row, data[row - h - 2], cols, table));
        }
        Optional<BigDecimal> declaredTotal = number(total, cols.weighted(), "declaredTotalScore", false,
                totalLabel.text());

        Label preparerLabel = Forms.signatureLabel(form, Signature.Field.PREPARER);
        int f = findRow(preparerLabel, total + 1);
        expectLabel(f, 6, Forms.signatureLabel(form, Signature.Field.PHONE));
        Optional<String> preparer = opt(text(f, 2));
        Optional<String> phone = opt(text(f, 8));
        List<String> notes = new ArrayList<>();
        int n0 = form.notes().map(l -> findRowOrNone(l, f + 1)).orElse(-1);
        if (n0 >= 0) {
            for (int i = n0 + 1; i <= sheet.getLastRowNum(); i++) {
                String note = text(i, 0);
                if (note.isEmpty()) {
                    break;
                }
                notes.add(strip(note, Forms.notePrefix(notes.size() + 1)));
            }
        }

        String department = snap.text("cover.department").or(() -> implementingDepartment)
                .orElseThrow(() -> bad(b, 3, "expected the department (" + implementing.text()
                        + "): the workbook has no 数据 sheet to take the cover's department from"));
        Cover cover = snap.cover(year);
        cover = new Cover(year, department, cover.preparingUnit(), cover.date(), cover.titleLines());

        return new SelfEvaluation(kind, snap.text("pack"), snap.text("catalogue"), cover, project, snap.details(), unit,
                implementingDepartment, snap.narrative(), budget, new Goals(goals, overall), indicators, declaredTotal,
                preparer, phone, notes, snap.text("form"), snap.blocks(), snap.number("declaredMaxScore"), snap.texts(),
                snap.filledOn());
    }

    /** The form the workbook holds: the one its 数据 sheet names, else the one its title names. */
    private FormDescription description(String title) {
        FormDescriptions all = FormDescriptions.standard();
        Optional<String> id = snap.text("form").or(() -> snap.kind().map(k -> k == FormKind.PROJECT
                ? "central-project" : "hebei-department"));
        if (id.isPresent()) {
            return all.find(id.get()).orElseThrow(() -> new XlsxImportException(XlsxImportException.WRONG_TEMPLATE,
                    SheetNames.DATA, "the 数据 sheet names the form '" + id.get() + "', which is not known; known forms: "
                            + String.join(", ", all.ids()), null));
        }
        String t = Label.normalise(title);
        FormDescription best = null;
        int bestLength = -1;
        for (String formId : all.ids()) {
            FormDescription d = all.get(formId);
            List<String> names = new ArrayList<>(d.titleVariants());
            for (String line : d.title()) {
                names.add(line.replace("{year}", ""));
            }
            for (String n : names) {
                String nn = Label.normalise(n);
                if (nn.length() > 2 && t.contains(nn) && nn.length() > bestLength) {
                    best = d;
                    bestLength = nn.length();
                }
            }
        }
        if (best == null) {
            throw bad(0, 0, "expected the title of a known form (" + String.join(", ", all.ids()) + "), found '"
                    + title + "'");
        }
        return best;
    }

    private static Label totalLabel(FundsBlock fb, FundsBlock.Column.Field field) {
        FundsBlock.Column c = Forms.fundsColumn(fb, field);
        return c.totalLabel().orElse(c.label());
    }

    private static Label columnLabel(IndicatorTable t, IndicatorTable.Column.Field field, boolean points) {
        return t.column(field).map(c -> c.label(points)).orElseThrow(() -> new IllegalStateException(
                "the form has no column " + field.id()));
    }

    /**
     * Which 数据 indicator each sheet row is: by position while the rows are as many as 数据 records (a
     * person may retype a name in place); else, after rows were inserted or deleted, the 数据 entry of
     * the same 一级/二级/三级 names, used once — a row that has none takes nothing from 数据.
     *
     * @return for each row from {@code first} to {@code end}, the 数据 index, or -1
     */
    private int[] dataRows(int first, int end) {
        int n = end - first;
        int recorded = snap.count("indicators");
        int[] out = new int[n];
        if (recorded == n || snap.isEmpty()) {
            for (int i = 0; i < n; i++) {
                out[i] = i;
            }
            return out;
        }
        Map<String, java.util.ArrayDeque<Integer>> byName = new HashMap<>();
        for (int i = 0; i < recorded; i++) {
            String k = "indicators[" + i + "]";
            byName.computeIfAbsent(snap.text(k + ".level1").orElse("") + "\u0000" + snap.text(k + ".level2").orElse("")
                    + "\u0000" + snap.text(k + ".name").orElse(""), x -> new java.util.ArrayDeque<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            int r = first + i;
            java.util.ArrayDeque<Integer> q = byName.get(text(r, Columns.LEVEL1) + "\u0000" + text(r, Columns.LEVEL2)
                    + "\u0000" + text(r, Columns.NAME));
            out[i] = q == null || q.isEmpty() ? -1 : q.poll();
        }
        return out;
    }

    private Indicator indicator(int r, int i, Columns cols, IndicatorTable t) {
        // A row without its 数据 entry reads from the sheet alone: no key of 数据 is "indicators[-1]".
        String k = i < 0 ? "indicators[-1]" : "indicators[" + i + "]";
        String level1 = required(r, Columns.LEVEL1, columnLabel(t, IndicatorTable.Column.Field.LEVEL1, false).text());
        String level2 = required(r, Columns.LEVEL2, columnLabel(t, IndicatorTable.Column.Field.LEVEL2, false).text());
        String name = required(r, Columns.NAME, columnLabel(t, IndicatorTable.Column.Field.NAME, false).text());
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
        String scoreLabel = columnLabel(t, IndicatorTable.Column.Field.SCORE, cols.points()).text();
        String weightLabel = columnLabel(t, IndicatorTable.Column.Field.WEIGHT, cols.points()).text();
        Optional<BigDecimal> score = number(r, cols.score(), k + ".score", false, scoreLabel);
        Optional<BigDecimal> weight = number(r, cols.weight(), k + ".weight", false, weightLabel);
        Optional<BigDecimal> weighted = number(r, cols.weighted(), k + ".weightedScore", false,
                columnLabel(t, IndicatorTable.Column.Field.WEIGHTED_SCORE, cols.points()).text());
        Optional<String> reason = snap.text(k + ".deviationReason");
        Optional<String> improvement = snap.text(k + ".improvement");
        if (cols.points()) {
            String cell = text(r, cols.deviation());
            String[] split = splitDeviation(cell, t, reason, improvement);
            reason = opt(split[0]);
            improvement = opt(split[1]);
        }
        return new Indicator(level1, level2, name, opt(text(r, Columns.DESCRIPTION)), comparison,
                opt(text(r, Columns.VALUE)), opt(text(r, Columns.UNIT)), opt(text(r, Columns.ACTUAL)), grade, score,
                weight, weighted, snap.parse(k + ".nature", "an indicator nature",
                        io.github.selfeval.model.IndicatorNature::of),
                snap.parse(k + ".core", "true or false", Snapshot::bool).orElse(false), reason, improvement,
                snap.text(k + ".scoringNote"), snap.text(k + ".goalBlock"), snap.text(k + ".scoringMethod"));
    }

    /**
     * The 偏差原因 and 改进措施 of a shared cell: the 数据 sheet's when the cell is as exported, else split at
     * the improvement prefix.
     *
     * @return {reason, improvement}, each possibly null
     */
    static String[] splitDeviation(String cell, IndicatorTable t, Optional<String> reason, Optional<String> improvement) {
        String exported = t.deviationText(reason, improvement).orElse("");
        if (cell.equals(exported)) {
            return new String[] {reason.orElse(null), improvement.orElse(null)};
        }
        String prefix = t.improvementPrefix();
        String marker = "\n" + prefix;
        int at = cell.lastIndexOf(marker);
        if (cell.startsWith(prefix)) {
            return new String[] {null, cell.substring(prefix.length())};
        } else if (at >= 0) {
            return new String[] {cell.substring(0, at), cell.substring(at + marker.length())};
        }
        return new String[] {cell, null};
    }

    private String required(int r, int c, String label) {
        String s = text(r, c);
        if (s.isBlank()) {
            throw bad(r, c, "expected " + label + " (text), found a blank cell");
        }
        return s;
    }

    private Funds funds(int p, int c, String key) {
        Funds data = snap.funds(key).orElse(Funds.empty());
        return new Funds(number(p + 1, c, key + ".total", false, key + ".total"),
                number(p + 2, c, key + ".fiscal", false, key + ".fiscal"),
                number(p + 3, c, key + ".other", false, key + ".other"), data.carryOver(), data.extras());
    }

    // --- locating

    int findRow(Label label, int from) {
        int r = findRowOrNone(label, from);
        if (r < 0) {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, SheetNames.FORM + "!A" + (from + 1),
                    "expected a row labelled " + label.text() + " in column A at or below row " + (from + 1), null);
        }
        return r;
    }

    int findRowOrNone(Label label, int from) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            XSSFCell c = rawCell(r, 0);
            if (c != null && c.getCellType() == CellType.STRING && label.matches(c.getStringCellValue())) {
                return r;
            }
        }
        return -1;
    }

    void expectLabel(int r, int c, Label label) {
        String found = text(r, c).strip();
        if (!label.matches(found)) {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, where(r, c),
                    "expected the label " + label.text() + ", found '" + found + "'", null);
        }
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    // --- cells

    private XSSFCell rawCell(int r, int c) {
        XSSFRow row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** The cell showing (r, c): the top-left cell of a merged region covering it. */
    private XSSFCell cell(int r, int c) {
        CellRangeAddress m = merges.at(r, c);
        return m == null ? rawCell(r, c) : rawCell(m.getFirstRow(), m.getFirstColumn());
    }

    /** The cell's text as shown; "" for blank. */
    String text(int r, int c) {
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
        if (formulas == null) {
            formulas = new Formulas(workbook, limits);
        }
        // Within the depth and text bounds (Formulas): a ReadException (TOO_COMPLEX, BAD_CELL) goes up as is.
        ValueEval v = formulas.value(cell);
        if (v instanceof NumberEval n) {
            return new CellValue(n.getNumberValue());
        }
        if (v instanceof StringEval s) {
            return new CellValue(s.getStringValue());
        }
        if (v instanceof BoolEval b) {
            return CellValue.valueOf(b.getBooleanValue());
        }
        if (v instanceof ErrorEval e) {
            throw bad(r, c, "the formula " + cell.getCellFormula() + " gives the error "
                    + FormulaError.forInt(e.getErrorCode()).getString());
        }
        return new CellValue("");
    }

    /**
     * A number cell, reconciled with the 数据 sheet: a value still equal to what was exported keeps the
     * model's exact value (its scale, or a blank behind a formula); an edited one is taken as shown.
     */
    Optional<BigDecimal> number(int r, int c, String key, boolean percent, String label) {
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

    static Optional<String> opt(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    static String strip(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    XlsxImportException bad(int r, int c, String message) {
        return new XlsxImportException(XlsxImportException.BAD_CELL, where(r, c), message, null);
    }

    static String where(int r, int c) {
        return SheetNames.FORM + "!" + new CellAddress(r, c).formatAsString();
    }
}
