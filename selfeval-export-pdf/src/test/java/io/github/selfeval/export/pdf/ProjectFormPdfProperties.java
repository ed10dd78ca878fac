package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated central 项目支出 forms (1–30 rows, long 三级 names, blanks anywhere a form may leave one): the
 * PDF shows the 项目资金 block's labels, every row, the card's budget score and total, each beside the
 * declared value where they differ or marked computed where the form left it blank, and no empty section.
 */
class ProjectFormPdfProperties {

    private static final List<String[]> TREE = List.of(new String[] {"产出指标", "数量指标"},
            new String[] {"产出指标", "质量指标"}, new String[] {"产出指标", "时效指标"},
            new String[] {"效益指标", "社会效益指标"}, new String[] {"满意度指标", "服务对象满意度指标"});
    private static final String HAN = "项目资金完成率覆盖群众满意度补贴发放及时验收合格工程建设服务水平提升";

    /** A valid central project form; this module's own generator (selfeval-test-support has none for it yet). */
    static Gen<SelfEvaluation> projectForms() {
        return in -> {
            int rows = between(in, 1, 30);
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                String[] t = TREE.get(i * TREE.size() / rows);
                BigDecimal weight = BigDecimal.valueOf(between(in, 1, 2000), 2);
                int expected = between(in, 1, 500);
                int actual = between(in, 0, 600);
                BigDecimal declared = weight.multiply(BigDecimal.valueOf(between(in, 0, 100)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                indicators.add(Indicator.builder(t[0], t[1], name(in, i))
                        .expected("≥" + expected + "米").actual(actual + "米").weight(weight.toPlainString())
                        .weightedScore(bool(in) ? declared.toPlainString() : null)
                        .deviationReason(bool(in) && bool(in) ? text(in, 10, 120) : null)
                        .build());
            }
            BigDecimal budget = BigDecimal.valueOf(between(in, 1, 10_000_000), 2);
            BigDecimal spent = bool(in) ? budget.multiply(BigDecimal.valueOf(between(in, 0, 100)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP) : null;
            Optional<Percent> rate = bool(in) ? Optional.of(Percent.of(BigDecimal.valueOf(between(in, 0, 100))))
                    : Optional.empty();
            Optional<BigDecimal> score = bool(in) ? Optional.of(BigDecimal.valueOf(between(in, 0, 10)))
                    : Optional.empty();
            BudgetExecution b = new BudgetExecution(Optional.of(Funds.ofProject(budget, budget, null, null)),
                    Funds.ofProject(budget, budget, null, null),
                    Optional.empty(), spent == null ? Funds.empty() : Funds.ofProject(spent, spent, null, null), rate,
                    Optional.of(BigDecimal.TEN), score, Optional.empty());
            return SelfEvaluation.builder(FormKind.PROJECT).pack("national").form("central-project")
                    .cover(new Cover(2000 + between(in, 19, 25), "某某县" + text(in, 2, 8) + "局", Optional.empty(),
                            Optional.empty(), List.of()))
                    .project(new ProjectInfo(text(in, 4, 40) + "项目", Optional.of("某某县财政局"), Optional.empty()))
                    .budget(b)
                    .goals(new Goals(bool(in) ? List.of(Goal.of(text(in, 5, 60), text(in, 5, 60))) : List.of(),
                            Optional.empty()))
                    .indicators(indicators)
                    .declaredTotalScore(bool(in) ? BigDecimal.valueOf(between(in, 0, 100)) : null)
                    .build();
        };
    }

    @Test
    void generatedProjectFormsShowTheCardsNumbersInTheCentralLayout() {
        qt().withExamples(15).withShrinkCycles(10)
                .forAll(projectForms())
                .checkAssert(generated -> {
                    SelfEvaluation r = generated;
                    ScoreCard card = Examples.card(r);
                    String all = Examples.text(Examples.pdf(card));
                    String form = all.substring(0, all.indexOf("附件：审核意见"));
                    FormDescription d = FormDescriptions.standard().forReport(r);
                    assertTrue(form.contains("年初预算数全年预算数全年执行数分值执行率得分"), "the 项目资金 columns");
                    for (IndicatorScore s : card.indicators()) {
                        String row = SeedPdf.squeeze(s.indicator().name() + s.indicator().expected().orElseThrow()
                                + s.indicator().actual().orElseThrow() + FormNumbers.plain(s.weight()));
                        assertTrue(form.contains(row + SeedPdf.squeeze(FormNumbers.shown(Optional.of(s.weightedScore()),
                                s.indicator().weightedScore()))), "row " + s.index() + ": " + row);
                    }
                    String total = FormNumbers.shown(Optional.of(card.totalScore()), r.declaredTotalScore());
                    assertTrue(form.contains("总分" + FormNumbers.withDeclared(Optional.of(card.weightSum()),
                            r.declaredMaxScore()) + total), "总分 " + total);
                    // The 年度资金总额 row, cell by cell: money as written (a blank 全年执行数 stays blank), 分值,
                    // 执行率 and 得分 from the card, the declared beside them or the computed marked.
                    BudgetExecution b = r.budget();
                    Optional<Percent> computed = card.budgetScore().flatMap(x -> x.rate());
                    Optional<Percent> declared = b.declaredExecutionRate();
                    String rate = computed.isEmpty() ? declared.map(p -> FormNumbers.points(p)).orElse("")
                            : declared.isEmpty() ? FormNumbers.points(computed.get()) + FormNumbers.computedNote()
                            : declared.get().points().compareTo(computed.get().points()) == 0
                            ? FormNumbers.points(computed.get())
                            : FormNumbers.points(computed.get()) + FormNumbers.declaredNote(FormNumbers.points(declared.get()));
                    String row = "年度资金总额" + FormNumbers.plain(b.initialBudget().orElseThrow().total())
                            + FormNumbers.plain(b.budget().total()) + FormNumbers.plain(b.spent().total()) + "10" + rate
                            + FormNumbers.shown(card.budgetScore().map(x -> x.score()), b.declaredScore())
                            + SeedPdf.squeeze(d.funds().rows().get(1).label().text());
                    assertTrue(form.contains(row), "the 年度资金总额 row " + row);
                    assertFalse(all.contains(d.report().none()), "an empty section");
                });
    }

    private static String name(RandomnessSource in, int i) {
        // Unique within the form; some as long as real ones get (they must wrap, not overflow).
        return "第" + (i + 1) + "项" + text(in, 2, bool(in) ? 12 : 48);
    }

    private static String text(RandomnessSource in, int min, int max) {
        int n = between(in, min, max);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(HAN.charAt(between(in, 0, HAN.length() - 1)));
        }
        return b.toString();
    }

    private static boolean bool(RandomnessSource in) {
        return Generate.booleans().generate(in);
    }

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }
}
