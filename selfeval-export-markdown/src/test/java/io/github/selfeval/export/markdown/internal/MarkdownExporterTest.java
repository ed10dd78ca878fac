package io.github.selfeval.export.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Markdown exporter: the whole {@link ReportExporterContract}, plus what a reader of the document
 * relies on, checked by parsing it back with commonmark-java.
 */
class MarkdownExporterTest implements ReportExporterContract {

    /** Text a careless exporter would turn into Markdown syntax. */
    static final List<String> NASTY = List.of(
            "a|b|c", "*not emphasis*", "__not strong__", "[not a link](https://example.org)", "<b>not html</b>",
            "# not a heading", "1. not a list", "- not a bullet", "> not a quote", "`not code`",
            "back\\slash\\", "&amp; stays &amp;", "~~not struck~~", "![not an image](x.png)", "=== not underline",
            "+ not a bullet either", "2023) not a list", "100% | ≥95%");

    private final MarkdownExporter exporter = new MarkdownExporter();

    @Override
    public ReportExporter exporter() {
        return exporter;
    }

    @Override
    public void assertReadable(byte[] document, ScoreCard card) {
        SelfEvaluation r = card.report();
        FormDescription form = FormDescriptions.standard().forReport(r);
        MarkdownReader doc = new MarkdownReader(document);
        assertEquals(List.of(), doc.find(MarkdownReader.NEVER_WRITTEN), "user text was taken for Markdown syntax");
        String department = form.report().department().replace("：", "");
        assertTrue(doc.listItems().contains(department + "：" + oneLine(r.cover().department())),
                "the cover's department is missing: " + doc.listItems());

        List<String> header = MarkdownExporter.indicatorHeader(r, form.indicators(), card.presentation());
        MarkdownReader.Table table = doc.table(header.toArray(String[]::new));
        List<IndicatorTable.Column.Field> fields = MarkdownExporter.columns(r, form.indicators()).stream()
                .map(IndicatorTable.Column::field).toList();
        assertEquals(card.indicators().size() + 1, table.rows().size(), "one row per indicator, then the total");
        int name = fields.indexOf(IndicatorTable.Column.Field.NAME);
        int weighted = fields.indexOf(IndicatorTable.Column.Field.WEIGHTED_SCORE);
        for (IndicatorScore s : card.indicators()) {
            List<String> row = table.rows().get(s.index());
            Indicator i = s.indicator();
            assertEquals(fields.size(), row.size(), row::toString);
            assertEquals(oneLine(i.name()), row.get(name));
            assertEquals(FormNumbers.shown(Optional.of(s.weightedScore()), i.weightedScore()), row.get(weighted),
                    "the computed score of row " + (s.index() + 1) + ", the declared one beside it where they differ");
        }
        List<String> total = table.rows().get(card.indicators().size());
        assertEquals(form.total().label().text(), total.get(0));
        assertEquals(FormNumbers.shown(Optional.of(card.totalScore()), r.declaredTotalScore()), total.get(weighted),
                "the card's total");

        if (!card.findings().isEmpty()) {
            MarkdownReader.Table findings = doc.table("代码", "严重程度");
            assertEquals(card.findings().stream().map(f -> f.code().name()).toList(),
                    findings.rows().stream().map(row -> row.get(0)).toList());
            assertEquals(card.findings().stream().map(f -> oneLine(f.path())).toList(),
                    findings.rows().stream().map(row -> row.get(2)).toList());
        }
    }

    /** What a table cell shows of a text: line breaks become one space (a cell holds one line). */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static MarkdownReader read(ScoreCard card, ExportOptions options) {
        return new MarkdownReader(ContractFixtures.export(new MarkdownExporter(), card, options));
    }

