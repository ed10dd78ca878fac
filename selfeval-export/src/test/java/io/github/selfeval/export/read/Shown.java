package io.github.selfeval.export.read;

import io.github.selfeval.model.BlockPoints;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.FormTexts;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.NamedAmount;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationBuilder;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.model.form.TextBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report as far as a form description shows it: what a reader of the filled form can give back. Fields
 * the form has no cell for are left out; a 符号 or 单位 the form has no column for is part of 年度指标值, as
 * the form prints it; an empty template row is no row.
 */
final class Shown {

    private Shown() {
    }

    static Optional<String> expected(FormDescription d, Indicator ind) {
        String v = ind.expected().orElse("");
        IndicatorTable t = d.indicators();
        if (t.column(IndicatorTable.Column.Field.COMPARISON).isEmpty() && ind.comparison().isPresent() && !v.isEmpty()
                && !v.startsWith(ind.comparison().get().symbol())) {
            v = ind.comparison().get().symbol() + v;
        }
        if (t.column(IndicatorTable.Column.Field.UNIT).isEmpty() && ind.unit().isPresent() && !v.isEmpty()
                && !v.endsWith(ind.unit().get())) {
            v = v + ind.unit().get();
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<String> s(Optional<String> v) {
        return v.map(String::strip).filter(x -> !x.isEmpty());
    }

    static SelfEvaluation of(SelfEvaluation r, FormDescription d, List<IndicatorTable.Column> printed) {
        SelfEvaluationBuilder b = SelfEvaluation.builder(d.kind()).form(d.id()).moneyUnit(r.moneyUnit());
        Set<HeaderField.Field> head = EnumSet.noneOf(HeaderField.Field.class);
        d.header().fields().forEach(f -> head.add(f.field()));
        Set<Signature.Field> sig = EnumSet.noneOf(Signature.Field.class);
        d.signature().forEach(f -> sig.add(f.field()));
        b.cover(new Cover(r.cover().year(), r.cover().department().strip(), Optional.empty(), Optional.empty(), List.of()));
        if (d.kind() == FormKind.PROJECT && r.project().isPresent()) {
            ProjectInfo p = r.project().get();
            b.project(new ProjectInfo(p.name().strip(),
                    head.contains(HeaderField.Field.SUPERVISING_DEPARTMENT) ? s(p.supervisingDepartment()) : Optional.empty(),
                    head.contains(HeaderField.Field.IMPLEMENTING_UNIT) ? s(p.implementingUnit()) : Optional.empty(),
                    head.contains(HeaderField.Field.PROJECT_CODE) ? s(p.code()) : Optional.empty(),
                    head.contains(HeaderField.Field.PROJECT_LEADER) || sig.contains(Signature.Field.PROJECT_LEADER)
                            ? s(p.leader()) : Optional.empty(),
                    head.contains(HeaderField.Field.FINANCE_LEADER) || sig.contains(Signature.Field.FINANCE_LEADER)
                            ? s(p.financeLeader()) : Optional.empty()));
        }
        if (head.contains(HeaderField.Field.IMPLEMENTING_DEPARTMENT)) {
            s(r.implementingDepartment()).ifPresent(b::implementingDepartment);
        }
        b.budget(budget(r.budget(), d.funds()));
        if (d.goals().isPresent()) {
            List<Goal> items = new ArrayList<>();
            for (Goal g : r.goals().items()) {
                Optional<String> t = s(g.target());
                Optional<String> c = s(g.completion());
                if (t.isPresent() || c.isPresent()) {
                    items.add(new Goal(t, c));
                }
            }
            b.goals(new Goals(items, d.goals().get().overall().isPresent() ? r.goals().declaredOverallCompletion()
                    : Optional.empty()));
        }
        Set<IndicatorTable.Column.Field> cols = EnumSet.noneOf(IndicatorTable.Column.Field.class);
        printed.forEach(c -> cols.add(c.field()));
        List<Indicator> rows = new ArrayList<>();
        List<BlockPoints> blocks = new ArrayList<>();
        for (Indicator i : r.indicators()) {
            Indicator x = new Indicator(i.level1().strip(), i.level2().strip(), i.name().strip(),
                    cols.contains(IndicatorTable.Column.Field.DESCRIPTION) ? s(i.description()) : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.COMPARISON) ? i.comparison() : Optional.<Comparison>empty(),
                    cols.contains(IndicatorTable.Column.Field.EXPECTED) ? s(expected(d, i)) : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.UNIT) ? s(i.unit()) : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.ACTUAL) ? s(i.actual()) : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.GRADE) ? i.grade() : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.SCORE) ? i.score() : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.WEIGHT) ? i.weight() : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.WEIGHTED_SCORE) ? i.weightedScore() : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.NATURE) ? i.nature() : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.CORE) && i.core(),
                    cols.contains(IndicatorTable.Column.Field.DEVIATION_REASON) ? s(i.deviationReason()) : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.IMPROVEMENT)
                            || cols.contains(IndicatorTable.Column.Field.DEVIATION_REASON) ? s(i.improvement())
                            : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.SCORING_NOTE) ? s(i.scoringNote()) : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.GOAL_BLOCK) ? s(i.goalBlock()) : Optional.empty(),
                    cols.contains(IndicatorTable.Column.Field.SCORING_METHOD) ? s(i.scoringMethod()) : Optional.empty());
            boolean values = x.description().isPresent() || x.comparison().isPresent() || x.expected().isPresent()
                    || x.unit().isPresent() || x.actual().isPresent() || x.grade().isPresent() || x.score().isPresent()
                    || x.weight().isPresent() || x.weightedScore().isPresent() || x.nature().isPresent() || x.core()
                    || x.deviationReason().isPresent() || x.improvement().isPresent() || x.scoringNote().isPresent()
                    || x.scoringMethod().isPresent();
            if (!values) {
                continue; // printed as an empty template row
            }
            rows.add(x);
            if (x.goalBlock().isPresent()) {
                block(r, blocks, x.goalBlock(), Optional.empty());
            }
            block(r, blocks, x.goalBlock(), Optional.of(x.level1()));
        }
        b.indicators(rows);
        blocks.forEach(b::block);
        if (d.indicators().column(IndicatorTable.Column.Field.WEIGHT).filter(printed::contains).isPresent()) {
            r.declaredMaxScore().ifPresent(b::declaredMaxScore);
        }
        r.declaredTotalScore().ifPresent(b::declaredTotalScore);
        FormTexts t = r.texts();
        Set<TextBlock.Field> tf = EnumSet.noneOf(TextBlock.Field.class);
        d.texts().forEach(x -> tf.add(x.field()));
        b.texts(new FormTexts(tf.contains(TextBlock.Field.CONCLUSION) ? s(t.conclusion()) : Optional.empty(),
                tf.contains(TextBlock.Field.PROBLEMS) ? s(t.problems()) : Optional.empty(),
                tf.contains(TextBlock.Field.IMPROVEMENTS) ? s(t.improvements()) : Optional.empty(),
                tf.contains(TextBlock.Field.DEVIATION_ANALYSIS) ? s(t.deviationAnalysis()) : Optional.empty(),
                tf.contains(TextBlock.Field.RESULT_APPLICATION) ? s(t.resultApplication()) : Optional.empty()));
        if (sig.contains(Signature.Field.PREPARER)) {
            s(r.preparer()).ifPresent(b::preparer);
        }
        if (sig.contains(Signature.Field.PHONE)) {
            s(r.phone()).ifPresent(b::phone);
        }
        if (sig.contains(Signature.Field.FILLED_ON)) {
            r.filledOn().ifPresent(b::filledOn);
        }
        // A form shows notes under its 说明 label, or (explanationHoldsNotes) in its 原因 cell.
        if (d.notes().isPresent() || d.funds().explanationHoldsNotes()) {
            b.notes(r.notes().stream().map(String::strip).filter(x -> !x.isEmpty()).toList());
        }
        return b.build();
    }

    private static void block(SelfEvaluation r, List<BlockPoints> out, Optional<String> goal, Optional<String> level1) {
        for (BlockPoints p : r.blocks()) {
            if (p.goalBlock().equals(goal) && p.level1().equals(level1)) {
                BlockPoints x = new BlockPoints(goal, level1, p.points());
                if (!out.contains(x)) {
                    out.add(x);
                }
                return;
            }
        }
    }

    private static BudgetExecution budget(BudgetExecution b, FundsBlock f) {
        Set<FundsBlock.Column.Field> cols = EnumSet.noneOf(FundsBlock.Column.Field.class);
        f.columns().forEach(c -> cols.add(c.field()));
        Optional<Funds> initial = cols.contains(FundsBlock.Column.Field.INITIAL_BUDGET)
                ? b.initialBudget().map(x -> funds(x, f)).filter(x -> !blank(x)) : Optional.empty();
        Optional<Funds> received = cols.contains(FundsBlock.Column.Field.RECEIVED)
                ? b.received().map(x -> funds(x, f)).filter(x -> !blank(x)) : Optional.empty();
        boolean pointsShown = cols.contains(FundsBlock.Column.Field.POINTS)
                || f.sectionTemplate().map(t -> t.contains("{points}")).orElse(false) && f.section().isPresent();
        return new BudgetExecution(initial, funds(b.budget(), f), received, funds(b.spent(), f),
                cols.contains(FundsBlock.Column.Field.RATE) || f.rate().isPresent() ? b.declaredExecutionRate()
                        : Optional.empty(),
                pointsShown ? b.points() : Optional.empty(),
                cols.contains(FundsBlock.Column.Field.SCORE) ? b.declaredScore() : Optional.empty(),
                cols.contains(FundsBlock.Column.Field.EXPLANATION) ? s(b.explanation()) : Optional.empty());
    }

    private static boolean blank(Funds f) {
        return f.total().isEmpty() && f.fiscal().isEmpty() && f.other().isEmpty() && f.carryOver().isEmpty()
                && f.extras().isEmpty();
    }

    private static Funds funds(Funds x, FundsBlock f) {
        Set<FundsBlock.Row.Field> rows = EnumSet.noneOf(FundsBlock.Row.Field.class);
        f.rows().forEach(r -> rows.add(r.field()));
        List<NamedAmount> extras = new ArrayList<>();
        for (FundsBlock.Row r : f.rows()) {
            if (r.field() == FundsBlock.Row.Field.EXTRA) {
                for (NamedAmount e : x.extras()) {
                    if (r.label().matches(e.name()) && e.amount().isPresent()) {
                        extras.add(new NamedAmount(r.label().text(), e.amount()));
                        break;
                    }
                }
            }
        }
        return new Funds(x.total(), rows.contains(FundsBlock.Row.Field.FISCAL) ? x.fiscal() : Optional.empty(),
                rows.contains(FundsBlock.Row.Field.OTHER) ? x.other() : Optional.empty(),
                rows.contains(FundsBlock.Row.Field.CARRY_OVER) ? x.carryOver() : Optional.<BigDecimal>empty(), extras);
    }
}
