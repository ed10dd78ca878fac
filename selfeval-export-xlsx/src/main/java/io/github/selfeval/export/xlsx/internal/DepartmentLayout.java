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
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.GoalsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seed's Hebei 部门整体 layout (DOMAIN.md §3, a {@link FundsBlock.Layout#GROUPED grouped} funds block):
 * 一、基本情况, 二、预算执行情况 with 预算执行进度, 三、目标完成情况 as numbered goals, 四、年度绩效指标完成情况 with
 * 折算得分 formulas and 自评得分, 填报人 · 联系电话, 说明. Every label comes from the form description.
 */
final class DepartmentLayout {
    private final FormWriter w;
    private final ScoreCard card;
    private final SelfEvaluation report;
    private final FormDescription form;
    private final RoundingPolicy rounding;
    private final Columns cols;
    private int indicatorHeaderRow;

    DepartmentLayout(FormWriter writer, Columns cols) {
        this.w = writer;
        this.card = writer.card();
        this.report = card.report();
        this.form = writer.form();
        this.rounding = card.rounding();
        this.cols = cols;
    }

    void write() {
        w.widths(cols.widths());
        int row = 0;
        w.region(row, row, 0, cols.last(), String.join("", form.titleLines(report)), Role.TITLE);
        row = basic(row + 1);
        row = budget(row);
        row = goals(row);
        row = indicators(row);
        row = footer(row);
        notes(row);
        w.repeatRows(indicatorHeaderRow, indicatorHeaderRow + 1);
    }

    // 一、基本情况
    private int basic(int b) {
        int r = b;
        w.label(r, 1, 2, Forms.header(form, HeaderField.Field.IMPLEMENTING_DEPARTMENT));
        w.text(r, 3, 7, report.implementingDepartment().orElse(null), "implementingDepartment");
        w.label(r, 8, 9, Forms.header(form, HeaderField.Field.MONEY_UNIT));
        w.text(r, 10, cols.last(), report.moneyUnit().label(), "moneyUnit");
        if (report.project().isPresent()) {
            var p = report.project().get();
            r++;
            w.label(r, 1, 2, Forms.header(form, HeaderField.Field.PROJECT_NAME));
            w.text(r, 3, cols.last(), p.name(), "project.name");
            w.mark("project", r, 3);
            r++;
            w.label(r, 1, 2, Forms.header(form, HeaderField.Field.SUPERVISING_DEPARTMENT));
            w.text(r, 3, 7, p.supervisingDepartment().orElse(null), "project.supervisingDepartment");
            w.label(r, 8, 9, Forms.header(form, HeaderField.Field.IMPLEMENTING_UNIT));
            w.text(r, 10, cols.last(), p.implementingUnit().orElse(null), "project.implementingUnit");
        }
        w.region(b, r, 0, 0, form.header().section().map(l -> l.text()).orElse(null), Role.LABEL);
        return r + 1;
    }

    // 二、预算执行情况
    private int budget(int p) {
        BudgetExecution b = report.budget();
        FundsBlock fb = form.funds();
        w.region(p, p + 3, 0, 0, fb.section().map(l -> l.text()).orElse(null), Role.LABEL);
        FundsBlock.Column.Field[] money = {FundsBlock.Column.Field.BUDGET, FundsBlock.Column.Field.RECEIVED,
            FundsBlock.Column.Field.SPENT};
        for (int k = 0; k < 3; k++) {
            w.label(p, 1 + 3 * k, 3 + 3 * k, Forms.fundsColumn(fb, money[k]).label().text());
        }
        w.label(p, 10, cols.last(), fb.rate().map(l -> l.text()).orElse(null));
        String fiscal = Forms.fundsRow(fb, FundsBlock.Row.Field.FISCAL);
        String other = Forms.fundsRow(fb, FundsBlock.Row.Field.OTHER);
        String[] parts = {"total", "fiscal", "other"};
        Funds received = b.received().orElse(Funds.empty());
        Funds[] funds = {b.budget(), received, b.spent()};
        String[] keys = {"budget.budget", "budget.received", "budget.spent"};
        for (int i = 0; i < 3; i++) {
            int r = p + 1 + i;
            for (int k = 0; k < 3; k++) {
                int c = 1 + 3 * k;
                FundsBlock.Column column = Forms.fundsColumn(fb, money[k]);
                String rowLabel = i == 0 ? column.totalLabel().orElse(column.label()).text() : i == 1 ? fiscal : other;
                w.label(r, c, c, rowLabel);
                Optional<BigDecimal> v = switch (i) {
                    case 0 -> funds[k].total();
                    case 1 -> funds[k].fiscal();
                    default -> funds[k].other();
                };
                w.number(r, c + 1, c + 2, v.orElse(null), keys[k] + "." + parts[i]);
                if (i == 0) {
                    w.mark(keys[k], r, c + 1);
                }
            }
        }
        // 预算执行进度 = 执行数 / 预算数 × 100, blank when either is blank (as the card's rate is); a blank total
        // means the sum of the parts, as Funds.amount() does.
        String plannedTotal = FormWriter.ref(p + 1, 2);
        List<String> plannedParts = List.of(FormWriter.ref(p + 2, 2), FormWriter.ref(p + 3, 2));
        String spentTotal = FormWriter.ref(p + 1, 8);
        List<String> spentParts = List.of(FormWriter.ref(p + 2, 8), FormWriter.ref(p + 3, 8));
        String planned = CardFormulas.amount(plannedTotal, plannedParts);
        String spent = CardFormulas.amount(spentTotal, spentParts);
        String guard = CardFormulas.rateGuard(CardFormulas.blank(plannedTotal, plannedParts),
                CardFormulas.blank(spentTotal, spentParts));
        Optional<BigDecimal> rate = card.budgetExecutionRate().map(Percent::points);
        w.formula(p + 1, p + 3, 10, cols.last(), CardFormulas.rate(planned, spent, guard, rounding.rate(), false),
                rate.orElse(null), Role.NUMBER);
        w.mark("budget.declaredExecutionRate", p + 1, 10);
        w.mark("budget", p + 1, 10);
        w.shown("budget.declaredExecutionRate", rate.map(BigDecimal::toString).orElse(""));
        return p + 4;
    }

