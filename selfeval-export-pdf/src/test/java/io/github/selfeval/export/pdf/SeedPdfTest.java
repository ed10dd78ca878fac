package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's PDF, read back as a person would: its text, its fonts, its pages as pictures. */
class SeedPdfTest {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void export() throws IOException {
        pdf = SeedPdf.pdf();
        // Page numbers sit between the parts of a paragraph that crosses a page: leave them out.
        text = SeedPdf.squeeze(SeedPdf.text(pdf).replaceAll("— \\d+ —", ""));
        // Kept for people (and pdftoppm) to look at.
        Path out = Path.of("target", "seed-report.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    private static void assertShows(String expected, String what) {
        String e = SeedPdf.squeeze(expected);
        assertTrue(text.contains(e), what + " is missing from the PDF's text: " + expected);
    }

    @Test
    void showsTheCover() {
        SelfEvaluation r = SeedPdf.report();
        for (String line : r.cover().titleLines()) {
            assertShows(line, "cover title line");
        }
        assertShows("2023年度", "年度");
        assertShows("姜各庄镇人民政府", "部门名称");
        assertShows("编制单位（盖章）：姜各庄镇人民政府", "编制单位（盖章）");
        assertShows("2024年4月15日", "the date");
        assertShows("2023年度姜各庄镇人民政府整体绩效自评工作报告", "the document title");
    }

    @Test
    void showsEverySectionInTheSeedsOrder() {
        String[] headings = {"一、部门整体概况", "二、部门整体绩效目标和绩效指标设定情况", "三、绩效实现情况分析",
            "2023年度部门整体绩效自评表", "说明：", "四、存在问题", "五、相关建议、改进措施及结果应用", "附件：审核意见"};
        int at = -1;
        for (String h : headings) {
            int next = text.indexOf(SeedPdf.squeeze(h), at + 1);
            assertTrue(next > at, h + " is missing or out of order");
            at = next;
        }
    }

    @Test
    void showsEveryNarrativeParagraph() {
        SelfEvaluation r = SeedPdf.report();
        List<String> paragraphs = new ArrayList<>(r.narrative().overview().paragraphs());
        paragraphs.addAll(r.narrative().goalsAndIndicators());
        for (Section s : r.narrative().performanceAnalysis()) {
            paragraphs.add(s.title());
            paragraphs.addAll(s.paragraphs());
        }
        paragraphs.addAll(r.narrative().problems());
        paragraphs.addAll(r.narrative().suggestions());
        paragraphs.addAll(r.notes());
        assertEquals(23, r.narrative().performanceAnalysis().size());
        for (String p : paragraphs) {
            assertShows(p, "narrative paragraph");
        }
        assertShows("（二十三）应急管理", "the 23rd sub-section, numbered");
    }

    @Test
    void showsEveryLabelOfTheForm() {
        String[] labels = {"一、基本情况", "实施主管部门", "金额单位", "万元", "二、预算执行情况", "预算安排情况（调整后）",
            "资金到位情况", "资金执行情况", "预算执行进度(%)", "预算数", "到位数", "执行数", "其中：财政资金", "其他",
            "三、目标完成情况", "年度预期目标", "具体完成情况", "总体完成率(%)", "四、年度绩效指标完成情况", "一级指标",
            "二级指标", "三级指标", "指标说明", "预期指标值", "符号", "单位（文字描述）", "单项指标实际完成值",
            "单项指标完成情况", "单项指标得分", "权重占比(%)", "单项指标折算得分", "自评得分", "填报人：樊琪",
            "联系电话：4800291"};
        for (String l : labels) {
            assertShows(l, "label");
        }
    }

    @Test
    void showsEveryGoalAndIndicator() {
        SelfEvaluation r = SeedPdf.report();
        for (Goal g : r.goals().items()) {
            g.target().ifPresent(t -> assertShows(t, "goal"));
            g.completion().ifPresent(c -> assertShows(c, "goal completion"));
        }
        for (Indicator i : r.indicators()) {
            assertShows(i.level1(), "一级指标");
            assertShows(i.level2(), "二级指标");
            assertShows(i.name(), "三级指标");
            i.unit().ifPresent(u -> assertShows(u, "unit"));
            i.actual().ifPresent(a -> assertShows(a, "actual value"));
        }
    }

    @Test
    void showsEveryNumberOfTheSeed() {
        for (String n : new String[] {"3746.68", "2819.17", "75.24", "59", "95", "98%", "100%", "18", "9.5", "7.5",
            "90", "20"}) {
            assertShows(n, "number");
        }
        // The total: 自评得分 … 100 (the weights) … 91.
        assertTrue(text.matches("(?s).*自评得分100\\D*91.*"), "自评得分 with weights 100 and total 91 not found");
        // 预算执行进度(%) is computed where the form left it blank.
        assertTrue(text.contains("执行数2819.1775.24"), "the computed 预算执行进度 75.24 is not beside 执行数");
    }

