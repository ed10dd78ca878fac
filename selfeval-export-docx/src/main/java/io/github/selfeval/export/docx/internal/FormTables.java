package io.github.selfeval.export.docx.internal;

import io.github.selfeval.model.BlockPoints;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Indicator;
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
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.model.form.TextBlock;
import io.github.selfeval.scoring.BudgetScore;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The 自评表 as {@link Grid}s, laid out from the report's {@link FormDescription}: every label, title and
 * column is the description's (the seed's Hebei 部门整体 form, the central 项目支出 form …), every number
 * the {@link ScoreCard}'s — computed values, with the declared one beside them where they differ.
 */
final class FormTables {

    /** Relative column widths by what a column holds: layout, not words. */
    private static final Map<IndicatorTable.Column.Field, Float> WIDTHS = Map.ofEntries(
            Map.entry(IndicatorTable.Column.Field.GOAL_BLOCK, 1.8f),
            Map.entry(IndicatorTable.Column.Field.LEVEL1, 1.5f),
            Map.entry(IndicatorTable.Column.Field.LEVEL2, 1.7f),
            Map.entry(IndicatorTable.Column.Field.NAME, 2.2f),
            Map.entry(IndicatorTable.Column.Field.DESCRIPTION, 2.2f),
            Map.entry(IndicatorTable.Column.Field.COMPARISON, 0.8f),
            Map.entry(IndicatorTable.Column.Field.EXPECTED, 1.3f),
            Map.entry(IndicatorTable.Column.Field.UNIT, 1.7f),
            Map.entry(IndicatorTable.Column.Field.ACTUAL, 1.9f),
            Map.entry(IndicatorTable.Column.Field.GRADE, 1.1f),
            Map.entry(IndicatorTable.Column.Field.SCORE, 1.2f),
            Map.entry(IndicatorTable.Column.Field.WEIGHT, 1.2f),
            Map.entry(IndicatorTable.Column.Field.WEIGHTED_SCORE, 1.3f),
            Map.entry(IndicatorTable.Column.Field.DEVIATION_REASON, 3.2f),
            Map.entry(IndicatorTable.Column.Field.IMPROVEMENT, 3.2f),
            Map.entry(IndicatorTable.Column.Field.SCORING_METHOD, 3.0f),
            Map.entry(IndicatorTable.Column.Field.SCORING_NOTE, 2.5f),
            Map.entry(IndicatorTable.Column.Field.NATURE, 1.0f),
            Map.entry(IndicatorTable.Column.Field.CORE, 1.0f));

    private final ScoreCard card;
    private final SelfEvaluation report;
    private final FormDescription form;
    private final boolean points;

    FormTables(ScoreCard card, FormDescription form, Presentation presentation) {
        this.card = card;
        this.report = card.report();
        this.form = form;
        this.points = presentation == Presentation.POINTS;
    }

    /** The form's title lines: 2023年度部门整体绩效自评表; 项目支出绩效自评表 and （2022年度）. */
    List<String> title() {
        return form.titleLines(report);
    }

    // ---- header and funds -----------------------------------------------------------------------

    /** The header block (一、基本情况 or 项目名称 …) and the money block in one table. */
    Grid headerAndFunds() {
        FundsBlock funds = form.funds();
        boolean grid = funds.layout() == FundsBlock.Layout.GRID;
        int cols = grid ? 2 + funds.columns().size()
                : 2 * (int) funds.columns().stream().filter(c -> c.field().isMoney()).count()
                        + (funds.rate().isPresent() ? 1 : 0);
        float[] widths = new float[cols];
        for (int i = 0; i < cols; i++) {
            widths[i] = grid ? (i == 0 ? 1.6f : i == 1 ? 2.4f : 1.8f) : (i % 2 == 0 ? 2.2f : 1.6f);
        }
        if (!grid && funds.rate().isPresent()) {
            widths[cols - 1] = 1.8f;
        }
        Grid t = new Grid(widths);
        header(t, cols);
        if (grid) {
            gridFunds(t, funds);
        } else {
            groupedFunds(t, funds);
        }
        return t;
    }

