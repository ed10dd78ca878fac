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
            rows.add(x.toBuilder().weight(weight.orElse(null)).weightedScore(weighted.orElse(null)).build());
        }
        int total = first + rows.size();
        Optional<BigDecimal> declaredTotal = weightedCol > 0
                ? sheet.number(total, weightedCol, "declaredTotalScore", false, form.total().label().text())
                : data.declaredTotalScore();
        return data.toBuilder().indicators(rows).declaredTotalScore(declaredTotal.orElse(null)).build();
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
                snap.funds("budget.budget").orElse(Funds.blank()), snap.funds("budget.received"),
                snap.funds("budget.spent").orElse(Funds.blank()), snap.percent("budget.declaredExecutionRate"),
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
                    snap.text(k + ".comparison").map(Comparison::of), snap.text(k + ".expected"),
                    snap.text(k + ".unit"), snap.text(k + ".actual"), snap.text(k + ".grade").map(Grade::of),
                    snap.number(k + ".score"), snap.number(k + ".weight"), snap.number(k + ".weightedScore"),
                    snap.text(k + ".nature").map(IndicatorNature::of),
                    snap.text(k + ".core").map(Boolean::parseBoolean).orElse(false), snap.text(k + ".deviationReason"),
                    snap.text(k + ".improvement"), snap.text(k + ".scoringNote"), snap.text(k + ".goalBlock"),
                    snap.text(k + ".scoringMethod")));
        }
        return new SelfEvaluation(form.kind(), snap.text("pack"), snap.text("catalogue"), snap.cover(year),
                snap.project(), snap.details(), snap.text("moneyUnit").map(MoneyUnit::of).orElse(MoneyUnit.WAN_YUAN),
                snap.text("implementingDepartment"), snap.narrative(), budget,
                new Goals(goals, snap.percent("goals.declaredOverallCompletion")), indicators,
                snap.number("declaredTotalScore"), snap.text("preparer"), snap.text("phone"), snap.list("notes"),
                snap.text("form"), snap.blocks(), snap.number("declaredMaxScore"), snap.texts(), snap.filledOn());
    }
}
