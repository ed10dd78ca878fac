package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.XlsxImportException;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorNature;
import io.github.selfeval.model.MoneyUnit;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.IndicatorTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads back a workbook in the project ({@code GRID}) layout: the report from the 数据 sheet, with what a
 * person changed in the indicator table's 分值 and 得分 cells and in the total taken from the 自评表
 * (the same reconciliation as the department form: an unchanged formula cell means "as declared").
 * A project workbook without its 数据 sheet is refused: reading arbitrary filled forms is the reader of
 * real files' job.
 */
final class ProjectFormReader {
    private final FormReader sheet;
    private final FormDescription form;
    private final Snapshot snap;

    ProjectFormReader(FormReader sheet, FormDescription form, Snapshot snap) {
        this.sheet = sheet;
        this.form = form;
        this.snap = snap;
    }

    SelfEvaluation read(int year) {
        if (snap.isEmpty()) {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, SheetNames.DATA,
                    "a " + form.name() + " workbook is read back with its hidden " + SheetNames.DATA
                            + " sheet, which this workbook lacks", null);
        }
        SelfEvaluation data = fromData(year);
        IndicatorTable table = form.indicators();
        List<IndicatorTable.Column> columns = ProjectLayout.printedColumns(table, data);
        int last = ProjectLayout.lastColumn(form, columns);
        data = funds(data, last, form.title().size() + headerRows());
        int h = sheet.findRow(table.section(), 1);
        boolean grouped = columns.stream().anyMatch(c -> c.group().isPresent());
        int first = h + (grouped ? 2 : 1);
        int weightCol = col(columns, IndicatorTable.Column.Field.WEIGHT);
        int weightedCol = col(columns, IndicatorTable.Column.Field.WEIGHTED_SCORE);
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < data.indicators().size(); i++) {
            Indicator x = data.indicators().get(i);
            String k = "indicators[" + i + "]";
            int r = first + i;
            Optional<BigDecimal> weight = weightCol > 0
                    ? sheet.number(r, weightCol, k + ".weight", false, table.column(IndicatorTable.Column.Field.WEIGHT)
                            .orElseThrow().label().text())
                    : x.weight();
            Optional<BigDecimal> weighted = weightedCol > 0
                    ? sheet.number(r, weightedCol, k + ".weightedScore", false,
                            table.column(IndicatorTable.Column.Field.WEIGHTED_SCORE).orElseThrow().label().text())
                    : x.weightedScore();
            var row = x.toBuilder().weight(weight.orElse(null)).weightedScore(weighted.orElse(null));
            String level1 = x.level1();
            String level2 = x.level2();
            String name = x.name();
            for (int ci = 0; ci < columns.size(); ci++) {
                IndicatorTable.Column.Field field = columns.get(ci).field();
                String cell = sheet.text(r, ci + 1);
                switch (field) {
                    case LEVEL1 -> {
                        String printed = table.blockLabel(x.level1(), ProjectLayout.blockPoints(data, x.goalBlock(),
                                Optional.of(x.level1())));
                        level1 = cell.equals(printed) ? x.level1() : required(r, ci + 1, cell, columns.get(ci));
                    }
                    case LEVEL2 -> level2 = required(r, ci + 1, cell, columns.get(ci));
                    case NAME -> name = required(r, ci + 1, cell, columns.get(ci));
                    case EXPECTED -> row = row.expected(FormReader.opt(cell).orElse(null));
                    case ACTUAL -> row = row.actual(FormReader.opt(cell).orElse(null));
                    case DEVIATION_REASON -> {
                        String[] split = FormReader.splitDeviation(cell, table, x.deviationReason(), x.improvement());
                        row = row.deviationReason(split[0]).improvement(split[1]);
                    }
                    default -> {
                    }
                }
            }
            Indicator y = row.build();
            rows.add(new Indicator(level1, level2, name, y.description(), y.comparison(), y.expected(), y.unit(),
                    y.actual(), y.grade(), y.score(), y.weight(), y.weightedScore(), y.nature(), y.core(),
                    y.deviationReason(), y.improvement(), y.scoringNote(), y.goalBlock(), y.scoringMethod()));
        }
        int total = first + rows.size();
        // Rows are matched to 数据 by position: the 总分 row must follow the last recorded indicator, or
        // rows were inserted or deleted and position no longer says which indicator a row is.
        if (!form.total().label().matches(sheet.text(total, 0).strip())
                && !form.total().label().matches(sheet.text(total, 1).strip())) {
            throw new XlsxImportException(XlsxImportException.WRONG_TEMPLATE, FormReader.where(total, 1), "expected the "
                    + form.total().label().text() + " row after the " + rows.size() + " indicators the " + SheetNames.DATA
                    + " sheet records, found '" + sheet.text(total, 1) + "': indicator rows were inserted or deleted,"
                    + " so they no longer match " + SheetNames.DATA + "; edit the report's JSON instead, or read the"
                    + " sheet without its " + SheetNames.DATA + " sheet", null);
        }
        Optional<BigDecimal> declaredTotal = weightedCol > 0
                ? sheet.number(total, weightedCol, "declaredTotalScore", false, form.total().label().text())
                : data.declaredTotalScore();
        return data.toBuilder().indicators(rows).declaredTotalScore(declaredTotal.orElse(null)).build();
    }

    private String required(int r, int c, String cell, IndicatorTable.Column column) {
        if (cell.isBlank()) {
            throw sheet.bad(r, c, "expected " + column.label().text() + " (text), found a blank cell");
        }
        return cell;
    }

    /** The header rows under the title: the first field alone, the others in pairs. */
    private int headerRows() {
        int n = form.header().fields().size();
        return n == 0 ? 0 : 1 + n / 2;
    }

    /** The 项目资金 grid's money cells and 分值 as the sheet shows them. */
    private SelfEvaluation funds(SelfEvaluation data, int last, int f) {
        var fb = form.funds();
        List<ProjectLayout.SourceRow> rows = ProjectLayout.sourceRows(form, data);
        var cols = fb.columns();
        int[][] span = ProjectLayout.spans(last, 1 + cols.size());
        BudgetExecution b = data.budget();
        Optional<Funds> initial = b.initialBudget();
        Funds planned = b.budget();
        Funds spent = b.spent();
        Optional<BigDecimal> points = b.points();
        for (int k = 0; k < cols.size(); k++) {
            var field = cols.get(k).field();
            int c = span[k + 1][0];
            if (field == io.github.selfeval.model.form.FundsBlock.Column.Field.POINTS) {
                points = sheet.number(f + 1, c, "budget.points", false, cols.get(k).label().text());
            }
            if (!field.isMoney() || field == io.github.selfeval.model.form.FundsBlock.Column.Field.RECEIVED) {
                continue;
            }
            Optional<Funds> funds = ProjectLayout.funds(b, field);
            if (funds.isEmpty() && !anyNumber(f, rows.size(), c)) {
                continue;
            }
            Funds read = read(funds.orElse(Funds.empty()), rows, f, c, "budget." + field.id(), cols.get(k).label().text());
            switch (field) {
                case INITIAL_BUDGET -> initial = Optional.of(read);
                case BUDGET -> planned = read;
                default -> spent = read;
            }
        }
        return data.toBuilder().budget(new BudgetExecution(initial, planned, b.received(), spent,
                b.declaredExecutionRate(), points, b.declaredScore(), b.explanation())).build();
    }

    private boolean anyNumber(int f, int rows, int c) {
        for (int i = 0; i < rows; i++) {
            if (!sheet.text(f + 1 + i, c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private Funds read(Funds data, List<ProjectLayout.SourceRow> rows, int f, int c, String key, String label) {
        Optional<BigDecimal> total = data.total();
        Optional<BigDecimal> fiscal = data.fiscal();
        Optional<BigDecimal> carry = data.carryOver();
        Optional<BigDecimal> other = data.other();
        List<io.github.selfeval.model.NamedAmount> extras = new ArrayList<>(data.extras());
        for (int i = 0; i < rows.size(); i++) {
            ProjectLayout.SourceRow row = rows.get(i);
            ProjectLayout.Amount a = ProjectLayout.amount(Optional.of(data), row, key);
            Optional<BigDecimal> v = sheet.number(f + 1 + i, c, a.path(), false, label);
            switch (row.field()) {
                case TOTAL -> total = v;
                case FISCAL -> fiscal = v;
                case CARRY_OVER -> carry = v;
                case OTHER -> other = v;
                case EXTRA -> {
                    int at = -1;
                    for (int e = 0; e < extras.size(); e++) {
                        if (a.path().equals(key + ".extras[" + e + "].amount")) {
                            at = e;
                        }
                    }
                    if (at >= 0) {
                        extras.set(at, new io.github.selfeval.model.NamedAmount(extras.get(at).name(), v));
                    } else if (v.isPresent()) {
                        extras.add(new io.github.selfeval.model.NamedAmount(row.label(), v));
                    }
                }
            }
        }
        return new Funds(total, fiscal, other, carry, extras);
    }

    private static int col(List<IndicatorTable.Column> columns, IndicatorTable.Column.Field field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field() == field) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The report as the 数据 sheet holds it. */
    private SelfEvaluation fromData(int year) {
        BudgetExecution budget = new BudgetExecution(snap.funds("budget.initialBudget"),
                snap.funds("budget.budget").orElse(Funds.empty()), snap.funds("budget.received"),
                snap.funds("budget.spent").orElse(Funds.empty()), snap.percent("budget.declaredExecutionRate"),
                snap.number("budget.points"), snap.number("budget.declaredScore"), snap.text("budget.explanation"));
        List<Goal> goals = new ArrayList<>();
        int ng = snap.count("goals.items");
        for (int i = 0; i < ng; i++) {
            String k = "goals.items[" + i + "]";
            goals.add(new Goal(snap.text(k + ".target"), snap.text(k + ".completion")));
        }
        List<Indicator> indicators = new ArrayList<>();
        int n = snap.count("indicators");
        for (int i = 0; i < n; i++) {
            String k = "indicators[" + i + "]";
            indicators.add(new Indicator(snap.text(k + ".level1").orElse(""), snap.text(k + ".level2").orElse(""),
                    snap.text(k + ".name").orElse(""), snap.text(k + ".description"),
                    snap.parse(k + ".comparison", "a comparison symbol ≥ ≤ = > <", Comparison::of), snap.text(k + ".expected"),
                    snap.text(k + ".unit"), snap.text(k + ".actual"), snap.parse(k + ".grade", "a grade 优 良 中 差", Grade::of),
                    snap.number(k + ".score"), snap.number(k + ".weight"), snap.number(k + ".weightedScore"),
                    snap.parse(k + ".nature", "an indicator nature", IndicatorNature::of),
                    snap.parse(k + ".core", "true or false", Snapshot::bool).orElse(false), snap.text(k + ".deviationReason"),
                    snap.text(k + ".improvement"), snap.text(k + ".scoringNote"), snap.text(k + ".goalBlock"),
                    snap.text(k + ".scoringMethod")));
        }
        return new SelfEvaluation(form.kind(), snap.text("pack"), snap.text("catalogue"), snap.cover(year),
                snap.project(), snap.details(), snap.parse("moneyUnit", "the money unit 万元 or 元", MoneyUnit::of).orElse(MoneyUnit.WAN_YUAN),
                snap.text("implementingDepartment"), snap.narrative(), budget,
                new Goals(goals, snap.percent("goals.declaredOverallCompletion")), indicators,
                snap.number("declaredTotalScore"), snap.text("preparer"), snap.text("phone"), snap.list("notes"),
                snap.text("form"), snap.blocks(), snap.number("declaredMaxScore"), snap.texts(), snap.filledOn());
    }
}
