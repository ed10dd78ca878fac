package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.internal.Styles.Role;
import io.github.selfeval.model.BlockPoints;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.FormTexts;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorNature;
import io.github.selfeval.model.NamedAmount;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.GoalsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Label;
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.model.form.TextBlock;
import io.github.selfeval.scoring.BudgetScore;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The central 项目支出 layout (DOMAIN.md §8, a {@link FundsBlock.Layout#GRID grid} funds block), laid out
 * from the form description: title lines, the header fields, the 项目资金 grid (one header row of the
 * description's columns, one row per source; only the total row carries 分值 · 执行率 · 得分, the others
 * print the form's not-applicable mark), the goals pair, the indicator table with exactly the
 * description's columns (an optional column only when some row fills it), block labels with their
 * points, the total row, the text blocks, the signature row and the notes.
 *
 * <p>Column A holds the block labels; the indicator columns follow from B, one sheet column each, and
 * the other blocks spread over the same columns.
 */
final class ProjectLayout {
    private final FormWriter w;
    private final ScoreCard card;
    private final SelfEvaluation report;
    private final FormDescription form;
    private final RoundingPolicy rounding;
    /** The indicator columns printed, in form order; sheet column = index + 1. */
    private final List<IndicatorTable.Column> columns;
    private final int last;

    ProjectLayout(FormWriter writer) {
        this.w = writer;
        this.card = writer.card();
        this.report = card.report();
        this.form = writer.form();
        this.rounding = card.rounding();
        this.columns = printedColumns(form.indicators(), report);
        this.last = lastColumn(form, columns);
    }

    /** The last sheet column: the indicator columns from B, or the funds grid's parts, at least E. */
    static int lastColumn(FormDescription form, List<IndicatorTable.Column> columns) {
        int fundsParts = 1 + form.funds().columns().size();
        return Math.max(Math.max(columns.size(), fundsParts), 4);
    }

    /** The header rows' second value starts after this many value columns (from C). */
    static int headerValueColumns(int last) {
        return Math.max(1, (last - 1 - 2) / 2);
    }

    /** The description's columns, an optional one only when some row fills it. */
    static List<IndicatorTable.Column> printedColumns(IndicatorTable table, SelfEvaluation report) {
        List<IndicatorTable.Column> out = new ArrayList<>();
        for (IndicatorTable.Column c : table.columns()) {
            if (!c.optional() || report.indicators().stream().anyMatch(x -> value(x, c.field()).isPresent()
                    || (c.field() == IndicatorTable.Column.Field.WEIGHT && x.weight().isPresent()))) {
                out.add(c);
            }
        }
        return out;
    }

    void write() {
        int[] widths = new int[last + 1];
        widths[0] = 8;
        for (int c = 1; c <= last; c++) {
            widths[c] = c - 1 < columns.size() ? width(columns.get(c - 1).field()) : 10;
        }
        w.widths(widths);
        int row = 0;
        for (String line : form.titleLines(report)) {
            w.region(row, row, 0, last, line, Role.TITLE);
            row++;
        }
        row = header(row);
        row = funds(row);
        row = goals(row);
        row = indicators(row);
        row = texts(row);
        row = signature(row);
        notes(row);
    }

    // --- header

    private int header(int h) {
        List<HeaderField> fields = form.header().fields();
        int r = h;
        int i = 0;
        if (!fields.isEmpty()) {
            HeaderField first = fields.get(0);
            w.label(r, 0, 1, first.label().text());
            w.text(r, 2, last, headerValue(first.field()).orElse(null), first.field().id());
            w.mark("project", r, 2);
            r++;
            i = 1;
        }
        int valueOne = headerValueColumns(last);
        for (; i < fields.size(); i += 2) {
            HeaderField a = fields.get(i);
            boolean pair = i + 1 < fields.size();
            w.label(r, 0, 1, a.label().text());
            int end = pair ? 2 + valueOne - 1 : last;
            w.text(r, 2, end, headerValue(a.field()).orElse(null), a.field().id());
            if (pair) {
                HeaderField b = fields.get(i + 1);
                w.label(r, end + 1, end + 2, b.label().text());
                w.text(r, end + 3, last, headerValue(b.field()).orElse(null), b.field().id());
            }
            r++;
        }
        return r;
    }

    private Optional<String> headerValue(HeaderField.Field field) {
        Optional<ProjectInfo> p = report.project();
        return switch (field) {
            case IMPLEMENTING_DEPARTMENT -> report.implementingDepartment();
            case MONEY_UNIT -> Optional.of(report.moneyUnit().label());
            case PROJECT_NAME -> p.map(ProjectInfo::name);
            case PROJECT_CODE -> p.flatMap(ProjectInfo::code);
            case SUPERVISING_DEPARTMENT -> p.flatMap(ProjectInfo::supervisingDepartment);
            case IMPLEMENTING_UNIT -> p.flatMap(ProjectInfo::implementingUnit);
            case PROJECT_LEADER -> p.flatMap(ProjectInfo::leader);
            case FINANCE_LEADER -> p.flatMap(ProjectInfo::financeLeader);
        };
    }

    // --- 项目资金

    /** One source row of the grid: the description's, or a named extra the description lacks. */
    record SourceRow(FundsBlock.Row.Field field, String label, Optional<Label> described) {
    }

    static List<String> extraNames(FundsBlock block, BudgetExecution b) {
        List<String> names = new ArrayList<>();
        for (FundsBlock.Row row : block.rows()) {
            if (row.field() == FundsBlock.Row.Field.EXTRA) {
                names.add(row.label().text());
            }
        }
        List<Funds> all = new ArrayList<>();
        b.initialBudget().ifPresent(all::add);
        all.add(b.budget());
        b.received().ifPresent(all::add);
        all.add(b.spent());
        for (Funds f : all) {
            for (NamedAmount e : f.extras()) {
                if (names.stream().noneMatch(n -> Label.normalise(n).equals(Label.normalise(e.name())))) {
                    names.add(e.name());
                }
            }
        }
        return names;
    }

    private List<SourceRow> sourceRows() {
        return sourceRows(form, report);
    }

    static List<SourceRow> sourceRows(FormDescription form, SelfEvaluation report) {
        FundsBlock fb = form.funds();
        List<SourceRow> rows = new ArrayList<>();
        for (FundsBlock.Row row : fb.rows()) {
            rows.add(new SourceRow(row.field(), row.label().text(), Optional.of(row.label())));
        }
        List<String> names = extraNames(fb, report.budget());
        for (String n : names) {
            if (rows.stream().noneMatch(r -> r.field() == FundsBlock.Row.Field.EXTRA && r.label().equals(n))) {
                rows.add(new SourceRow(FundsBlock.Row.Field.EXTRA, n, Optional.empty()));
            }
        }
        return rows;
    }

    private int[][] spans(int parts) {
        return spans(last, parts);
    }

    /** Column spans: {@code parts} spans over columns 1..last, the first ones one wider. */
    static int[][] spans(int last, int parts) {
        int n = last;
        int[][] out = new int[parts][2];
        int c = 1;
        for (int i = 0; i < parts; i++) {
            int width = n / parts + (i < n % parts ? 1 : 0);
            out[i][0] = c;
            out[i][1] = c + width - 1;
            c += width;
        }
        return out;
    }

    private int funds(int f) {
        FundsBlock fb = form.funds();
        BudgetExecution b = report.budget();
        List<SourceRow> rows = sourceRows();
        List<FundsBlock.Column> cols = fb.columns();
        int[][] span = spans(1 + cols.size());
        int lastRow = f + rows.size();
        Optional<BigDecimal> shownPoints = b.points();
        w.region(f, lastRow, 0, 0, fb.sectionText(report.moneyUnit().label(), shownPoints).orElse(null), Role.LABEL);
        w.label(f, span[0][0], span[0][1], fb.cornerText(report.moneyUnit().label()).orElse(null));
        for (int k = 0; k < cols.size(); k++) {
            w.label(f, span[k + 1][0], span[k + 1][1], cols.get(k).label().text());
        }
        w.mark("budget", f + 1, span[0][0]);

        // money cells, remembering where each column's total and parts sit
        String[] totals = new String[cols.size()];
        List<List<String>> parts = new ArrayList<>();
        for (int k = 0; k < cols.size(); k++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            SourceRow sr = rows.get(i);
            int r = f + 1 + i;
            w.label(r, span[0][0], span[0][1], sr.label());
            for (int k = 0; k < cols.size(); k++) {
                FundsBlock.Column.Field field = cols.get(k).field();
                int c1 = span[k + 1][0];
                int c2 = span[k + 1][1];
                if (field.isMoney()) {
                    String key = "budget." + field.id();
                    Optional<Funds> funds = funds(b, field);
                    Amount a = amount(funds, sr, key);
                    w.number(r, c1, c2, a.value().orElse(null), a.path());
                    if (i == 0) {
                        totals[k] = FormWriter.ref(r, c1);
                        w.mark(key, r, c1);
                    } else {
                        parts.get(k).add(FormWriter.ref(r, c1));
                    }
                } else if (i > 0) {
                    w.region(r, r, c1, c2, fb.notApplicable(), Role.CENTER);
                }
            }
        }
        // total row: 分值 · 执行率 · 得分 · 原因
        int t = f + 1;
        int budgetCol = cols.indexOf(fb.column(FundsBlock.Column.Field.BUDGET).orElse(null));
        int spentCol = cols.indexOf(fb.column(FundsBlock.Column.Field.SPENT).orElse(null));
        boolean live = budgetCol >= 0 && spentCol >= 0;
        String planned = live ? CardFormulas.amount(totals[budgetCol], parts.get(budgetCol)) : null;
        String spent = live ? CardFormulas.amount(totals[spentCol], parts.get(spentCol)) : null;
        String guard = live ? CardFormulas.rateGuard(CardFormulas.blank(totals[budgetCol], parts.get(budgetCol)),
                CardFormulas.blank(totals[spentCol], parts.get(spentCol))) : null;
        String pointsRef = b.points().map(BigDecimal::toPlainString).orElse("0");
        for (int k = 0; k < cols.size(); k++) {
            if (cols.get(k).field() == FundsBlock.Column.Field.POINTS) {
                w.number(t, span[k + 1][0], span[k + 1][1], b.points().orElse(null), "budget.points");
                pointsRef = FormWriter.ref(t, span[k + 1][0]);
            }
        }
        for (int k = 0; k < cols.size(); k++) {
            int c1 = span[k + 1][0];
            int c2 = span[k + 1][1];
            switch (cols.get(k).field()) {
                case RATE -> rate(t, c1, c2, fb, planned, spent, guard);
                case SCORE -> {
                    scoreCell = FormWriter.ref(t, c1);
                    budgetScore(t, c1, c2, planned, spent, guard, pointsRef);
                }
                case EXPLANATION -> w.text(t, c1, c2, b.explanation().orElse(null), "budget.explanation");
                default -> {
                }
            }
        }
        if (card.budgetScore().isPresent()) {
            BudgetScore bs = card.budgetScore().get();
            budgetExact = live ? CardFormulas.budgetTerm(CardFormulas.rawBudgetScore(planned, spent, pointsRef,
                    bs.cap()), planned, guard) : bs.rawScore().toPlainString();
            if (scoreCell == null) {
                scoreCell = bs.score().toPlainString();
            }
        } else {
            scoreCell = null;
        }
        return lastRow + 1;
    }

    /** The printed budget score's cell (or number) for the total, null when the card has none. */
    private String scoreCell;
    /** The exact budget score's term for an exact total, null when the card has none. */
    private String budgetExact;

    record Amount(Optional<BigDecimal> value, String path) {
    }

    static Optional<Funds> funds(BudgetExecution b, FundsBlock.Column.Field field) {
        return switch (field) {
            case INITIAL_BUDGET -> b.initialBudget();
            case BUDGET -> Optional.of(b.budget());
            case RECEIVED -> b.received();
            case SPENT -> Optional.of(b.spent());
            default -> Optional.empty();
        };
    }

    static Amount amount(Optional<Funds> funds, SourceRow row, String key) {
        Funds f = funds.orElse(Funds.empty());
        return switch (row.field()) {
            case TOTAL -> new Amount(f.total(), key + ".total");
            case FISCAL -> new Amount(f.fiscal(), key + ".fiscal");
            case CARRY_OVER -> new Amount(f.carryOver(), key + ".carryOver");
            case OTHER -> new Amount(f.other(), key + ".other");
            case EXTRA -> {
                for (int i = 0; i < f.extras().size(); i++) {
                    NamedAmount e = f.extras().get(i);
                    if (Label.normalise(e.name()).equals(Label.normalise(row.label()))) {
                        yield new Amount(e.amount(), key + ".extras[" + i + "].amount");
                    }
                }
                yield new Amount(Optional.empty(), key + ".extra:" + row.label());
            }
        };
    }

    private void rate(int t, int c1, int c2, FundsBlock fb, String planned, String spent, String guard) {
        Optional<Percent> rate = card.budgetExecutionRate();
        Optional<BigDecimal> shown = rate.map(p -> fb.rateAsRatio() ? p.toFraction() : p.points());
        if (planned == null) {
            w.numberRegion(t, t, c1, c2, shown.orElse(null), "budget.declaredExecutionRate");
        } else {
            w.formula(t, t, c1, c2, CardFormulas.rate(planned, spent, guard, rounding.rate(), fb.rateAsRatio()),
                    shown.orElse(null), Role.NUMBER);
        }
        w.mark("budget.declaredExecutionRate", t, c1);
        w.shown("budget.declaredExecutionRate", shown.map(BigDecimal::toString).orElse(""));
        Optional<BigDecimal> declared = report.budget().declaredExecutionRate().map(Percent::points);
        if (rate.isPresent() && (declared.isEmpty() || declared.get().compareTo(rate.get().points()) != 0)) {
            w.note(t, c1, declared.isPresent() ? FormNumbers.withDeclared(rate.map(Percent::points), declared)
                    : FormNumbers.computed(rate.get().points()));
        }
    }

    private void budgetScore(int t, int c1, int c2, String planned, String spent, String guard, String pointsRef) {
        Optional<BigDecimal> declared = report.budget().declaredScore();
        if (card.budgetScore().isEmpty()) {
            // No 分值: the card does not score the block; the declared 得分 prints as written.
            w.numberRegion(t, t, c1, c2, declared.orElse(null), "budget.declaredScore");
            return;
        }
        BudgetScore bs = card.budgetScore().get();
        Optional<BigDecimal> shown = bs.rate().isPresent() ? Optional.of(bs.score()) : Optional.empty();
        if (planned == null) {
            w.numberRegion(t, t, c1, c2, shown.orElse(null), "budget.declaredScore");
        } else {
            String raw = CardFormulas.rawBudgetScore(planned, spent, pointsRef, bs.cap());
            w.formula(t, t, c1, c2, CardFormulas.budgetScore(raw, planned, guard, rounding.weightedScore()),
                    shown.orElse(null), Role.NUMBER);
        }
        w.mark("budget.declaredScore", t, c1);
        w.shown("budget.declaredScore", shown.map(BigDecimal::toString).orElse(""));
        if (shown.isPresent() && (declared.isEmpty() || declared.get().compareTo(shown.get()) != 0)) {
            w.note(t, c1, declared.isPresent() ? FormNumbers.withDeclared(shown, declared)
                    : FormNumbers.computed(shown.get()));
        }
    }

    // --- 年度总体目标

    private int goals(int g) {
        if (form.goals().isEmpty()) {
            return g;
        }
        GoalsBlock gb = form.goals().get();
        List<Goal> items = report.goals().items();
        int n = Math.max(1, items.size());
        int mid = Math.max(1, last / 2);
        w.region(g, g + n, 0, 0, gb.section().text(), Role.LABEL);
        w.label(g, 1, mid, gb.target().text());
        w.label(g, mid + 1, last, gb.completion().text());
        w.mark("goals", g, 1);
        for (int i = 0; i < n; i++) {
            int r = g + 1 + i;
            int number = i + 1;
            Goal goal = i < items.size() ? items.get(i) : Goal.of(null, null);
            String k = "goals.items[" + i + "]";
            w.text(r, 1, mid, goal.target().map(t -> gb.target(number, t)).orElse(null), k + ".target");
            w.text(r, mid + 1, last, goal.completion().map(t -> gb.completion(number, t)).orElse(null),
                    k + ".completion");
            w.mark(k, r, 1);
        }
        return g + n + 1;
    }

    // --- 绩效指标

    private int col(IndicatorTable.Column.Field field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field() == field) {
                return i + 1;
            }
        }
        return -1;
    }

    private int indicators(int h) {
        IndicatorTable t = form.indicators();
        boolean grouped = columns.stream().anyMatch(c -> c.group().isPresent());
        boolean pts = w.points();
        int first = h + (grouped ? 2 : 1);
        List<Indicator> rows = report.indicators();
        int n = rows.size();
        int total = first + n;
        w.region(h, total, 0, 0, t.section().text(), Role.LABEL);
        for (int i = 0; i < columns.size(); i++) {
            IndicatorTable.Column c = columns.get(i);
            int sc = i + 1;
            if (c.group().isEmpty()) {
                w.region(h, first - 1, sc, sc, c.label(pts).text(), Role.LABEL);
            } else {
                int j = i;
                while (j + 1 < columns.size() && c.group().equals(columns.get(j + 1).group())) {
                    j++;
                }
                if (i == 0 || !c.group().equals(columns.get(i - 1).group())) {
                    w.label(h, sc, j + 1, c.group().get().text());
                }
                w.label(h + 1, sc, sc, c.label(pts).text());
            }
        }
        w.repeatRows(h, first - 1);
        w.mark("indicators", h, 1);

        int scoreCol = col(IndicatorTable.Column.Field.SCORE);
        int weightCol = col(IndicatorTable.Column.Field.WEIGHT);
        int weightedCol = col(IndicatorTable.Column.Field.WEIGHTED_SCORE);
        List<String> printed = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        if (weightedCol > 0 && n > 0) {
            printed.add(FormWriter.ref(first, weightedCol) + ":" + FormWriter.ref(total - 1, weightedCol));
        }
        for (int i = 0; i < n; i++) {
            Indicator x = rows.get(i);
            IndicatorScore s = card.indicators().get(i);
            int r = first + i;
            String k = "indicators[" + i + "]";
            w.mark(k, r, Math.max(1, col(IndicatorTable.Column.Field.NAME)));
            for (int ci = 0; ci < columns.size(); ci++) {
                IndicatorTable.Column.Field field = columns.get(ci).field();
                int c = ci + 1;
                switch (field) {
                    case SCORE -> RowCells.score(w, r, c, s, k);
                    case WEIGHT -> w.number(r, c, c, x.weight().orElse(null), k + ".weight");
                    case WEIGHTED_SCORE -> {
                        String raw = null;
                        if (x.weight().isPresent()) {
                            String score = scoreCol > 0 ? FormWriter.ref(r, scoreCol) : s.score().toPlainString();
                            String weight = weightCol > 0 ? FormWriter.ref(r, weightCol)
                                    : x.weight().get().toPlainString();
                            raw = CardFormulas.rawRow(score, weight);
                        }
                        RowCells.weighted(w, r, c, s, k, raw, rounding);
                        exact.add(raw != null ? raw : "N(" + FormWriter.ref(r, c) + ")");
                    }
                    case COMPARISON, GRADE, NATURE, CORE -> w.centered(r, c, cellText(x, field, t).orElse(null),
                            k + "." + field.id());
                    default -> w.text(r, c, c, cellText(x, field, t).orElse(null), k + "." + field.id());
                }
            }
            if (weightedCol < 0) {
                exact.add(s.rawWeightedScore().toPlainString());
            }
        }
        mergeRuns(first, rows);

        // 总分 row: the label, Σ 分值 (with the funds block's) under 分值, the total under 得分.
        int labelEnd = (weightCol > 0 ? weightCol : weightedCol > 0 ? weightedCol : last + 1) - 1;
        w.region(total, total, 1, Math.max(1, labelEnd), form.total().label().text(), Role.LABEL);
        for (int c = labelEnd + 1; c <= last; c++) {
            w.region(total, total, c, c, null, Role.TOTAL);
        }
        if (weightCol > 0) {
            List<String> sum = new ArrayList<>();
            if (n > 0) {
                sum.add(FormWriter.ref(first, weightCol) + ":" + FormWriter.ref(total - 1, weightCol));
            }
            card.budgetScore().ifPresent(bs -> sum.add(bs.points().toPlainString()));
            w.formula(total, total, weightCol, weightCol, sum.isEmpty() ? "0" : "SUM(" + String.join(",", sum) + ")",
                    card.weightSum(), Role.TOTAL);
            w.mark("declaredMaxScore", total, weightCol);
        }
        if (scoreCell != null) {
            printed.add(scoreCell);
            exact.add(budgetExact);
        }
        RowCells.total(w, total, weightedCol > 0 ? weightedCol : last, card, printed, exact);
        return total + 1;
    }

    /** The text a row prints in a column. */
    static Optional<String> cellText(Indicator x, IndicatorTable.Column.Field field, IndicatorTable t) {
        return switch (field) {
            case LEVEL1 -> Optional.of(x.level1());
            case LEVEL2 -> Optional.of(x.level2());
            case NAME -> Optional.of(x.name());
            case DEVIATION_REASON -> t.deviationText(x.deviationReason(), x.improvement());
            default -> value(x, field);
        };
    }

    /** What a row holds for a column, as text, before block labels. */
    static Optional<String> value(Indicator x, IndicatorTable.Column.Field field) {
        return switch (field) {
            case GOAL_BLOCK -> x.goalBlock();
            case LEVEL1 -> Optional.of(x.level1());
            case LEVEL2 -> Optional.of(x.level2());
            case NAME -> Optional.of(x.name());
            case DESCRIPTION -> x.description();
            case COMPARISON -> x.comparison().map(Comparison::symbol);
            case EXPECTED -> x.expected();
            case UNIT -> x.unit();
            case ACTUAL -> x.actual();
            case GRADE -> x.grade().map(Grade::label);
            case SCORE -> x.score().map(FormNumbers::plain);
            case WEIGHT -> x.weight().map(FormNumbers::plain);
            case WEIGHTED_SCORE -> x.weightedScore().map(FormNumbers::plain);
            case DEVIATION_REASON -> x.deviationReason().or(x::improvement);
            case IMPROVEMENT -> x.improvement();
            case SCORING_METHOD -> x.scoringMethod();
            case SCORING_NOTE -> x.scoringNote();
            case NATURE -> x.nature().map(IndicatorNature::label);
            case CORE -> Optional.empty();
        };
    }

    /** The points a block label prints for a goal block, or for a 一级 within its goal block. */
    static Optional<BigDecimal> blockPoints(SelfEvaluation report, Optional<String> goalBlock, Optional<String> level1) {
        for (BlockPoints b : report.blocks()) {
            if (b.goalBlock().map(String::strip).equals(goalBlock.map(String::strip))
                    && b.level1().map(String::strip).equals(level1.map(String::strip))) {
                return Optional.of(b.points());
            }
        }
        return Optional.empty();
    }

    /** Goal block and 一级 cells carry their points; runs of equal blocks merge. */
    private void mergeRuns(int first, List<Indicator> rows) {
        IndicatorTable t = form.indicators();
        int goalCol = col(IndicatorTable.Column.Field.GOAL_BLOCK);
        int l1 = col(IndicatorTable.Column.Field.LEVEL1);
        int l2 = col(IndicatorTable.Column.Field.LEVEL2);
        for (int i = 0; i < rows.size(); i++) {
            Indicator x = rows.get(i);
            if (goalCol > 0 && x.goalBlock().isPresent()) {
                w.text(first + i, goalCol, goalCol, t.goalBlockLabel(x.goalBlock().get(),
                        blockPoints(report, x.goalBlock(), Optional.empty())), "indicators[" + i + "].goalBlock");
            }
            if (l1 > 0) {
                w.text(first + i, l1, l1, t.blockLabel(x.level1(), blockPoints(report, x.goalBlock(),
                        Optional.of(x.level1()))), "indicators[" + i + "].level1");
            }
        }
        mergeBy(first, rows, goalCol, x -> List.of(x.goalBlock().orElse("")));
        mergeBy(first, rows, l1, x -> List.of(x.goalBlock().orElse(""), x.level1()));
        mergeBy(first, rows, l2, x -> List.of(x.goalBlock().orElse(""), x.level1(), x.level2()));
    }

    private void mergeBy(int first, List<Indicator> rows, int c, java.util.function.Function<Indicator, List<String>> key) {
        if (c <= 0) {
            return;
        }
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && Objects.equals(key.apply(rows.get(j + 1)), key.apply(rows.get(i)))) {
                j++;
            }
            if (j > i) {
                w.merge(first + i, first + j, c, c);
            }
            i = j + 1;
        }
    }

    // --- text blocks, signature, notes

    private int texts(int r) {
        int row = r;
        for (TextBlock b : form.texts()) {
            w.label(row, 0, 1, b.label().text());
            w.text(row, 2, last, text(report.texts(), b.field()).orElse(null), "texts." + b.field().id());
            row++;
        }
        return row;
    }

    static Optional<String> text(FormTexts t, TextBlock.Field field) {
        return switch (field) {
            case CONCLUSION -> t.conclusion();
            case PROBLEMS -> t.problems();
            case IMPROVEMENTS -> t.improvements();
            case DEVIATION_ANALYSIS -> t.deviationAnalysis();
            case RESULT_APPLICATION -> t.resultApplication();
        };
    }

    private int signature(int r) {
        List<Signature> fields = form.signature();
        if (fields.isEmpty()) {
            return r;
        }
        int[][] span = new int[fields.size() * 2][];
        int n = last + 1;
        int parts = fields.size() * 2;
        int c = 0;
        for (int i = 0; i < parts; i++) {
            int width = n / parts + (i < n % parts ? 1 : 0);
            span[i] = new int[] {c, c + Math.max(1, width) - 1};
            c += Math.max(1, width);
        }
        for (int i = 0; i < fields.size(); i++) {
            Signature s = fields.get(i);
            w.label(r, span[2 * i][0], span[2 * i][1], s.label().text());
            w.text(r, span[2 * i + 1][0], Math.min(last, span[2 * i + 1][1]), signatureValue(s.field()).orElse(null),
                    s.field().id());
        }
        return r + 1;
    }

    private Optional<String> signatureValue(Signature.Field field) {
        Optional<ProjectInfo> p = report.project();
        return switch (field) {
            case PREPARER -> report.preparer();
            case PHONE -> report.phone();
            case FILLED_ON -> report.filledOn().map(LocalDate::toString);
            case PROJECT_LEADER -> p.flatMap(ProjectInfo::leader);
            case FINANCE_LEADER -> p.flatMap(ProjectInfo::financeLeader);
        };
    }

    private void notes(int row) {
        List<String> notes = report.notes();
        if (notes.isEmpty()) {
            return;
        }
        w.region(row, row, 0, last, Forms.notes(form).orElse(null), Role.NOTE);
        for (int i = 0; i < notes.size(); i++) {
            int r = row + 1 + i;
            w.region(r, r, 0, last, Forms.note(i + 1, notes.get(i)), Role.NOTE);
            w.mark("notes[" + i + "]", r, 0);
        }
    }

    private static int width(IndicatorTable.Column.Field field) {
        return switch (field) {
            case GOAL_BLOCK -> 12;
            case LEVEL1 -> 11;
            case LEVEL2 -> 12;
            case NAME -> 18;
            case DESCRIPTION, SCORING_METHOD, SCORING_NOTE, IMPROVEMENT -> 18;
            case COMPARISON, GRADE, CORE -> 7;
            case EXPECTED, ACTUAL -> 13;
            case UNIT, NATURE -> 8;
            case SCORE, WEIGHT, WEIGHTED_SCORE -> 8;
            case DEVIATION_REASON -> 24;
        };
    }
}