    // 三、目标完成情况
    private int goals(int g) {
        GoalsBlock gb = form.goals().orElseThrow(() -> new IllegalStateException("form " + form.id()
                + " has no goals block"));
        List<Goal> items = report.goals().items();
        int n = Math.max(1, items.size());
        w.region(g, g + n, 0, 0, gb.section().text(), Role.LABEL);
        w.label(g, 1, 5, gb.target().text());
        w.label(g, 6, 10, gb.completion().text());
        w.label(g, 11, cols.last(), gb.overall().map(l -> l.text()).orElse(null));
        w.mark("goals", g, 1);
        for (int i = 0; i < n; i++) {
            int r = g + 1 + i;
            int number = i + 1;
            Goal goal = i < items.size() ? items.get(i) : Goal.of(null, null);
            String k = "goals.items[" + i + "]";
            w.text(r, 1, 5, goal.target().map(t -> gb.target(number, t)).orElse(null), k + ".target");
            w.text(r, 6, 10, goal.completion().map(t -> gb.completion(number, t)).orElse(null), k + ".completion");
            w.mark(k, r, 1);
        }
        w.numberRegion(g + 1, g + n, 11, cols.last(),
                report.goals().declaredOverallCompletion().map(Percent::points).orElse(null),
                "goals.declaredOverallCompletion");
        return g + n + 1;
    }

