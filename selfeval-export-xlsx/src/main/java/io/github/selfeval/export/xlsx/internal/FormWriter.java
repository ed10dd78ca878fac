package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.internal.Styles.Role;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the 自评表 sheet: the official table of the seed (DOMAIN.md §3), with formulas for
 * 折算得分, 自评得分 and 预算执行进度, each carrying its cached value.
 *
 * <p>Records where each model value went ({@link #cellOf(String)}, for highlighting audit findings)
 * and what the form displays where that differs from the model ({@link #shown()}, for the 数据 sheet).
 * Not thread-safe; one instance per export.
 */
final class FormWriter {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final double POINTS_PER_LINE = 1.35;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final ScoreCard card;
    private final SelfEvaluation report;
    private final RoundingPolicy rounding;
    private final Columns cols;
    private final Map<String, CellAddress> cells = new HashMap<>();
    private final Map<String, String> shown = new LinkedHashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    /** The merged regions added, kept here: POI re-parses its own list on every getMergedRegions(). */
    private final List<CellRangeAddress> merged = new ArrayList<>();

    private int indicatorHeaderRow = -1;

    /** A text written over a rectangle of cells, for row height estimates. */
    private record Placement(int r1, int r2, int c1, int c2, String text, Role role) {
    }

    FormWriter(SXSSFWorkbook workbook, Styles styles, ScoreCard card, boolean points) {
        this.sheet = workbook.createSheet(Labels.SHEET_FORM);
        this.styles = styles;
        this.card = card;
        this.report = card.report();
        this.rounding = card.rounding();
        this.cols = points ? Columns.POINTS : Columns.WEIGHTED;
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    Columns columns() {
        return cols;
    }

    /** What the form displays for a model path where that is not the model's own value. */
    Map<String, String> shown() {
        return shown;
    }

    /**
     * The cell that shows a model path ({@code indicators[8].weightedScore}), or the nearest
     * enclosing path's cell ({@code indicators[8]}), or empty when the form does not show it.
     */
    Optional<CellAddress> cellOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            CellAddress a = cells.get(p);
            if (a != null) {
                return Optional.of(topLeft(a));
            }
            int dot = p.lastIndexOf('.');
            int bracket = p.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            if (cut <= 0) {
                break;
            }
            p = p.substring(0, cut);
        }
        return Optional.empty();
    }

    private CellAddress topLeft(CellAddress a) {
        for (CellRangeAddress r : merged) {
            if (r.isInRange(a.getRow(), a.getColumn())) {
                return new CellAddress(r.getFirstRow(), r.getFirstColumn());
            }
        }
        return a;
    }

    void write() {
        int[] widths = cols.widths();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256 + 128);
        }
        int row = 0;
        region(row, row, 0, cols.last(), Labels.title(report.cover().year(), report.kind()), Role.TITLE);
        row = basic(row + 1);
        row = budget(row);
        row = goals(row);
        row = indicators(row);
        row = footer(row);
        notes(row);
        rowHeights();
        printSetup();
    }

    // 一、基本情况
    private int basic(int b) {
        int r = b;
        label(r, 1, 2, Labels.IMPLEMENTING_DEPARTMENT);
        text(r, 3, 7, report.implementingDepartment().orElse(null), "implementingDepartment");
        label(r, 8, 9, Labels.MONEY_UNIT);
        text(r, 10, cols.last(), report.moneyUnit().label(), "moneyUnit");
        if (report.project().isPresent()) {
            var p = report.project().get();
            r++;
            label(r, 1, 2, Labels.PROJECT_NAME);
            text(r, 3, cols.last(), p.name(), "project.name");
            cells.put("project", new CellAddress(r, 3));
            r++;
            label(r, 1, 2, Labels.SUPERVISING_DEPARTMENT);
            text(r, 3, 7, p.supervisingDepartment().orElse(null), "project.supervisingDepartment");
            label(r, 8, 9, Labels.IMPLEMENTING_UNIT);
            text(r, 10, cols.last(), p.implementingUnit().orElse(null), "project.implementingUnit");
        }
        region(b, r, 0, 0, Labels.BASIC, Role.LABEL);
        return r + 1;
    }

    // 二、预算执行情况
    private int budget(int p) {
        BudgetExecution b = report.budget();
        region(p, p + 3, 0, 0, Labels.BUDGET, Role.LABEL);
        label(p, 1, 3, Labels.BUDGET_PLANNED);
        label(p, 4, 6, Labels.BUDGET_RECEIVED);
        label(p, 7, 9, Labels.BUDGET_SPENT);
        label(p, 10, cols.last(), Labels.EXECUTION_RATE);
        String[][] rowLabels = {
            {Labels.BUDGET_AMOUNT, Labels.RECEIVED_AMOUNT, Labels.SPENT_AMOUNT},
            {Labels.FISCAL, Labels.FISCAL, Labels.FISCAL},
            {Labels.OTHER, Labels.OTHER, Labels.OTHER}};
        String[] parts = {"total", "fiscal", "other"};
        Funds received = b.received().orElse(Funds.blank());
        Funds[] funds = {b.budget(), received, b.spent()};
        String[] keys = {"budget.budget", "budget.received", "budget.spent"};
        for (int i = 0; i < 3; i++) {
            int r = p + 1 + i;
            for (int k = 0; k < 3; k++) {
                int c = 1 + 3 * k;
                label(r, c, c, rowLabels[i][k]);
                Optional<BigDecimal> v = switch (i) {
                    case 0 -> funds[k].total();
                    case 1 -> funds[k].fiscal();
                    default -> funds[k].other();
                };
                number(r, c + 1, c + 2, v.orElse(null), keys[k] + "." + parts[i]);
                if (i == 0) {
                    cells.put(keys[k], new CellAddress(r, c + 1));
                }
            }
        }
        // 预算执行进度 = 执行数 / 预算数 × 100; a blank total means 财政资金 + 其他, as Funds.amount() does.
        String spent = amountExpr(p + 1, 8);
        String planned = amountExpr(p + 1, 2);
        String formula = "IF(" + planned + "=0,\"\"," + ExcelRounding.wrap(spent + "/" + planned + "*100",
                rounding.rate()) + ")";
        Optional<BigDecimal> rate = executionRate(b);
        formula(p + 1, p + 3, 10, cols.last(), formula, rate.orElse(null), Role.NUMBER);
        cells.put("budget.declaredExecutionRate", new CellAddress(p + 1, 10));
        cells.put("budget", new CellAddress(p + 1, 10));
        shown.put("budget.declaredExecutionRate" + Snapshot.SHOWN, rate.map(BigDecimal::toString).orElse(""));
        return p + 4;
    }

    /** The 执行数 / 预算数 × 100 the rate formula gives, rounded per the policy. */
    private Optional<BigDecimal> executionRate(BudgetExecution b) {
        BigDecimal planned = b.budget().amount().orElse(BigDecimal.ZERO);
        if (planned.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal spent = b.spent().amount().orElse(BigDecimal.ZERO);
        return Optional.of(rounding.rate().apply(Percent.ratio(spent, planned).points()));
    }

    private static String amountExpr(int totalRow, int col) {
        String t = ref(totalRow, col);
        return "IF(ISNUMBER(" + t + ")," + t + ",N(" + ref(totalRow + 1, col) + ")+N(" + ref(totalRow + 2, col) + "))";
    }

    // 三、目标完成情况
    private int goals(int g) {
        List<Goal> items = report.goals().items();
        int n = Math.max(1, items.size());
        region(g, g + n, 0, 0, Labels.GOALS, Role.LABEL);
        label(g, 1, 5, Labels.GOAL_TARGET);
        label(g, 6, 10, Labels.GOAL_COMPLETION);
        label(g, 11, cols.last(), Labels.OVERALL_COMPLETION);
        cells.put("goals", new CellAddress(g, 1));
        for (int i = 0; i < n; i++) {
            int r = g + 1 + i;
            Goal goal = i < items.size() ? items.get(i) : Goal.of(null, null);
            String k = "goals.items[" + i + "]";
            text(r, 1, 5, goal.target().map(t -> Labels.goalTargetPrefix(r - g) + t).orElse(null), k + ".target");
            text(r, 6, 10, goal.completion().map(t -> Labels.goalCompletionPrefix(r - g) + t).orElse(null),
                    k + ".completion");
            cells.put(k, new CellAddress(r, 1));
        }
        numberRegion(g + 1, g + n, 11, cols.last(),
                report.goals().declaredOverallCompletion().map(Percent::points).orElse(null),
                "goals.declaredOverallCompletion");
        return g + n + 1;
    }

    // 四、年度绩效指标完成情况
    private int indicators(int h) {
        indicatorHeaderRow = h;
        List<Indicator> rows = report.indicators();
        int n = rows.size();
        int first = h + 2;
        int total = first + n;
        region(h, total, 0, 0, Labels.INDICATORS, Role.LABEL);
        region(h, h + 1, 1, 1, Labels.LEVEL1, Role.LABEL);
        region(h, h + 1, 2, 2, Labels.LEVEL2, Role.LABEL);
        region(h, h + 1, 3, 3, Labels.LEVEL3, Role.LABEL);
        region(h, h + 1, 4, 4, Labels.DESCRIPTION, Role.LABEL);
        label(h, 5, 6, Labels.EXPECTED);
        label(h + 1, 5, 5, Labels.SYMBOL);
        label(h + 1, 6, 6, Labels.VALUE);
        region(h, h + 1, 7, 7, Labels.UNIT, Role.LABEL);
        region(h, h + 1, 8, 8, Labels.ACTUAL, Role.LABEL);
        region(h, h + 1, 9, 9, Labels.GRADE, Role.LABEL);
        if (cols.points()) {
            region(h, h + 1, cols.weight(), cols.weight(), Labels.POINTS, Role.LABEL);
            region(h, h + 1, cols.score(), cols.score(), Labels.SCORE_RATE, Role.LABEL);
            region(h, h + 1, cols.weighted(), cols.weighted(), Labels.POINTS_SCORE, Role.LABEL);
            region(h, h + 1, cols.deviation(), cols.deviation(), Labels.DEVIATION, Role.LABEL);
        } else {
            label(h, 10, 12, Labels.SELF_SCORE);
            label(h + 1, cols.score(), cols.score(), Labels.SCORE);
            label(h + 1, cols.weight(), cols.weight(), Labels.WEIGHT);
            label(h + 1, cols.weighted(), cols.weighted(), Labels.WEIGHTED_SCORE);
        }
        cells.put("indicators", new CellAddress(h, 1));

        BigDecimal sumWeighted = BigDecimal.ZERO;
        BigDecimal sumWeights = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            Indicator x = rows.get(i);
            int r = first + i;
            String k = "indicators[" + i + "]";
            text(r, 1, 1, x.level1(), k + ".level1");
            text(r, 2, 2, x.level2(), k + ".level2");
            text(r, 3, 3, x.name(), k + ".name");
            cells.put(k, new CellAddress(r, 3));
            text(r, 4, 4, x.description().orElse(null), k + ".description");
            centered(r, 5, x.comparison().map(Comparison::symbol).orElse(null), k + ".comparison");
            centered(r, 6, x.expected().orElse(null), k + ".expected");
            text(r, 7, 7, x.unit().orElse(null), k + ".unit");
            text(r, 8, 8, x.actual().orElse(null), k + ".actual");
            centered(r, 9, x.grade().map(Grade::label).orElse(null), k + ".grade");

            // A blank declared score shows the computed one, so that the formula gives a number.
            int index = i;
            Optional<BigDecimal> score = x.score().or(() -> computedScore(index));
            if (x.score().isEmpty()) {
                shown.put(k + ".score" + Snapshot.SHOWN, score.map(BigDecimal::toString).orElse(""));
            }
            number(r, cols.score(), cols.score(), score.orElse(null), k + ".score");
            number(r, cols.weight(), cols.weight(), x.weight().orElse(null), k + ".weight");
            String f = ExcelRounding.wrap(ref(r, cols.score()) + "*" + ref(r, cols.weight()) + "/100",
                    rounding.weightedScore());
            BigDecimal weighted = rounding.weightedScore().apply(
                    score.orElse(BigDecimal.ZERO).multiply(x.weight().orElse(BigDecimal.ZERO)).divide(HUNDRED,
                            MathContext.DECIMAL128));
            formula(r, r, cols.weighted(), cols.weighted(), f, weighted, Role.NUMBER);
            cells.put(k + ".weightedScore", new CellAddress(r, cols.weighted()));
            shown.put(k + ".weightedScore" + Snapshot.SHOWN, weighted.toString());
            if (cols.points()) {
                text(r, cols.deviation(), cols.deviation(), deviationText(x), k + ".deviationReason");
                cells.put(k + ".improvement", new CellAddress(r, cols.deviation()));
            }
            sumWeighted = sumWeighted.add(weighted);
            sumWeights = sumWeights.add(x.weight().orElse(BigDecimal.ZERO));
        }
        mergeRuns(first, rows);

        // 自评得分 row: Σ weights under the weight column, the total under the formula column.
        region(total, total, 1, cols.weight() - 1, Labels.SELF_SCORE, Role.LABEL);
        String weights = n == 0 ? "0" : "SUM(" + ref(first, cols.weight()) + ":" + ref(total - 1, cols.weight()) + ")";
        formula(total, total, cols.weight(), cols.weight(), weights, sumWeights, Role.TOTAL);
        for (int c = cols.weight() + 1; c <= cols.last(); c++) {
            if (c != cols.weighted()) {
                region(total, total, c, c, null, Role.TOTAL);
            }
        }
        String sum = n == 0 ? "0" : "SUM(" + ref(first, cols.weighted()) + ":" + ref(total - 1, cols.weighted()) + ")";
        BigDecimal totalScore = rounding.total().apply(sumWeighted);
        formula(total, total, cols.weighted(), cols.weighted(), ExcelRounding.wrap(sum, rounding.total()),
                totalScore, Role.TOTAL);
        cells.put("declaredTotalScore", new CellAddress(total, cols.weighted()));
        shown.put("declaredTotalScore" + Snapshot.SHOWN, totalScore.toString());
        return total + 1;
    }

    private Optional<BigDecimal> computedScore(int index) {
        return card.indicators().stream().filter(s -> s.index() == index).findFirst().map(IndicatorScore::score);
    }

    /** 偏差原因 and 改进措施 in the one column the points form has. */
    static String deviationText(Indicator x) {
        String reason = x.deviationReason().orElse("");
        String improvement = x.improvement().map(s -> Labels.IMPROVEMENT_PREFIX + s).orElse("");
        if (reason.isEmpty()) {
            return improvement.isEmpty() ? null : improvement;
        }
        return improvement.isEmpty() ? reason : reason + "\n" + improvement;
    }

    /** Merges 一级 cells over runs of equal 一级指标, and 二级 cells over equal (一级, 二级) runs. */
    private void mergeRuns(int first, List<Indicator> rows) {
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1).level1().equals(rows.get(i).level1())) {
                j++;
            }
            if (j > i) {
                merge(first + i, first + j, 1, 1);
            }
            int a = i;
            while (a <= j) {
                int b = a;
                while (b + 1 <= j && rows.get(b + 1).level2().equals(rows.get(a).level2())) {
                    b++;
                }
                if (b > a) {
                    merge(first + a, first + b, 2, 2);
                }
                a = b + 1;
            }
            i = j + 1;
        }
    }

    private void merge(int r1, int r2, int c1, int c2) {
        addMerged(new CellRangeAddress(r1, r2, c1, c2));
        // Only the top-left cell keeps its value; the others stay styled (for their borders) but blank.
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                if (r != r1 || c != c1) {
                    SXSSFCell cell = cell(r, c);
                    cell.setBlank();
                }
            }
        }
        placements.removeIf(p -> p.r1() >= r1 && p.r2() <= r2 && p.c1() >= c1 && p.c2() <= c2
                && (p.r1() != r1 || p.c1() != c1));
        placements.replaceAll(p -> p.r1() == r1 && p.c1() == c1 && p.c2() == c2 ? new Placement(r1, r2, c1, c2,
                p.text(), p.role()) : p);
    }

    private int footer(int f) {
        label(f, 0, 1, Labels.PREPARER);
        text(f, 2, 5, report.preparer().orElse(null), "preparer");
        label(f, 6, 7, Labels.PHONE);
        text(f, 8, cols.last(), report.phone().orElse(null), "phone");
        return f + 1;
    }

    private void notes(int row) {
        List<String> notes = report.notes();
        if (notes.isEmpty()) {
            return;
        }
        region(row, row, 0, cols.last(), Labels.NOTES, Role.NOTE);
        for (int i = 0; i < notes.size(); i++) {
            int r = row + 1 + i;
            region(r, r, 0, cols.last(), Labels.notePrefix(i + 1) + notes.get(i), Role.NOTE);
            cells.put("notes[" + i + "]", new CellAddress(r, 0));
        }
    }

    private void rowHeights() {
        int[] widths = cols.widths();
        Map<Integer, Double> heights = new HashMap<>();
        for (Placement p : placements) {
            if (p.r1() != p.r2()) {
                continue;
            }
            heights.merge(p.r1(), needed(p, widths), Math::max);
        }
        // A text merged over several rows: grow the last row when the rows together are too low.
        for (Placement p : placements) {
            if (p.r1() == p.r2()) {
                continue;
            }
            double have = 0;
            for (int r = p.r1(); r <= p.r2(); r++) {
                have += heights.getOrDefault(r, minHeight());
            }
            double need = needed(p, widths);
            if (need > have) {
                heights.put(p.r2(), heights.getOrDefault(p.r2(), minHeight()) + need - have);
            }
        }
        int lastRow = sheet.getLastRowNum();
        for (int r = 0; r <= lastRow; r++) {
            double h = Math.max(minHeight(), heights.getOrDefault(r, minHeight()));
            row(r).setHeightInPoints((float) Math.min(409, Math.ceil(h)));
        }
    }

    private static double minHeight() {
        return 18;
    }

    private static double needed(Placement p, int[] widths) {
        double units = 0;
        for (int c = p.c1(); c <= p.c2(); c++) {
            units += widths[c];
        }
        int lines = TextWidth.lines(p.text(), units);
        return lines * Styles.fontPoints(p.role()) * POINTS_PER_LINE + 6;
    }

    private void printSetup() {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        // The indicator table's two header rows repeat on every page it runs over.
        sheet.setRepeatingRows(new CellRangeAddress(indicatorHeaderRow, indicatorHeaderRow + 1, -1, -1));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, cols.last(), 0,
                sheet.getLastRowNum());
    }

    // --- cells

    private void label(int r, int c1, int c2, String text) {
        region(r, r, c1, c2, text, Role.LABEL);
    }

    private void text(int r, int c1, int c2, String text, String path) {
        region(r, r, c1, c2, text, Role.TEXT);
        cells.put(path, new CellAddress(r, c1));
    }

    private void centered(int r, int c, String text, String path) {
        region(r, r, c, c, text, Role.CENTER);
        cells.put(path, new CellAddress(r, c));
    }

    private void region(int r1, int r2, int c1, int c2, String text, Role role) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(r, c).setCellStyle(styles.get(role));
            }
        }
        if (text != null) {
            SXSSFCell cell = cell(r1, c1);
            cell.setCellValue(text);
            if (isFormulaLike(text)) {
                cell.setCellStyle(styles.get(new Styles.Key(role, Styles.Mark.NONE, true)));
            }
            placements.add(new Placement(r1, r2, c1, c2, text, role));
        }
        if (r1 != r2 || c1 != c2) {
            addMerged(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** Adds a region without POI's overlap check (the layout never overlaps; the check is quadratic). */
    private void addMerged(CellRangeAddress region) {
        sheet.addMergedRegionUnsafe(region);
        merged.add(region);
    }

    private void number(int r, int c1, int c2, BigDecimal value, String path) {
        numberRegion(r, r, c1, c2, value, path);
    }

    private void numberRegion(int r1, int r2, int c1, int c2, BigDecimal value, String path) {
        region(r1, r2, c1, c2, null, Role.NUMBER);
        if (value != null) {
            cell(r1, c1).setCellValue(value.doubleValue());
        }
        cells.put(path, new CellAddress(r1, c1));
    }

    private void formula(int r1, int r2, int c1, int c2, String formula, BigDecimal cached, Role role) {
        region(r1, r2, c1, c2, null, role);
        SXSSFCell cell = cell(r1, c1);
        cell.setCellFormula(formula);
        // Setting a value on a formula cell keeps the formula and writes the cached result, so that
        // viewers that do not recalculate still show the library's number.
        if (cached == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(cached.doubleValue());
        }
        assert cell.getCellType() == CellType.FORMULA;
    }

    /** Text a spreadsheet would read as a formula when typed: =, +, -, @ first. */
    static boolean isFormulaLike(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private SXSSFRow row(int r) {
        SXSSFRow row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private SXSSFCell cell(int r, int c) {
        SXSSFRow row = row(r);
        SXSSFCell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }

    static String ref(int r, int c) {
        return new CellAddress(r, c).formatAsString();
    }
}
