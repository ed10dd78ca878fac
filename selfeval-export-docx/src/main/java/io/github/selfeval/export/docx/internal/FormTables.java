package io.github.selfeval.export.docx.internal;

import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 自评表 as {@link Grid}s, in the layout the PDF exporter prints: 基本情况 and 预算执行情况, 目标完成情况,
 * and the indicator table with its totals. Every number comes from the {@link ScoreCard}: computed values,
 * with the declared one beside them where they differ.
 */
final class FormTables {

    private final ScoreCard card;
    private final SelfEvaluation report;
    private final Presentation presentation;

    FormTables(ScoreCard card, Presentation presentation) {
        this.card = card;
        this.report = card.report();
        this.presentation = presentation;
    }

    String title() {
        return report.cover().year() + Labels.YEAR
                + (report.kind() == FormKind.PROJECT ? Labels.FORM_PROJECT : Labels.FORM_DEPARTMENT);
    }

    /** 一、基本情况 and 二、预算执行情况. */
    Grid basicAndBudget() {
        Grid t = new Grid(2.2f, 1.6f, 2.2f, 1.6f, 2.2f, 1.6f, 1.8f);
        t.section(Labels.BASIC);
        t.row();
        String unit = report.moneyUnit().label();
        if (report.kind() == FormKind.PROJECT && report.project().isPresent()) {
            var p = report.project().get();
            t.label(Labels.PROJECT_NAME, 1, 1).value(p.name(), 3, 1)
                    .label(Labels.FORM_SUPERVISING_DEPARTMENT, 1, 1).value(p.supervisingDepartment().orElse(""), 2, 1);
            t.row().label(Labels.IMPLEMENTING_UNIT, 1, 1).value(p.implementingUnit().orElse(""), 3, 1);
        } else {
            // Blank when the form left it blank: an exported form shows what was declared.
            t.label(Labels.IMPLEMENTING_DEPARTMENT, 1, 1).value(report.implementingDepartment().orElse(""), 3, 1);
        }
        t.label(Labels.MONEY_UNIT, 1, 1).value(unit, 2, 1);

        t.section(Labels.BUDGET);
        t.row().label(Labels.BUDGET_ARRANGED, 2, 1).label(Labels.FUNDS_RECEIVED, 2, 1)
                .label(Labels.FUNDS_SPENT, 2, 1).label(Labels.EXECUTION_PROGRESS, 1, 1);
        var b = report.budget();
        Funds received = b.received().orElse(Funds.blank());
        t.row().label(Labels.BUDGET_AMOUNT, 1, 1).value(Texts.plain(b.budget().amount()), 1, 1)
                .label(Labels.RECEIVED_AMOUNT, 1, 1).value(Texts.plain(received.amount()), 1, 1)
                .label(Labels.SPENT_AMOUNT, 1, 1).value(Texts.plain(b.spent().amount()), 1, 1)
                .value(executionRate(), 1, 3);
        for (boolean fiscal : new boolean[] {true, false}) {
            String label = fiscal ? Labels.OF_WHICH_FISCAL : Labels.OTHER;
            t.row().label(label, 1, 1).value(Texts.plain(fiscal ? b.budget().fiscal() : b.budget().other()), 1, 1)
                    .label(label, 1, 1).value(Texts.plain(fiscal ? received.fiscal() : received.other()), 1, 1)
                    .label(label, 1, 1).value(Texts.plain(fiscal ? b.spent().fiscal() : b.spent().other()), 1, 1);
        }
        return t;
    }

    /** 预算执行进度: computed, with the declared rate beside it when it differs. */
    String executionRate() {
        Optional<Percent> computed = card.budgetExecutionRate();
        Optional<Percent> declared = report.budget().declaredExecutionRate();
        if (computed.isEmpty()) {
            return declared.map(p -> Texts.plain(p.points())).orElse("");
        }
        return Texts.withDeclared(computed.get().points(), declared.map(Percent::points));
    }