    @Test
    void theSeedsTableShowsTheFormsArithmeticNextToTheRules() {
        ScoreCard seed = ContractFixtures.seedCard();
        MarkdownReader doc = read(seed, ExportOptions.defaults());

        MarkdownReader.Table table = doc.table("一级指标", "二级指标", "三级指标", "指标说明", "预期指标值（符号）",
                "预期指标值（值）", "单位（文字描述）", "单项指标实际完成值", "单项指标完成情况", "自评得分（单项指标得分）",
                "自评得分（权重占比(%)）", "自评得分（单项指标折算得分）");
        List<String> first = table.rows().get(0);
        assertEquals(List.of("产出指标", "数量指标", "项目支出钱数（万元）"), first.subList(0, 3));
        assertEquals(List.of("优", "90", "20", "18"), first.subList(8, 12), "numbers print as on the form: 90, not 90.00");
        List<String> budgetRow = table.rows().get(8);
        assertEquals("预算执行率", budgetRow.get(2));
        assertEquals("75.24%", budgetRow.get(7));
        assertEquals("", budgetRow.get(8), "the 预算执行率 row has no grade");
        assertEquals("7.5", budgetRow.get(11), "as the form wrote it, which the hebei rounding gives");
        List<String> total = table.rows().get(9);
        assertEquals(List.of("自评得分", "100", "91"), List.of(total.get(0), total.get(10), total.get(11)));
        assertTrue(doc.listItems().contains("预算执行进度(%)：75.24（计算）"),
                "the seed leaves 预算执行进度 blank: the computed rate is shown marked " + doc.listItems());
        MarkdownReader.Table funds = doc.table("", "预算数", "到位数", "执行数");
        assertEquals(List.of(List.of("合计", "3746.68", "2819.17", "2819.17"),
                List.of("其中：财政资金", "3746.68", "2819.17", "2819.17"), List.of("其他", "", "", "")), funds.rows(),
                "the seed's 预算执行情况, its 其他 left blank");
        assertTrue(doc.headings().contains("2 审核发现"));
    }

    @Test
    void theCoverAndSectionsComeInTheReportsOrder() {
        MarkdownReader doc = read(ContractFixtures.seedCard(), ExportOptions.defaults());

        List<String> h = doc.headings();
        assertEquals("1 2023 年度姜各庄镇人民政府部门整体绩效自评报告", h.get(0));
        List<String> order = List.of("2 一、部门整体概况", "2 二、部门整体绩效目标和绩效指标设定情况", "2 三、绩效实现情况分析",
                "2 2023年度部门整体绩效自评表", "3 一、基本情况", "3 二、预算执行情况", "3 三、目标完成情况",
                "3 四、年度绩效指标完成情况", "3 说明", "2 四、存在问题", "2 五、相关建议、改进措施及结果应用", "2 审核发现");
        int at = -1;
        for (String heading : order) {
            int next = h.indexOf(heading);
            assertTrue(next > at, heading + " missing or out of order in " + h);
            at = next;
        }
        assertTrue(h.contains("3 （一）党员和党组织建设"), h::toString);
        assertTrue(h.contains("3 （二十三）应急管理"), "（一）… numbered by FormNumbers.chinese: " + h);
    }

    @Test
    void markdownSyntaxInUserTextIsEscapedAndReadsBackExactly() {
        SelfEvaluation seed = ContractFixtures.seedReport();
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < seed.indicators().size(); i++) {
            Indicator r = seed.indicators().get(i);
            rows.add(i < NASTY.size() && !r.isBudgetExecutionRate() ? renamed(r, NASTY.get(i)) : r);
        }
        String paragraph = String.join("\n", NASTY);
        SelfEvaluation nasty = seed.toBuilder()
                .cover(new Cover(2023, "镇|政府 *甲* _乙_", Optional.empty(), Optional.empty(), List.of()))
                .narrative(new Narrative(seed.narrative().overview(), List.of(paragraph), List.of(),
                        NASTY, List.of("# 建议", "1. 建议")))
                .indicators(rows)
                .notes(NASTY)
                .build();
        ScoreCard card = ContractFixtures.score(nasty);

        byte[] document = ContractFixtures.export(exporter, card, ExportOptions.defaults());
        MarkdownReader doc = new MarkdownReader(document);