    @Test
    void printsPageNumbersOnEveryPageTheCoverIncluded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                assertTrue(s.getText(doc).contains("— " + p + " —"), "page " + p + " has no '— " + p + " —'");
            }
        }
    }

    @Test
    void everyFontOnEveryPageIsAnEmbeddedSubset() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    fonts++;
                    assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), f.getName() + " is not a subset");
                    assertTrue(f instanceof PDType0Font, f.getName() + " is not a Type 0 (CID) font");
                    assertFalse(f.getName().contains("Helvetica"), "a base-14 font is referenced: " + f.getName());
                }
            }
            assertTrue(fonts >= doc.getNumberOfPages(), "fewer fonts than pages: " + fonts);
        }
    }

    @Test
    void pagesAreA4AndTheFormIsLandscape() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle cover = doc.getPage(0).getMediaBox();
            assertEquals(595.3f, cover.getWidth(), 0.5f);
            assertEquals(841.9f, cover.getHeight(), 0.5f);
            PDFTextStripper s = new PDFTextStripper();
            boolean landscapeForm = false;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                assertEquals(0, doc.getPage(p - 1).getRotation(), "page " + p + " is rotated");
                if (SeedPdf.squeeze(s.getText(doc)).contains("四、年度绩效指标完成情况")) {
                    landscapeForm = box.getWidth() > box.getHeight();
                }
            }
            assertTrue(landscapeForm, "the indicator table is not on a landscape page");
        }
    }

    @Test
    void renderedPagesShowInk() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage img = renderer.renderImageWithDPI(p, 50);
                int w = img.getWidth();
                int h = img.getHeight();
                // The text block (body) and the foot (page number) both carry ink.
                assertTrue(dark(img, 0, h / 10, w, h * 8 / 10) > 200, "page " + (p + 1) + " has an empty text area");
                assertTrue(dark(img, w / 3, h * 85 / 100, w * 2 / 3, h) > 5, "page " + (p + 1) + " has no page number");
            }
            // The cover's title block: large glyphs, much ink, in the upper half.
            BufferedImage cover = renderer.renderImageWithDPI(0, 50);
            assertTrue(dark(cover, 0, 0, cover.getWidth(), cover.getHeight() / 2) > 1500, "cover title has no ink");
        }
    }

    private static int dark(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (lum < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void isSmallerThanOneMegabyte() {
        assertTrue(pdf.length < 1_000_000, "the seed's PDF is " + pdf.length + " bytes");
    }

    @Test
    void deterministicExportsAreByteIdenticalAndCarryTheFixedDate() throws IOException {
        ExportOptions det = ExportOptions.builder().deterministic(true).build();
        byte[] again = SeedPdf.export(SeedPdf.card(), det);
        assertArrayEquals(pdf, again);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(ExportOptions.FIXED_TIME, doc.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(ExportOptions.FIXED_TIME, doc.getDocumentInformation().getModificationDate().toInstant());
            assertEquals(2, doc.getDocument().getDocumentID().size());
        }
        // A given creation time is written, and changes the bytes (the id depends on it).
        Instant t = Instant.parse("2024-04-15T08:00:00Z");
        byte[] dated = SeedPdf.export(SeedPdf.card(), det.toBuilder().creationTime(t).build());
        try (PDDocument doc = Loader.loadPDF(dated)) {
            assertEquals(t, doc.getDocumentInformation().getCreationDate().toInstant());
        }
        assertFalse(java.util.Arrays.equals(pdf, dated), "a different creation time gives the same bytes");
    }

    @Test
    void nonDeterministicExportsDifferInTheirDocumentId() throws IOException {
        ExportOptions now = ExportOptions.defaults();
        byte[] a = SeedPdf.export(SeedPdf.card(), now);
        byte[] b = SeedPdf.export(SeedPdf.card(), now);
        try (PDDocument da = Loader.loadPDF(a); PDDocument db = Loader.loadPDF(b)) {
            assertNotEquals(da.getDocument().getDocumentID().getString(0), db.getDocument().getDocumentID().getString(0));
        }
    }

    @Test
    void withoutTheAuditThereIsNoAppendix() throws IOException {
        byte[] plain = SeedPdf.export(SeedPdf.card(), ExportOptions.builder().deterministic(true).includeAudit(false)
                .build());
        String t = SeedPdf.squeeze(SeedPdf.text(plain));
        assertFalse(t.contains("附件：审核意见"));
        assertTrue(text.contains("附件：审核意见"));
        // The audit lists the seed's findings, e.g. the blank 预算执行进度.
        assertFalse(SeedPdf.card().findings().isEmpty());
        assertShows(SeedPdf.card().findings().get(0).messageZh(), "the first finding");
    }
}
