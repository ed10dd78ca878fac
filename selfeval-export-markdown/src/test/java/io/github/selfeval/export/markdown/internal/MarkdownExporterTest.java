package io.github.selfeval.export.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
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
        MarkdownReader doc = new MarkdownReader(document);
        assertEquals(List.of(), doc.find(MarkdownReader.NEVER_WRITTEN), "user text was taken for Markdown syntax");
        assertTrue(doc.listItems().contains("部门名称：" + oneLine(card.report().cover().department())),
                "the cover's department is missing: " + doc.listItems());

        MarkdownReader.Table table = doc.table("序号", "一级指标");
        assertEquals(card.indicators().size() + 1, table.rows().size(), "one row per indicator, then 合计");
        BigDecimal weights = BigDecimal.ZERO;
        for (IndicatorScore s : card.indicators()) {
            List<String> row = table.rows().get(s.index());
            Indicator i = s.indicator();
            assertEquals(13, row.size(), row::toString);
            assertEquals(Integer.toString(s.index() + 1), row.get(0));
            assertEquals(List.of(oneLine(i.level1()), oneLine(i.level2()), oneLine(i.name())), row.subList(1, 4));
            assertEquals(oneLine(i.actual().orElse("")), row.get(6));
            assertDeclared(i.score(), row.get(8), "declared score of row " + (s.index() + 1));
            assertEquals(s.score(), new BigDecimal(row.get(9)), "computed score of row " + (s.index() + 1));
            assertEquals(s.weight(), new BigDecimal(row.get(10)), "weight of row " + (s.index() + 1));
            assertDeclared(i.weightedScore(), row.get(11), "declared weighted score of row " + (s.index() + 1));
            assertEquals(s.weightedScore(), new BigDecimal(row.get(12)), "computed weighted score of row " + (s.index() + 1));
            weights = weights.add(s.weight().orElseThrow());
        }
        List<String> total = table.rows().get(card.indicators().size());
        assertEquals("合计", total.get(0));
        assertEquals(weights, new BigDecimal(total.get(10)));
        assertDeclared(card.report().declaredTotalScore(), total.get(11), "declared 自评得分");
        assertEquals(card.totalScore(), new BigDecimal(total.get(12)), "computed 自评得分");

        if (!card.findings().isEmpty()) {
            MarkdownReader.Table findings = doc.table("代码", "严重程度");
            assertEquals(card.findings().stream().map(f -> f.code().name()).toList(),
                    findings.rows().stream().map(r -> r.get(0)).toList());
            assertEquals(card.findings().stream().map(f -> oneLine(f.path())).toList(),
                    findings.rows().stream().map(r -> r.get(2)).toList());
        }
    }

    private static void assertDeclared(Optional<BigDecimal> declared, String cell, String what) {
        if (declared.isPresent()) {
            assertEquals(declared.get(), new BigDecimal(cell), what);
        } else {
            assertEquals("", cell, what + " is blank on the form");
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

        MarkdownReader.Table table = doc.table("序号", "一级指标");
        List<String> first = table.rows().get(0);
        assertEquals(List.of("1", "产出指标", "数量指标", "项目支出钱数（万元）"), first.subList(0, 4));
        assertEquals(List.of("90", "90.00", "20", "18"), List.of(first.get(8), first.get(9), first.get(10), first.get(11)));
        List<String> budgetRow = table.rows().get(8);
        assertEquals("预算执行率", budgetRow.get(3));
        assertEquals("75.24%", budgetRow.get(6));
        assertEquals("7.5", budgetRow.get(11), "as the form wrote it");
        List<String> total = table.rows().get(9);
        assertEquals(List.of("合计", "100", "91"), List.of(total.get(0), total.get(10), total.get(11)));
        assertEquals(0, new BigDecimal("91").compareTo(new BigDecimal(total.get(12))), "hebei reproduces 91");
        assertTrue(doc.listItems().contains("预算执行进度（填报）：—"), "the seed leaves 预算执行进度 blank");
        assertTrue(doc.listItems().contains("预算执行进度（计算）：75.24%"), doc.listItems()::toString);
        assertTrue(doc.headings().contains("2 审核发现"));
    }

    @Test
    void theCoverAndSectionsComeInTheReportsOrder() {
        MarkdownReader doc = read(ContractFixtures.seedCard(), ExportOptions.defaults());

        List<String> h = doc.headings();
        assertEquals("1 2023 年度姜各庄镇人民政府部门整体绩效自评报告", h.get(0));
        List<String> order = List.of("2 一、部门整体概况", "2 二、部门整体绩效目标和绩效指标设定情况", "2 三、绩效实现情况分析",
                "2 部门整体绩效自评表", "3 预算执行情况（万元）", "3 目标完成情况", "3 年度绩效指标完成情况", "3 自评得分",
                "2 四、存在问题", "2 五、相关建议、改进措施及结果应用", "2 审核发现");
        int at = -1;
        for (String heading : order) {
            int next = h.indexOf(heading);
            assertTrue(next > at, heading + " missing or out of order in " + h);
            at = next;
        }
        assertTrue(h.contains("3 （一）党员和党组织建设"), h::toString);
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
                "2 项目支出绩效自评表")), doc.headings()::toString);
        assertTrue(doc.listItems().containsAll(List.of("项目名称：农村改厕补贴|2023", "主管部门：县农业农村局")),
                doc.listItems()::toString);
    }

    @Test
    void thePointsPresentationUsesItsOwnColumnLabels() {
        ExportOptions points = ExportOptions.builder().presentation(Presentation.POINTS).build();

        MarkdownReader doc = read(ContractFixtures.seedCard(), points);

        assertEquals(MarkdownExporter.indicatorHeader(Presentation.POINTS), doc.table("序号", "一级指标").header());
        assertTrue(doc.table("序号", "一级指标").header().contains("分值"));
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
