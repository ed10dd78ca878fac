package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.BlockPoints;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The real project forms of {@code examples/}, each in its own form's layout: every label of its
 * description, the card's numbers with the declared ones beside them where they differ, blanks left
 * blank or the computed value marked, and no empty narrative sections.
 */
class ProjectFormPdfTest {

    private static final String HEBEI_2019 = "2019-hebei-langfang-nuantong.json";

    /** Every label a form prints, as the description words it (optional columns only when filled). */
    private static List<String> labels(FormDescription form, SelfEvaluation r) {
        List<String> labels = new ArrayList<>(form.titleLines(r));
        form.header().fields().forEach(f -> labels.add(f.label().text()));
        form.funds().columns().forEach(c -> labels.add(c.label().text()));
        form.funds().rows().forEach(c -> labels.add(c.label().text()));
        form.goals().ifPresent(g -> {
            labels.add(g.section().text());
            labels.add(g.target().text());
            labels.add(g.completion().text());
        });
        labels.add(form.indicators().section().text());
        form.indicators().columns().stream().filter(c -> !c.optional()).forEach(c -> labels.add(c.label().text()));
        labels.add(form.total().label().text());
        form.texts().forEach(t -> labels.add(t.label().text()));
        form.signature().forEach(s -> labels.add(s.label().text()));
        return labels;
    }

    @Test
    void everyExampleExportsInItsFormsLayout() throws IOException {
        List<Path> examples = Examples.all();
        assertTrue(examples.size() >= 5, "the seed and four real project forms: " + examples);
        Path out = Path.of("target", "examples");
        Files.createDirectories(out);
        for (Path p : examples) {
            SelfEvaluation r = SelfEvaluationJson.read(p);
            ScoreCard card = Examples.card(r);
            byte[] pdf = Examples.pdf(card);
            // Kept for people (and pdftoppm) to look at.
            Files.write(out.resolve(p.getFileName().toString().replace(".json", ".pdf")), pdf);
            String text = Examples.text(pdf);
            FormDescription form = FormDescriptions.standard().forReport(r);
            for (String label : labels(form, r)) {
                assertTrue(text.contains(SeedPdf.squeeze(label)), p.getFileName() + " lacks its form's label " + label);
            }
            for (Indicator i : r.indicators()) {
                assertTrue(text.contains(SeedPdf.squeeze(i.name())), p.getFileName() + " lacks row " + i.name());
            }
            assertTrue(text.contains(FormNumbers.plain(card.totalScore())), p.getFileName() + ": the card's total");
            if (r.narrative().equals(Narrative.empty())) {
                assertFalse(text.contains(form.report().none()), p.getFileName() + " prints empty sections");
                assertFalse(text.contains(SeedPdf.squeeze(form.report().overview())), p.getFileName() + " has section 一");
            } else {
                assertTrue(text.contains(SeedPdf.squeeze(form.report().overview())), p.getFileName() + " lacks section 一");
            }
        }
    }

    @Test
    void theCentralFormPrintsItsOwnColumnsAndNoneOfTheSeeds() {
        SelfEvaluation r = Examples.report(HEBEI_2019);
        String all = Examples.text(Examples.pdf(Examples.card(r, "national")));
        String text = all.substring(0, all.indexOf("附件：审核意见"));

        assertTrue(text.contains("项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分"), "the 项目资金 block's header");
        assertTrue(text.contains("绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"),
                "the indicator table's header, exactly the description's columns");
        for (String seedOnly : new String[] {"指标说明", "符号", "单位（文字描述）", "单项指标完成情况", "得分系数",
            "预算执行进度", "到位数", "自评得分"}) {
            assertFalse(text.contains(seedOnly), "the seed's " + seedOnly + " on a project form");
        }
        // The budget block scores execution itself: no made-up 预算执行率 row among the indicators.
        assertFalse(text.contains("预算执行率预算执行率"), "a made-up indicator row");
    }