    // 四、年度绩效指标完成情况
    private int indicators(int h) {
        indicatorHeaderRow = h;
        IndicatorTable t = form.indicators();
        List<Indicator> rows = report.indicators();
        int n = rows.size();
        int first = h + 2;
        int total = first + n;
        boolean pts = cols.points();
        w.region(h, total, 0, 0, t.section().text(), Role.LABEL);
        w.region(h, h + 1, 1, 1, Forms.column(t, IndicatorTable.Column.Field.LEVEL1, pts), Role.LABEL);
        w.region(h, h + 1, 2, 2, Forms.column(t, IndicatorTable.Column.Field.LEVEL2, pts), Role.LABEL);
        w.region(h, h + 1, 3, 3, Forms.column(t, IndicatorTable.Column.Field.NAME, pts), Role.LABEL);
        w.region(h, h + 1, 4, 4, Forms.column(t, IndicatorTable.Column.Field.DESCRIPTION, pts), Role.LABEL);
        w.label(h, 5, 6, Forms.group(t, IndicatorTable.Column.Field.COMPARISON));
        w.label(h + 1, 5, 5, Forms.column(t, IndicatorTable.Column.Field.COMPARISON, pts));
        w.label(h + 1, 6, 6, Forms.column(t, IndicatorTable.Column.Field.EXPECTED, pts));
        w.region(h, h + 1, 7, 7, Forms.column(t, IndicatorTable.Column.Field.UNIT, pts), Role.LABEL);
        w.region(h, h + 1, 8, 8, Forms.column(t, IndicatorTable.Column.Field.ACTUAL, pts), Role.LABEL);
        w.region(h, h + 1, 9, 9, Forms.column(t, IndicatorTable.Column.Field.GRADE, pts), Role.LABEL);
        String scoreLabel = Forms.column(t, IndicatorTable.Column.Field.SCORE, pts);
        String weightLabel = Forms.column(t, IndicatorTable.Column.Field.WEIGHT, pts);
        String weightedLabel = Forms.column(t, IndicatorTable.Column.Field.WEIGHTED_SCORE, pts);
        if (pts) {
            w.region(h, h + 1, cols.weight(), cols.weight(), weightLabel, Role.LABEL);
            w.region(h, h + 1, cols.score(), cols.score(), scoreLabel, Role.LABEL);
            w.region(h, h + 1, cols.weighted(), cols.weighted(), weightedLabel, Role.LABEL);
            w.region(h, h + 1, cols.deviation(), cols.deviation(),
                    Forms.column(t, IndicatorTable.Column.Field.DEVIATION_REASON, pts), Role.LABEL);
        } else {
            w.label(h, 10, 12, Forms.group(t, IndicatorTable.Column.Field.SCORE));
            w.label(h + 1, cols.score(), cols.score(), scoreLabel);
            w.label(h + 1, cols.weight(), cols.weight(), weightLabel);
            w.label(h + 1, cols.weighted(), cols.weighted(), weightedLabel);
        }
        w.mark("indicators", h, 1);

        List<String> exact = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        if (n > 0) {
            printed.add(FormWriter.ref(first, cols.weighted()) + ":" + FormWriter.ref(total - 1, cols.weighted()));
        }
        for (int i = 0; i < n; i++) {
            Indicator x = rows.get(i);
            IndicatorScore s = card.indicators().get(i);
            int r = first + i;
            String k = "indicators[" + i + "]";
            w.text(r, 1, 1, x.level1(), k + ".level1");
            w.text(r, 2, 2, x.level2(), k + ".level2");
            w.text(r, 3, 3, x.name(), k + ".name");
            w.mark(k, r, 3);
            w.text(r, 4, 4, x.description().orElse(null), k + ".description");
            w.centered(r, 5, x.comparison().map(Comparison::symbol).orElse(null), k + ".comparison");
            w.centered(r, 6, x.expected().orElse(null), k + ".expected");
            w.text(r, 7, 7, x.unit().orElse(null), k + ".unit");
            w.text(r, 8, 8, x.actual().orElse(null), k + ".actual");
            w.centered(r, 9, x.grade().map(Grade::label).orElse(null), k + ".grade");
            RowCells.score(w, r, cols.score(), s, k);
            w.number(r, cols.weight(), cols.weight(), x.weight().orElse(null), k + ".weight");
            String raw = CardFormulas.rawRow(FormWriter.ref(r, cols.score()), FormWriter.ref(r, cols.weight()));
            RowCells.weighted(w, r, cols.weighted(), s, k, x.weight().isPresent() ? raw : null, rounding);
            exact.add(x.weight().isPresent() ? raw : "N(" + FormWriter.ref(r, cols.weighted()) + ")");
            if (pts) {
                w.text(r, cols.deviation(), cols.deviation(),
                        t.deviationText(x.deviationReason(), x.improvement()).orElse(null), k + ".deviationReason");
                w.mark(k + ".improvement", r, cols.deviation());
            }
        }
        mergeRuns(first, rows);

        // 自评得分 row: Σ weights under the weight column, the total under the formula column.
        w.region(total, total, 1, cols.weight() - 1, form.total().label().text(), Role.LABEL);
        String weights = n == 0 ? "0" : "SUM(" + FormWriter.ref(first, cols.weight()) + ":"
                + FormWriter.ref(total - 1, cols.weight()) + ")";
        w.formula(total, total, cols.weight(), cols.weight(), weights, card.weightSum(), Role.TOTAL);
        for (int c = cols.weight() + 1; c <= cols.last(); c++) {
            if (c != cols.weighted()) {
                w.region(total, total, c, c, null, Role.TOTAL);
            }
        }
        // The grouped block prints no 分值: a funds-block score the card counts enters as its number.
        card.budgetScore().ifPresent(bs -> {
            printed.add(bs.score().toPlainString());
            exact.add(bs.rawScore().toPlainString());
        });
        RowCells.total(w, total, cols.weighted(), card, printed, exact);
        return total + 1;
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
                w.merge(first + i, first + j, 1, 1);
            }
            int a = i;
            while (a <= j) {
                int b = a;
                while (b + 1 <= j && rows.get(b + 1).level2().equals(rows.get(a).level2())) {
                    b++;
                }
                if (b > a) {
                    w.merge(first + a, first + b, 2, 2);
                }
                a = b + 1;
            }
            i = j + 1;
        }
    }

    private int footer(int f) {
        w.label(f, 0, 1, Forms.signature(form, Signature.Field.PREPARER));
        w.text(f, 2, 5, report.preparer().orElse(null), "preparer");
        w.label(f, 6, 7, Forms.signature(form, Signature.Field.PHONE));
        w.text(f, 8, cols.last(), report.phone().orElse(null), "phone");
        return f + 1;
    }

    private void notes(int row) {
        List<String> notes = report.notes();
        if (notes.isEmpty()) {
            return;
        }
        w.region(row, row, 0, cols.last(), form.notes().map(l -> l.text()).orElse(null), Role.NOTE);
        for (int i = 0; i < notes.size(); i++) {
            int r = row + 1 + i;
            w.region(r, r, 0, cols.last(), Forms.note(i + 1, notes.get(i)), Role.NOTE);
            w.mark("notes[" + i + "]", r, 0);
        }
    }
}