    private void header(Grid t, int cols) {
        form.header().section().ifPresent(s -> t.section(s.text()));
        List<HeaderField> fields = form.header().fields();
        for (int i = 0; i < fields.size(); i += 2) {
            t.row();
            if (i + 1 < fields.size()) {
                int first = (cols - 2 + 1) / 2;
                t.label(fields.get(i).label().text(), 1, 1).value(header(fields.get(i).field()), first, 1);
                t.label(fields.get(i + 1).label().text(), 1, 1).value(header(fields.get(i + 1).field()),
                        cols - 2 - first, 1);
            } else {
                t.label(fields.get(i).label().text(), 1, 1).value(header(fields.get(i).field()), cols - 1, 1);
            }
        }
    }

    private String header(HeaderField.Field field) {
        // Blank when the form left it blank: an exported form shows what was declared.
        return field.valueIn(report).orElse("");
    }

    private Optional<String> fundsSection() {
        return form.funds().sectionText(report.moneyUnit().label(), report.budget().points());
    }

    /** The seed's layout: each money column a group with its own row labels, 预算执行进度 merged down. */
    private void groupedFunds(Grid t, FundsBlock funds) {
        fundsSection().ifPresent(t::section);
        List<FundsBlock.Column> money = funds.columns().stream().filter(c -> c.field().isMoney()).toList();
        t.row();
        money.forEach(c -> t.label(c.label().text(), 2, 1));
        funds.rate().ifPresent(r -> t.label(r.text(), 1, 1));
        List<FundsBlock.Row> rows = funds.rows();
        for (int r = 0; r < rows.size(); r++) {
            FundsBlock.Row row = rows.get(r);
            t.row();
            for (FundsBlock.Column c : money) {
                String label = row.field() == FundsBlock.Row.Field.TOTAL
                        ? c.totalLabel().orElse(row.label()).text() : row.label().text();
                t.label(label, 1, 1).value(amount(c.field(), row), 1, 1);
            }
            if (r == 0 && funds.rate().isPresent()) {
                t.value(rate(funds), 1, rows.size());
            }
        }
    }

    /** The central project form: a header row of columns, a row per source; 分值 · 执行率 · 得分 on the total row. */
    private void gridFunds(Grid t, FundsBlock funds) {
        List<FundsBlock.Row> rows = funds.rows();
        t.row().label(fundsSection().orElse(""), 1, rows.size() + 1)
                .label(funds.cornerText(report.moneyUnit().label()).orElse(""), 1, 1);
        funds.columns().forEach(c -> t.label(c.label().text(), 1, 1));
        for (FundsBlock.Row row : rows) {
            t.row().label(row.label().text(), 1, 1);
            boolean total = row.field() == FundsBlock.Row.Field.TOTAL;
            for (FundsBlock.Column c : funds.columns()) {
                if (c.field().isMoney()) {
                    t.value(amount(c.field(), row), 1, 1);
                } else if (!total) {
                    t.value(funds.notApplicable(), 1, 1);
                } else {
                    Optional<BudgetScore> score = card.budgetScore();
                    BudgetExecution b = report.budget();
                    switch (c.field()) {
                        case POINTS -> t.value(FormNumbers.plain(score.map(BudgetScore::points).or(b::points)), 1, 1);
                        case RATE -> t.value(rate(funds), 1, 1);
                        case SCORE -> t.value(FormNumbers.withDeclared(score.map(BudgetScore::score), b.declaredScore()),
                                1, 1);
                        case EXPLANATION -> t.text(b.explanation().orElse(""), 1, 1);
                        default -> t.value("", 1, 1);
                    }
                }
            }
        }
    }

    private String amount(FundsBlock.Column.Field column, FundsBlock.Row row) {
        // Blank stays blank: a total the form left blank is not filled with the sum of its parts.
        return FormNumbers.plain(FundsBlock.amount(report.budget(), column, row));
    }

    /** 预算执行进度 / 执行率: computed, with the declared rate beside it when it differs. */
    private String rate(FundsBlock funds) {
        Optional<Percent> computed = card.budgetScore().flatMap(BudgetScore::rate).or(card::budgetExecutionRate);
        Optional<Percent> declared = report.budget().declaredExecutionRate();
        if (computed.isEmpty()) {
            return declared.map(funds::rateText).orElse("");
        }
        String c = funds.rateText(computed.get());
        if (declared.isPresent() && declared.get().points().compareTo(computed.get().points()) != 0) {
            return c + FormNumbers.declaredNote(funds.rateText(declared.get()));
        }
        return c;
    }