    @Test
    void computedValuesThatDifferFromTheDeclaredOnesShowBoth() {
        SelfEvaluation r = Examples.report(HEBEI_2019);
        // Under the national pack (two places): 37.24 / 43.2 = 86.2 % (the form wrote 86), 86.2 % × 10 = 8.62
        // (the form wrote 9); the form left 总分 blank, so the card's total prints marked as computed.
        String national = Examples.text(Examples.pdf(Examples.card(r, "national")));
        assertTrue(national.contains("年度资金总额43.243.237.241086.2（填报：86）8.62（填报：9）其中"), "the 年度资金总额 row");
        assertTrue(national.contains("总分10097.62（计算）"), "the 总分 row");
        // Under its own pack (hebei-project: whole numbers, as the form prints them) the card agrees with the
        // form: each value once, nothing doubled; the blank 总分 still says it is computed.
        String own = Examples.text(Examples.pdf(Examples.card(r)));
        assertTrue(own.contains("年度资金总额43.243.237.2410869其中"), "the 年度资金总额 row under hebei-project");
        assertTrue(own.contains("总分10098（计算）"), "the 总分 row under hebei-project");
        assertFalse(own.substring(0, own.indexOf("附件：审核意见")).contains("填报："), "a value doubled that agrees");
        // Shanghai 2022: 215457.6 / 250000 = 86.18 % under the national pack; the form wrote 86.19.
        String shanghai = Examples.text(Examples.pdf(Examples.card(Examples.report("2022-shanghai-putuo-tiyu.json"))));
        assertTrue(shanghai.contains("86.18（填报：86.19）"), "Shanghai's 执行率");
        assertTrue(shanghai.contains("项目资金（元）"), "Shanghai prints money in 元");
        assertTrue(shanghai.contains("总分10098.62"), "Shanghai's 总分: 满分 100, total 98.62 as declared");
    }

    @Test
    void aBlankRateAndScoreStayUnfilledOrAreMarkedComputed() {
        SelfEvaluation r = Examples.report(HEBEI_2019);
        BudgetExecution b = r.budget();
        SelfEvaluation blank = r.toBuilder().budget(new BudgetExecution(b.initialBudget(), b.budget(), b.received(),
                b.spent(), Optional.empty(), b.points(), Optional.empty(), Optional.empty())).build();
        String text = Examples.text(Examples.pdf(Examples.card(blank, "national")));
        assertTrue(text.contains("1086.2（计算）8.62（计算）"), "computed 执行率 and 得分, marked");
        assertFalse(text.contains("100（计算）"), "a blank rate printed as 100");

        // Nothing spent written: no rate can be computed, and none is made up.
        SelfEvaluation nothing = r.toBuilder().budget(new BudgetExecution(b.initialBudget(), b.budget(), b.received(),
                Funds.empty(), Optional.empty(), b.points(), Optional.empty(), Optional.empty())).build();
        String none = Examples.text(Examples.pdf(Examples.card(nothing, "national")));
        // 43.2 · 43.2 · (blank) · 10 · (blank) · 0（计算）: the card's score of nothing spent, marked.
        assertTrue(none.contains("年度资金总额43.243.2100（计算）其中"), "blank 全年执行数 and 执行率 stay blank");
    }

    @Test
    void aBlankGradeIsNotPrintedAsAGradeOfTheForm() throws IOException {
        SelfEvaluation seed = SeedPdf.report();
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        Indicator first = rows.get(0);
        rows.set(0, new Indicator(first.level1(), first.level2(), first.name(), first.description(), first.comparison(),
                first.expected(), first.unit(), first.actual(), Optional.empty(), first.score(), first.weight(),
                first.weightedScore(), first.nature(), first.core(), first.deviationReason(), first.improvement(),
                first.scoringNote(), first.goalBlock(), first.scoringMethod()));
        String text = Examples.text(Examples.pdf(Examples.card(seed.toBuilder().indicators(rows).build())));
        assertTrue(text.contains("2819.17优（计算）90"), "the grade of the computed score, marked as computed");
        assertTrue(text.contains("预算执行率75.24%75.24107.5"), "the 预算执行率 row still has no grade");
    }

