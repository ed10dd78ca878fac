package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;

/** The seed's .docx reopened with POI: its sections, styles, tables, merged cells and totals. */
class DocxStructureTest {

    /** Three sections: cover to 三 portrait, the 自评表 landscape, 四 to the appendix portrait; GB/T 9704's page. */
    @Test
    void sectionsArePortraitLandscapePortraitWithTheGbt9704TextBlock() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            List<CTSectPr> sections = sections(doc);
            assertEquals(3, sections.size(), "sections");
            for (int i = 0; i < 3; i++) {
                CTSectPr s = sections.get(i);
                int w = DocxReading.twips(s.getPgSz().getW()).intValue();
                int h = DocxReading.twips(s.getPgSz().getH()).intValue();
                boolean landscape = i == 1;
                assertEquals(landscape ? 16838 : 11906, w, "page width of section " + i);
                assertEquals(landscape ? 11906 : 16838, h, "page height of section " + i);
                assertEquals(1, s.sizeOfFooterReferenceArray(), "every section names the footer, section " + i);
                if (!landscape) {
                    int top = DocxReading.twips(s.getPgMar().getTop()).intValue();
                    int left = DocxReading.twips(s.getPgMar().getLeft()).intValue();
                    int right = DocxReading.twips(s.getPgMar().getRight()).intValue();
                    int bottom = DocxReading.twips(s.getPgMar().getBottom()).intValue();
                    assertEquals(37.0, top / 1440.0 * 25.4, 0.05, "top margin (mm)");
                    assertEquals(28.0, left / 1440.0 * 25.4, 0.05, "binding margin (mm)");
                    assertEquals(156.0, (w - left - right) / 1440.0 * 25.4, 0.05, "text block width (mm)");
                    assertEquals(225.0, (h - top - bottom) / 1440.0 * 25.4, 0.05, "text block height (mm)");
                }
            }
        }
    }

    /** 正文 has exact line spacing that fits 22 lines, and no more, into the 225 mm text block. */
    @Test
    void bodyLineSpacingIsExactFor22Lines() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            CTSpacing spacing = doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing();
            assertEquals("exact", spacing.getLineRule().toString());
            int line = DocxReading.twips(spacing.getLine()).intValue();
            int block = (int) Math.round(225 / 25.4 * 1440);
            assertTrue(22 * line <= block && 23 * line > block, "line " + line + " twips gives 22 lines in " + block);
            assertEquals(28.95, line / 20.0, 0.05, "line spacing in points");
        }
    }

    /** 正文 and 标题 1–3 exist under those names, sized and fonted as GB/T 9704 sets them, every script named. */
    @Test
    void stylesAreNamedAndNameTheirFontForEveryScript() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            String[][] expected = {
                {"Normal", "正文", "仿宋_GB2312", "32"},
                {"Heading1", "标题 1", "黑体", "32"},
                {"Heading2", "标题 2", "楷体_GB2312", "32"},
                {"Heading3", "标题 3", "仿宋_GB2312", "32"},
                {"Title", "标题", "方正小标宋简体", "44"},
                {"Footer", "页脚", "宋体", "28"},
                {"TableValue", "表格数值", "仿宋_GB2312", "21"},
            };
            for (String[] e : expected) {
                XWPFStyle s = doc.getStyles().getStyle(e[0]);
                assertNotNull(s, "no style " + e[0]);
                assertEquals(e[1], s.getName(), "name of " + e[0]);
                assertEquals(s.getStyleId(), doc.getStyles().getStyleWithName(e[1]).getStyleId());
                CTFonts f = s.getCTStyle().getRPr().getRFontsArray(0);
                for (String script : new String[] {f.getAscii(), f.getHAnsi(), f.getEastAsia(), f.getCs()}) {
                    assertEquals(e[2], script, "fonts of " + e[1] + " (ascii, hAnsi, eastAsia, cs)");
                }
                assertEquals(e[3], s.getCTStyle().getRPr().getSzArray(0).getVal().toString(), "size of " + e[1]);
            }
            assertEquals("0", doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()
                    .toString(), "标题 1 is outline level 1");
        }
    }

    /** The look is the styles': every paragraph names its style, no run carries formatting of its own. */
    @Test
    void runsCarryNoDirectFormatting() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            String xml = doc.getDocument().xmlText();
            assertFalse(xml.contains("<w:rPr"), "a run in document.xml carries direct formatting");
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyleID())) {
                    headings.add(p.getText());
                }
            }
            assertEquals(List.of("一、部门整体概况", "二、部门整体绩效目标和绩效指标设定情况", "三、绩效实现情况分析", "四、存在问题",
                    "五、相关建议、改进措施及结果应用", "附件：审核意见"), headings, "the 标题 1 paragraphs");
            long sub = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyleID())).count();
            assertEquals(SeedDocx.card().report().narrative().performanceAnalysis().size(), sub, "（一） headings");
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyleID())
                    && p.getText().equals("（二十三）应急管理")), "the seed's 23rd sub-section is （二十三）应急管理");
        }
    }

    /** No text of the report becomes a field; the footer's page number is the one field: 「— PAGE —」. */
    @Test
    void onlyThePageNumberIsAField() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            String xml = doc.getDocument().xmlText();
            for (String field : new String[] {"fldSimple", "fldChar", "instrText", "w:sdt"}) {
                assertFalse(xml.contains(field), "document.xml holds a " + field);
            }
            assertEquals(1, doc.getFooterList().size(), "one footer");
            String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footer.contains("w:instr=\" PAGE \""), footer);
            assertEquals("— 1 —", doc.getFooterList().get(0).getParagraphs().get(0).getText()
                    .replaceAll("\\s+", " ").strip(), "footer text with the PAGE field's cached value");
        }
    }

    /** The indicator table: 14 rows for the seed's 9 indicators, 一级/二级 merged down, headers merged across. */
    @Test
    void indicatorTableHasMergedCellsAndTheTotals() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            XWPFTable t = DocxReading.indicatorTable(doc);
            assertEquals(12, DocxReading.columns(t), "grid columns");
            assertEquals(3 + 9 + 2, t.getNumberOfRows());
            // Header: 预期指标值 over 符号 and 值; 自评得分 over its three columns.
            assertEquals("预期指标值", DocxReading.text(DocxReading.cellAt(t.getRow(1), 4)));
            assertEquals(2, DocxReading.span(DocxReading.cellAt(t.getRow(1), 4)));
            assertEquals("自评得分", DocxReading.text(DocxReading.cellAt(t.getRow(1), 9)));
            assertEquals(3, DocxReading.span(DocxReading.cellAt(t.getRow(1), 9)));
            assertTrue(DocxReading.startsMerge(DocxReading.cellAt(t.getRow(1), 0)), "一级指标 spans two header rows");
            assertTrue(DocxReading.continuesMerge(DocxReading.cellAt(t.getRow(2), 0)));
            // 产出指标 spans the seed's first four rows, 数量指标 its first two.
            assertTrue(DocxReading.startsMerge(DocxReading.cellAt(t.getRow(3), 0)));
            for (int r = 4; r <= 6; r++) {
                assertTrue(DocxReading.continuesMerge(DocxReading.cellAt(t.getRow(r), 0)), "产出指标 row " + r);
                assertEquals("产出指标", DocxReading.gridText(t, r, 0));
            }
            assertFalse(DocxReading.continuesMerge(DocxReading.cellAt(t.getRow(7), 0)), "效益指标 starts anew");
            assertEquals("数量指标", DocxReading.gridText(t, 4, 1));
            assertEquals("时效指标", DocxReading.gridText(t, 5, 1));
            // Header rows repeat on every page; rows never split.
            for (int r = 0; r < t.getNumberOfRows(); r++) {
                XWPFTableRow row = t.getRow(r);
                assertEquals(r < 3, row.isRepeatHeader(), "tblHeader of row " + r);
                assertTrue(row.isCantSplitRow(), "cantSplit of row " + r);
            }
            // The seed's rows as the card prints them, then 自评得分 · 100 · 91.
            assertEquals("2819.17", DocxReading.gridText(t, 3, 5));
            assertEquals("18", DocxReading.gridText(t, 3, 11));
            assertEquals("75.24%", DocxReading.gridText(t, 11, 7));
            assertEquals("75.24", DocxReading.gridText(t, 11, 9));
            assertEquals("7.5", DocxReading.gridText(t, 11, 11));
            XWPFTableRow total = t.getRow(12);
            assertEquals("自评得分", DocxReading.text(DocxReading.cellAt(total, 0)));
            assertEquals(9, DocxReading.span(DocxReading.cellAt(total, 0)));
            assertEquals("100", DocxReading.gridText(t, 12, 10));
            assertEquals("91", DocxReading.gridText(t, 12, 11));
            assertEquals("填报人：樊琪", DocxReading.gridText(t, 13, 0));
            assertEquals("联系电话：4800291", DocxReading.gridText(t, 13, 6));
        }
    }

    /** 预算执行进度 is merged down three rows; the goals' 总体完成率 down all goal rows. */
    @Test
    void budgetAndGoalTables() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            XWPFTable budget = DocxReading.tableStartingWith(doc, "一、基本情况");
            assertEquals(7, DocxReading.columns(budget));
            assertEquals("75.24", DocxReading.gridText(budget, 4, 6));
            assertTrue(DocxReading.startsMerge(DocxReading.cellAt(budget.getRow(4), 6)));
            assertEquals("75.24", DocxReading.gridText(budget, 6, 6));
            assertEquals("3746.68", DocxReading.gridText(budget, 4, 1));
            assertEquals("其中：财政资金", DocxReading.gridText(budget, 5, 0));
            XWPFTable goals = DocxReading.tableStartingWith(doc, "三、目标完成情况");
            int n = SeedDocx.card().report().goals().items().size();
            assertEquals(2 + n, goals.getNumberOfRows());
            assertEquals("95", DocxReading.gridText(goals, 2, 2));
            assertEquals("95", DocxReading.gridText(goals, 1 + n, 2));
        }
    }

    /** Declared and computed side by side, as the PDF prints them: 「18（填报：17）」, 「91（填报：90）」. */
    @Test
    void declaredValuesStandBesideComputedOnesWhereTheyDiffer() throws Exception {
        String json = Seed.json().replace("\"declaredTotalScore\": 91", "\"declaredTotalScore\": 90")
                .replaceFirst("\"weightedScore\": 18", "\"weightedScore\": 17");
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei")).score(SelfEvaluationJson.read(json));
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.export(card, ExportOptions.defaults()))) {
            XWPFTable t = DocxReading.indicatorTable(doc);
            assertEquals("18（填报：17）", DocxReading.gridText(t, 3, 11));
            assertEquals("91（填报：90）", DocxReading.gridText(t, 12, 11));
        }
    }

    /** The 审核 appendix is there by default and not when the options leave it out. */
    @Test
    void auditAppendixFollowsTheOptions() throws Exception {
        byte[] without = SeedDocx.export(SeedDocx.card(), ExportOptions.builder().includeAudit(false).build());
        try (XWPFDocument with = SeedDocx.open(SeedDocx.docx()); XWPFDocument no = SeedDocx.open(without);
                XWPFWordExtractor a = new XWPFWordExtractor(with); XWPFWordExtractor b = new XWPFWordExtractor(no)) {
            assertTrue(a.getText().contains("附件：审核意见"));
            assertTrue(a.getText().contains("评分规则：hebei"));
            assertFalse(b.getText().contains("附件：审核意见"));
            int findings = SeedDocx.card().findings().size();
            assertEquals(with.getTables().size(), no.getTables().size() + (findings > 0 ? 1 : 0));
            if (findings > 0) {
                XWPFTable audit = with.getTables().get(with.getTables().size() - 1);
                assertEquals("序号", DocxReading.text(audit.getRow(0).getCell(0)));
                assertEquals(1 + findings, audit.getNumberOfRows());
            }
        }
    }

    /** Fonts are named, never embedded: no font part, no embedTrueTypeFonts; the font table gives substitutes. */
    @Test
    void noFontIsEmbedded() throws Exception {
        try (XWPFDocument doc = SeedDocx.open(SeedDocx.docx())) {
            for (PackagePart part : doc.getPackage().getParts()) {
                assertFalse(part.getContentType().contains("font") && !part.getContentType().contains("fontTable"),
                        "a font part: " + part.getPartName());
                assertFalse(part.getPartName().getName().startsWith("/word/fonts/"), part.getPartName().getName());
            }
            PackagePart table = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"))
                    .get(0);
            String fonts = new String(table.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(fonts.contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"), fonts);
            assertFalse(fonts.contains("embed"), fonts);
            assertFalse(doc.getSettings().toString().contains("embedTrueTypeFonts"));
        }
    }

    /** Byte-identical in deterministic mode, whatever the time zone and locale; zip entries in a fixed order and time. */
    @Test
    void deterministicPackagesDoNotDependOnTheMachine() throws Exception {
        ExportOptions options = ExportOptions.builder().deterministic(true).build();
        byte[] here = SeedDocx.export(SeedDocx.card(), options);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        byte[] there;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.GERMANY);
            there = SeedDocx.export(SeedDocx.card(), options);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertArrayEquals(here, there, "a deterministic export depends on the time zone or locale");

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(here))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), "time of " + e.getName());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertEquals("_rels/.rels", names.get(1));
        List<String> rest = new ArrayList<>(names.subList(2, names.size()));
        List<String> sorted = new ArrayList<>(rest);
        sorted.sort(null);
        assertEquals(sorted, rest, "entries after the first two are sorted");

        try (XWPFDocument doc = SeedDocx.open(here)) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals(Instant.parse("2000-01-01T00:00:00Z"), core.getCreated().toInstant());
            assertEquals(Instant.parse("2000-01-01T00:00:00Z"), core.getModified().toInstant());
            assertFalse(doc.getDocument().xmlText().contains("rsid"), "no revision ids");
            assertFalse(doc.getStyle().xmlText().contains("rsid"), "no revision ids in styles");
        }
    }

    /** A given creation time is the documents' date, also outside deterministic mode. */
    @Test
    void creationTimeIsTheCoreDate() throws Exception {
        Instant t = Instant.parse("2024-04-15T08:30:00Z");
        byte[] docx = SeedDocx.export(SeedDocx.card(), ExportOptions.builder().creationTime(t).build());
        try (XWPFDocument doc = SeedDocx.open(docx)) {
            assertEquals(t, doc.getProperties().getCoreProperties().getCreated().toInstant());
        }
    }

    /** The sections' properties: in the paragraphs that end them, and the body's own last. */
    static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            CTP ctp = p.getCTP();
            if (ctp.isSetPPr() && ctp.getPPr().isSetSectPr()) {
                out.add(ctp.getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }
}