    // ---- goals ----------------------------------------------------------------------------------

    /** 三、目标完成情况 (numbered goals, 总体完成率) or 年度总体目标 (预期目标 · 实际完成情况); empty when the form has none. */
    Optional<Grid> goals() {
        if (form.goals().isEmpty()) {
            return Optional.empty();
        }
        GoalsBlock g = form.goals().get();
        List<Goal> goals = report.goals().items();
        String none = noneCell();
        if (g.layout() == GoalsBlock.Layout.PAIR) {
            Grid t = new Grid(1.6f, 6f, 6f);
            int rows = Math.max(1, goals.size());
            t.row().label(g.section().text(), 1, rows + 1).label(g.target().text(), 1, 1)
                    .label(g.completion().text(), 1, 1);
            if (goals.isEmpty()) {
                t.row().text("", 1, 1).text("", 1, 1);
            }
            for (int i = 0; i < goals.size(); i++) {
                Goal goal = goals.get(i);
                int n = i + 1;
                t.row().text(goal.target().map(s -> g.target(n, s)).orElse(""), 1, 1)
                        .text(goal.completion().map(s -> g.completion(n, s)).orElse(""), 1, 1);
            }
            return Optional.of(t);
        }
        boolean overall = g.overall().isPresent();
        Grid t = (overall ? new Grid(5f, 7f, 1.8f) : new Grid(5f, 7f)).headerRows(2);
        t.section(g.section().text());
        t.row().label(g.target().text(), 1, 1).label(g.completion().text(), 1, 1);
        g.overall().ifPresent(o -> t.label(o.text(), 1, 1));
        String rate = report.goals().declaredOverallCompletion().map(FormNumbers::points).orElse("");
        if (goals.isEmpty()) {
            t.row().value(none, 2, 1);
            if (overall) {
                t.value(rate, 1, 1);
            }
        }
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            int n = i + 1;
            t.row().text(goal.target().map(s -> g.target(n, s)).orElse(""), 1, 1)
                    .text(goal.completion().map(s -> g.completion(n, s)).orElse(""), 1, 1);
            if (i == 0 && overall) {
                t.value(rate, 1, goals.size());
            }
        }
        return Optional.of(t);
    }

    /** 「无」: the report's word for a blank section, without its full stop, for a cell. */
    private String noneCell() {
        String none = form.report().none();
        return none.endsWith("。") ? none.substring(0, none.length() - 1) : none;
    }

    // ---- indicators -----------------------------------------------------------------------------

    /** The columns the table prints: an optional column only when some row fills it. */
    List<IndicatorTable.Column> columns() {
        List<IndicatorTable.Column> out = new ArrayList<>();
        for (IndicatorTable.Column c : form.indicators().columns()) {
            if (!c.optional() || card.indicators().stream().anyMatch(s -> !cell(c.field(), s).isEmpty())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The indicator table: the section row, the column labels (grouped columns under their group's label),
     * a row per indicator with goal blocks, 一级 and 二级 merged down, the total row, the text blocks and
     * the signature row.
     */
    Grid indicators() {
        IndicatorTable table = form.indicators();
        List<IndicatorTable.Column> columns = columns();
        int cols = columns.size();
        float[] widths = new float[cols];
        for (int i = 0; i < cols; i++) {
            widths[i] = WIDTHS.getOrDefault(columns.get(i).field(), 1.5f);
        }
        boolean grouped = columns.stream().anyMatch(c -> c.group().isPresent());
        Grid t = new Grid(widths).headerRows(grouped ? 3 : 2);
        t.section(table.section().text());
        t.row();
        for (int i = 0; i < cols; ) {
            IndicatorTable.Column c = columns.get(i);
            if (c.group().isEmpty()) {
                t.label(c.label(points).text(), 1, grouped ? 2 : 1);
                i++;
                continue;
            }
            int span = 1;
            while (i + span < cols && c.group().equals(columns.get(i + span).group())) {
                span++;
            }
            t.label(c.group().get().text(), span, 1);
            i += span;
        }
        if (grouped) {
            t.row();
            columns.stream().filter(c -> c.group().isPresent()).forEach(c -> t.label(c.label(points).text(), 1, 1));
        }

        List<IndicatorScore> scores = card.indicators();
        for (int r = 0; r < scores.size(); r++) {
            t.row();
            for (IndicatorTable.Column c : columns) {
                IndicatorTable.Column.Field f = c.field();
                if (f == IndicatorTable.Column.Field.GOAL_BLOCK || f == IndicatorTable.Column.Field.LEVEL1
                        || f == IndicatorTable.Column.Field.LEVEL2) {
                    if (r == 0 || !sameBlock(scores.get(r - 1), scores.get(r), f)) {
                        int span = 1;
                        while (r + span < scores.size() && sameBlock(scores.get(r + span - 1), scores.get(r + span), f)) {
                            span++;
                        }
                        t.value(cell(f, scores.get(r)), 1, span);
                    }
                } else if (f == IndicatorTable.Column.Field.DEVIATION_REASON || f == IndicatorTable.Column.Field.IMPROVEMENT
                        || f == IndicatorTable.Column.Field.SCORING_METHOD || f == IndicatorTable.Column.Field.SCORING_NOTE) {
                    t.text(cell(f, scores.get(r)), 1, 1);
                } else {
                    t.value(cell(f, scores.get(r)), 1, 1);
                }
            }
        }
        totals(t, columns);
        for (TextBlock block : form.texts()) {
            int label = Math.min(2, cols - 1);
            t.row().label(block.label().text(), label, 1).text(text(block.field()), cols - label, 1);
        }
        signature(t, cols);
        return t;
    }

    /** 自评得分 / 总分 over the columns before the scores, the weights' sum, the total computed and declared. */
    private void totals(Grid t, List<IndicatorTable.Column> columns) {
        int first = columns.size();
        for (int i = 0; i < columns.size(); i++) {
            IndicatorTable.Column.Field f = columns.get(i).field();
            if (f == IndicatorTable.Column.Field.SCORE || f == IndicatorTable.Column.Field.WEIGHT
                    || f == IndicatorTable.Column.Field.WEIGHTED_SCORE) {
                first = i;
                break;
            }
        }
        if (first == 0 || first == columns.size()) {
            first = Math.max(1, columns.size() - 1);
        }
        t.row().label(form.total().label().text(), first, 1);
        boolean printed = false;
        for (int i = first; i < columns.size(); i++) {
            IndicatorTable.Column.Field f = columns.get(i).field();
            if (f == IndicatorTable.Column.Field.WEIGHT) {
                t.value(FormNumbers.plain(card.weightSum()), 1, 1);
            } else if (f == IndicatorTable.Column.Field.WEIGHTED_SCORE || (!printed && i == columns.size() - 1
                    && columns.stream().noneMatch(c -> c.field() == IndicatorTable.Column.Field.WEIGHTED_SCORE))) {
                t.value(total(), 1, 1);
                printed = true;
            } else {
                t.value("", 1, 1);
            }
        }
    }

    /** The total: computed, with the declared one beside it when they differ. */
    String total() {
        return FormNumbers.withDeclared(Optional.of(card.totalScore()), report.declaredTotalScore());
    }

    private void signature(Grid t, int cols) {
        List<Signature> fields = form.signature();
        if (fields.isEmpty()) {
            return;
        }
        t.row();
        int used = 0;
        for (int i = 0; i < fields.size(); i++) {
            int span = i == fields.size() - 1 ? cols - used : Math.max(1, cols / fields.size());
            if (used + span > cols) {
                span = cols - used;
            }
            if (span <= 0) {
                break;
            }
            Signature s = fields.get(i);
            t.text(s.label().text() + signature(s.field()), span, 1);
            used += span;
        }
    }

    private String signature(Signature.Field field) {
        return field.valueIn(report).orElse("");
    }

    private String text(TextBlock.Field field) {
        return field.valueIn(report.texts()).orElse("");
    }

    private static boolean same(Optional<String> a, Optional<String> b) {
        return a.map(String::strip).equals(b.map(String::strip));
    }

    /** Whether two consecutive rows share the merged cell of a column (goal block, then 一级, then 二级). */
    private static boolean sameBlock(IndicatorScore a, IndicatorScore b, IndicatorTable.Column.Field f) {
        Indicator x = a.indicator();
        Indicator y = b.indicator();
        boolean goal = same(x.goalBlock(), y.goalBlock());
        boolean level1 = goal && x.level1().strip().equals(y.level1().strip());
        return switch (f) {
            case GOAL_BLOCK -> goal;
            case LEVEL1 -> level1;
            default -> level1 && x.level2().strip().equals(y.level2().strip());
        };
    }

    /** What an indicator row prints in a column. */
    private String cell(IndicatorTable.Column.Field f, IndicatorScore s) {
        Indicator ind = s.indicator();
        IndicatorTable table = form.indicators();
        return switch (f) {
            case GOAL_BLOCK -> ind.goalBlock().map(g -> table.goalBlockLabel(g, blockPoints(Optional.of(g), Optional.empty())))
                    .orElse("");
            case LEVEL1 -> table.blockLabel(ind.level1(), blockPoints(ind.goalBlock(), Optional.of(ind.level1())));
            case LEVEL2 -> ind.level2();
            case NAME -> ind.name();
            case DESCRIPTION -> ind.description().orElse("");
            case COMPARISON -> ind.comparison().map(c -> c.symbol()).orElse("");
            case EXPECTED -> expected(ind);
            case UNIT -> ind.unit().orElse("");
            case ACTUAL -> ind.actual().orElse("");
            case GRADE -> grade(s);
            case SCORE -> FormNumbers.withDeclared(Optional.of(s.score()), ind.score());
            case WEIGHT -> FormNumbers.plain(s.weight());
            case WEIGHTED_SCORE -> FormNumbers.withDeclared(Optional.of(s.weightedScore()), ind.weightedScore());
            case DEVIATION_REASON -> {
                // Without a column of its own the improvement follows the reason after the form's prefix, as the
                // other exporters print it, so that a reader can tell the two apart.
                boolean own = form.indicators().column(IndicatorTable.Column.Field.IMPROVEMENT).isPresent();
                yield own ? ind.deviationReason().orElse("")
                        : form.indicators().deviationText(ind.deviationReason(), ind.improvement()).orElse("");
            }
            case IMPROVEMENT -> ind.improvement().orElse("");
            case SCORING_METHOD -> ind.scoringMethod().orElse("");
            case SCORING_NOTE -> ind.scoringNote().orElse("");
            case NATURE -> ind.nature().map(n -> n.label()).orElse("");
            case CORE -> ind.core() ? "是" : "";
        };
    }

    /** 年度指标值 as one cell where the form prints no 符号 or 单位 column: ≥266米, =100%. */
    private String expected(Indicator ind) {
        String v = ind.expected().orElse("");
        if (form.indicators().column(IndicatorTable.Column.Field.COMPARISON).isEmpty() && ind.comparison().isPresent()
                && !v.isEmpty() && !v.startsWith(ind.comparison().get().symbol())) {
            v = ind.comparison().get().symbol() + v;
        }
        if (form.indicators().column(IndicatorTable.Column.Field.UNIT).isEmpty() && ind.unit().isPresent()
                && !v.isEmpty() && !v.endsWith(ind.unit().get())) {
            v = v + ind.unit().get();
        }
        return v;
    }

    /** The points a block label prints: 产出指标(50分), 年度绩效目标1(40分). */
    private Optional<BigDecimal> blockPoints(Optional<String> goalBlock, Optional<String> level1) {
        for (BlockPoints b : report.blocks()) {
            if (same(b.goalBlock(), goalBlock) && same(b.level1(), level1)) {
                return Optional.of(b.points());
            }
        }
        return Optional.empty();
    }

    private static String grade(IndicatorScore s) {
        Optional<String> declared = s.indicator().grade().map(g -> g.label());
        if (declared.isPresent()) {
            String computed = s.grade().label();
            return declared.get().equals(computed) ? computed : computed + FormNumbers.declaredNote(declared.get());
        }
        // 预算执行率 has no grade on the form; other rows show the grade of the computed score.
        return s.source() == IndicatorScore.ScoreSource.BUDGET_EXECUTION ? "" : s.grade().label();
    }
}