    @Test
    void blockLabelsCarryTheirPrintedPoints() {
        SelfEvaluation r = Examples.report(HEBEI_2019);
        SelfEvaluation blocks = r.toBuilder().block(BlockPoints.level1("产出指标", new BigDecimal("50")))
                .block(BlockPoints.level1("效益指标", new BigDecimal("30")))
                .block(BlockPoints.level1("满意度指标", BigDecimal.TEN)).build();
        String text = Examples.text(Examples.pdf(Examples.card(blocks)));
        for (String l : new String[] {"产出指标(50分)", "效益指标(30分)", "满意度指标(10分)"}) {
            assertTrue(text.contains(l), l);
        }

        SelfEvaluation hubei = Examples.report("2020-hubei-changjiang-jinbu.json");
        SelfEvaluation goal = hubei.toBuilder().block(BlockPoints.goal("年度绩效目标1", new BigDecimal("80"))).build();
        String h = Examples.text(Examples.pdf(Examples.card(goal)));
        assertTrue(h.contains("得分年度绩效目标1(80分)产出指标"), "the goal-block column with its points");
        FormDescription form = FormDescriptions.standard().forReport(hubei);
        assertTrue(form.indicators().column(IndicatorTable.Column.Field.WEIGHT).orElseThrow().optional());
        assertFalse(h.contains("实际完成值(B)分值"), "Hubei's optional 分值 column, which no row fills, is left out");
        assertTrue(form.funds().rateAsRatio() && h.contains("年度财政资金总额1.561.56120"),
                "Hubei prints 执行率 as a ratio (1) and its 20-point 得分");
    }

    @Test
    void aReportWithoutNarrativeIsTheCoverTheFormAndTheAudit() throws IOException {
        ScoreCard card = Examples.card(Examples.report(HEBEI_2019));
        byte[] pdf = Examples.pdf(card);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Cover, the form's two landscape pages (funds and goals, then the indicator table), the audit.
            assertEquals(4, doc.getNumberOfPages());
            assertTrue(doc.getPage(1).getMediaBox().getWidth() > doc.getPage(1).getMediaBox().getHeight());
        }
        String text = Examples.text(pdf);
        assertFalse(text.contains("项目支出绩效自评报告一、"), "the document title of an empty narrative");
        assertTrue(text.contains("附件：审核意见"));
        assertEquals(FundsBlock.Layout.GRID, FormDescriptions.standard().forReport(card.report()).funds().layout());
    }

    /**
     * Issue 10's 8.35 report: nine rows whose 折算得分 8.35 prints 8.4 under the seed's rounding, and a 预算执行率
     * row of 10. The form sums its printed column (9 × 8.4 + 10 = 85.6 → 86); the card says 86, so does the PDF.
     */
    @Test
    void theEightPointThreeFiveReportPrintsTheCardsTotal() throws IOException {
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(Indicator.builder("产出指标", "数量指标", "指标" + (i + 1)).grade(io.github.selfeval.model.Grade.GOOD)
                    .score("83.5").weight("10").weightedScore("8.4").build());
        }
        rows.add(Indicator.builder("预算执行率", "预算执行率", "预算执行率").actual("100%").score("100").weight("10")
                .weightedScore("10").build());
        SelfEvaluation r = SelfEvaluation.builder(io.github.selfeval.model.FormKind.DEPARTMENT)
                .cover(io.github.selfeval.model.Cover.of(2023, "测试镇人民政府"))
                .budget(new BudgetExecution(Optional.empty(), Funds.of(new BigDecimal("100")), Optional.empty(),
                        Funds.of(new BigDecimal("100")), Optional.empty()))
                .indicators(rows).declaredTotalScore(new BigDecimal("86")).build();
        ScoreCard card = io.github.selfeval.scoring.Scorer.of(io.github.selfeval.scoring.RulePacks.standard().get("hebei"))
                .score(r);
        assertEquals("86", card.totalScore().toPlainString());
        String text = SeedPdf.text(SeedPdf.export(card, io.github.selfeval.export.ExportOptions.defaults()))
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("自评得分 100 86"), text);
        assertFalse(text.contains("85（") || text.contains(" 85 "), text);
    }
}