        assertReadable(document, card);
        assertEquals(List.of(), doc.find(MarkdownReader.NEVER_WRITTEN));
        assertTrue(doc.paragraphs().contains(paragraph), "a multi-line paragraph reads back line for line");
        for (String n : NASTY) {
            assertTrue(doc.paragraphs().contains(n), n + " in 四、存在问题");
            assertTrue(doc.listItems().contains(n), n + " in 说明");
        }
        assertTrue(doc.listItems().containsAll(List.of("# 建议", "1. 建议")));
        assertTrue(doc.listItems().contains("部门名称：镇|政府 *甲* _乙_"));
        assertFalse(doc.headings().stream().anyMatch(h -> h.contains("not a heading") || h.endsWith("建议") && h.startsWith("1 ")));
    }

    private static Indicator renamed(Indicator r, String name) {
        return new Indicator(r.level1(), r.level2(), name, r.description(), r.comparison(), r.expected(), r.unit(),
                r.actual(), r.grade(), r.score(), r.weight(), r.weightedScore(), r.nature(), r.core(),
                r.deviationReason(), r.improvement(), r.scoringNote(), r.goalBlock(), r.scoringMethod());
    }

    @Test
    void aProjectReportIsHeadedAsAProjectWithItsProjectFields() {
        SelfEvaluation s = ContractFixtures.seedReport();
        SelfEvaluation project = new SelfEvaluation(FormKind.PROJECT, s.pack(), s.catalogue(), s.cover(),
                Optional.of(new ProjectInfo("农村改厕补贴|2023", Optional.of("县农业农村局"), Optional.empty())),
                s.details(), s.moneyUnit(), s.implementingDepartment(), s.narrative(), s.budget(), s.goals(),
                s.indicators(), s.declaredTotalScore(), s.preparer(), s.phone(), s.notes(), Optional.empty(), List.of(), Optional.empty(), null,
                Optional.empty());

        MarkdownReader doc = read(ContractFixtures.score(project), ExportOptions.defaults());

        assertTrue(doc.headings().containsAll(List.of("2 一、项目概况", "2 二、项目绩效目标和绩效指标设定情况",
                "2 项目支出绩效自评表（2023年度）")), doc.headings()::toString);
        assertTrue(doc.listItems().containsAll(List.of("项目名称：农村改厕补贴|2023", "主管部门：县农业农村局")),
                doc.listItems()::toString);
    }

    @Test
    void thePointsPresentationUsesItsOwnColumnLabels() {
        ExportOptions points = ExportOptions.builder().presentation(Presentation.POINTS).build();
        ScoreCard seed = ContractFixtures.seedCard();
        FormDescription form = FormDescriptions.standard().forReport(seed.report());

        MarkdownReader doc = read(seed, points);

        List<String> header = MarkdownExporter.indicatorHeader(seed.report(), form.indicators(), Presentation.POINTS);
        assertEquals(header, doc.table("一级指标", "二级指标").header());
        assertTrue(header.containsAll(List.of("自评得分（得分系数(%)）", "自评得分（分值）", "自评得分（得分）")), header::toString);
    }

    /** Every example in examples/: its form's labels and the card's numbers, nothing made up. */
    @Test
    void everyExampleExportsInItsFormsLayout() throws Exception {
        Path dir = Seed.repositoryRoot().orElseThrow().resolve("examples");
        List<Path> examples;
        try (var files = Files.list(dir)) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(examples.size() >= 5, "the seed and four project forms: " + examples);
        for (Path p : examples) {
            SelfEvaluation r = SelfEvaluationJson.read(p);
            ScoreCard card = Scorer.of(RulePacks.standard().get(r.pack().orElseThrow())).score(r);
            byte[] document = ContractFixtures.export(exporter, card, ExportOptions.defaults());
            assertReadable(document, card);
            MarkdownReader doc = new MarkdownReader(document);
            FormDescription form = FormDescriptions.standard().forReport(r);
            String labels = String.join(" ", doc.tables().stream().flatMap(t -> t.header().stream()).toList());
            for (var c : form.funds().columns()) {
                if (form.funds().layout() == io.github.selfeval.model.form.FundsBlock.Layout.GRID) {
                    assertTrue(labels.contains(c.label().text()), p + ": funds column " + c.label().text());
                }
            }
            if (r.narrative().equals(Narrative.empty())) {
                assertFalse(doc.headings().contains("2 " + form.report().overview()), p + ": no empty sections");
                assertFalse(doc.paragraphs().contains(form.report().none()), p + ": no 无。");
            }
        }
    }

    @Test
    void aProjectFormShowsTheFundsBlockWithItsOwnScoreBesideTheDeclaredOne() throws Exception {
        SelfEvaluation r = SelfEvaluationJson.read(Seed.example("2019-hebei-langfang-nuantong.json"));
        // The national pack prints 执行率 and 得分 to two places, so the form's 86 and 9 differ from the card.
        ScoreCard card = Scorer.of(RulePacks.standard().get("national")).score(r);

        MarkdownReader doc = read(card, ExportOptions.defaults());

        MarkdownReader.Table funds = doc.table("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        assertEquals(List.of("年度资金总额", "43.2", "43.2", "37.24", "10", "86.2（填报：86）", "8.62（填报：9）"),
                funds.rows().get(0));
        assertEquals(List.of("其中：当年财政拨款", "43.2", "43.2", "37.24", "—", "—", "—"), funds.rows().get(1));
        List<String> header = doc.table("一级指标", "二级指标").header();
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施"), header, "exactly the central form's columns");
        List<String> total = doc.table("一级指标", "二级指标").rows().get(r.indicators().size());
        assertEquals(List.of("总分", "100", "97.62（计算）"), List.of(total.get(0), total.get(5), total.get(6)),
                "the form left 总分 blank: the card's total is shown, marked as computed");
    }

    @Test
    void theAuditIsLeftOutWhenNotWanted() {
        ExportOptions noAudit = ExportOptions.builder().includeAudit(false).build();

        MarkdownReader doc = read(ContractFixtures.seedCard(), noAudit);

        assertFalse(doc.headings().contains("2 审核发现"));
        assertFalse(doc.tables().stream().anyMatch(t -> t.header().contains("严重程度")));
    }

    @Test
    void findingMessagesFollowTheLocale() {
        ScoreCard seed = ContractFixtures.seedCard();
        assertFalse(seed.findings().isEmpty(), "the seed has findings (DOMAIN.md §5)");

        MarkdownReader zh = read(seed, ExportOptions.defaults());
        MarkdownReader en = read(seed, ExportOptions.builder().locale(java.util.Locale.ENGLISH).build());

        assertEquals(oneLine(seed.findings().get(0).messageZh()), zh.table("代码", "严重程度").rows().get(0).get(5));
        assertEquals(oneLine(seed.findings().get(0).messageEn()), en.table("代码", "严重程度").rows().get(0).get(5));
    }

    @Test
    void theCreationTimeIsTheOnlyTimeDependentByteAndDeterministicModeFixesIt() {
        ScoreCard seed = ContractFixtures.seedCard();
        String deterministic = new String(ContractFixtures.export(exporter, seed,
                ExportOptions.builder().deterministic(true).build()), StandardCharsets.UTF_8);
        String given = new String(ContractFixtures.export(exporter, seed,
                ExportOptions.builder().creationTime(Instant.parse("2024-04-15T08:00:00Z")).build()), StandardCharsets.UTF_8);

        assertTrue(deterministic.startsWith("<!-- selfeval markdown export, created " + ExportOptions.FIXED_TIME + " -->"));
        assertTrue(given.startsWith("<!-- selfeval markdown export, created 2024-04-15T08:00:00Z -->"));
        assertEquals(deterministic.substring(deterministic.indexOf('\n')), given.substring(given.indexOf('\n')));
    }
}