    /** 三、目标完成情况. */
    Grid goals() {
        Grid t = new Grid(5f, 7f, 1.8f).headerRows(2);
        t.section(Labels.GOALS);
        t.row().label(Labels.ANNUAL_GOAL, 1, 1).label(Labels.COMPLETION, 1, 1).label(Labels.OVERALL_COMPLETION, 1, 1);
        List<Goal> goals = report.goals().items();
        String overall = report.goals().declaredOverallCompletion().map(p -> Texts.plain(p.points())).orElse("");
        if (goals.isEmpty()) {
            t.row().value(Labels.NONE_CELL, 2, 1).value(overall, 1, 1);
        }
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            int n = i + 1;
            t.row().text(g.target().map(s -> Labels.goal(n) + s).orElse(""), 1, 1)
                    .text(g.completion().map(s -> Labels.goalCompletion(n) + s).orElse(""), 1, 1);
            if (i == 0) {
                t.value(overall, 1, goals.size());
            }
        }
        return t;
    }

    boolean hasDeviationColumn() {
        return report.indicators().stream()
                .anyMatch(i -> i.deviationReason().isPresent() || i.improvement().isPresent());
    }

    /** 四、年度绩效指标完成情况, with merged 一级/二级 cells, then 自评得分, 填报人 and 联系电话. */
    Grid indicators() {
        boolean deviation = hasDeviationColumn();
        float[] widths = {1.5f, 1.7f, 2.2f, 2.2f, 0.8f, 1.3f, 1.7f, 1.9f, 1.1f, 1.2f, 1.2f, 1.3f};
        if (deviation) {
            widths = Arrays.copyOf(widths, widths.length + 1);
            widths[widths.length - 1] = 3.2f;
        }
        int cols = widths.length;
        Grid t = new Grid(widths).headerRows(3);
        t.section(Labels.INDICATORS);
        t.row().label(Labels.LEVEL1, 1, 2).label(Labels.LEVEL2, 1, 2).label(Labels.LEVEL3, 1, 2)
                .label(Labels.DESCRIPTION, 1, 2).label(Labels.EXPECTED, 2, 1).label(Labels.UNIT, 1, 2)
                .label(Labels.ACTUAL, 1, 2).label(Labels.GRADE, 1, 2).label(Labels.SELF_SCORE, 3, 1);
        if (deviation) {
            t.label(Labels.DEVIATION, 1, 2);
        }
        boolean weighted = presentation == Presentation.WEIGHTED;
        t.row().label(Labels.SYMBOL, 1, 1).label(Labels.VALUE, 1, 1)
                .label(weighted ? Labels.SCORE_WEIGHTED : Labels.SCORE_SHARE, 1, 1)
                .label(weighted ? Labels.WEIGHT : Labels.POINTS, 1, 1)
                .label(weighted ? Labels.WEIGHTED_SCORE : Labels.EARNED, 1, 1);

        List<IndicatorScore> scores = card.indicators();
        BigDecimal weightSum = BigDecimal.ZERO;
        for (int r = 0; r < scores.size(); r++) {
            IndicatorScore s = scores.get(r);
            Indicator ind = s.indicator();
            t.row();
            if (r == 0 || !same(scores.get(r - 1).indicator().level1(), ind.level1())) {
                int span = 1;
                while (r + span < scores.size() && same(scores.get(r + span).indicator().level1(), ind.level1())) {
                    span++;
                }
                t.value(ind.level1(), 1, span);
            }
            if (r == 0 || !same(scores.get(r - 1).indicator().level1(), ind.level1())
                    || !same(scores.get(r - 1).indicator().level2(), ind.level2())) {
                int span = 1;
                while (r + span < scores.size() && same(scores.get(r + span).indicator().level1(), ind.level1())
                        && same(scores.get(r + span).indicator().level2(), ind.level2())) {
                    span++;
                }
                t.value(ind.level2(), 1, span);
            }
            t.value(ind.name(), 1, 1).value(ind.description().orElse(""), 1, 1)
                    .value(ind.comparison().map(c -> c.symbol()).orElse(""), 1, 1)
                    .value(ind.expected().orElse(""), 1, 1).value(ind.unit().orElse(""), 1, 1)
                    .value(ind.actual().orElse(""), 1, 1).value(grade(s), 1, 1)
                    .value(Texts.withDeclared(s.score(), ind.score()), 1, 1)
                    .value(Texts.plain(s.weight()), 1, 1)
                    .value(Texts.withDeclared(s.weightedScore(), ind.weightedScore()), 1, 1);
            if (deviation) {
                String text = ind.deviationReason().orElse("")
                        + (ind.deviationReason().isPresent() && ind.improvement().isPresent() ? "\n" : "")
                        + ind.improvement().orElse("");
                t.text(text, 1, 1);
            }
            weightSum = weightSum.add(s.weight());
        }
        // Totals: 自评得分 with the weights' sum and the total; then who filled the form in.
        t.row().label(Labels.SELF_SCORE, cols - (deviation ? 4 : 3), 1).value("", 1, 1)
                .value(Texts.plain(weightSum), 1, 1)
                .value(Texts.withDeclared(card.totalScore(), report.declaredTotalScore()), 1, 1);
        if (deviation) {
            t.value("", 1, 1);
        }
        int half = cols / 2;
        t.row().text(Labels.PREPARER + report.preparer().orElse(""), half, 1)
                .text(Labels.PHONE + report.phone().orElse(""), cols - half, 1);
        return t;
    }

    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static String grade(IndicatorScore s) {
        Optional<String> declared = s.indicator().grade().map(g -> g.label());
        if (declared.isPresent()) {
            String computed = s.grade().label();
            return declared.get().equals(computed) ? computed : computed + Labels.declared(declared.get());
        }
        // 预算执行率 has no grade on the form; other rows show the grade of the computed score.
        return s.source() == IndicatorScore.ScoreSource.BUDGET_EXECUTION ? "" : s.grade().label();
    }
}
