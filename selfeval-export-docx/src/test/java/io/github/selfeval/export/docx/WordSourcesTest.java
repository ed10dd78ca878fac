package io.github.selfeval.export.docx;

import static io.github.selfeval.export.docx.WordFixtures.C;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.docx.internal.DocxReportReader;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * A .docx built with XWPF as a word processor writes one, read into the label reader's SourceDocument:
 * the grid of gridSpan / vMerge / gridBefore tables (text, merged regions, locations), headings by
 * style and outline level, a 自评表 split across two tables, a nested table's text in its outer cell.
 */
class WordSourcesTest {

    static final String TITLE = "2023年度部门整体绩效自评表";

    /** The top of the seed's 自评表, then (after a 续表 line) its indicator block: one form in two tables. */
    static byte[] splitForm() {
        WordFixtures.Doc d = new WordFixtures.Doc()
                .styled("Title", "2023年度姜各庄镇人民政府整体绩效自评工作报告")
                .paragraph("")
                .styled("Heading1", "一、部门整体概况")
                .paragraph("本部门 2023 年度申请预算资金 3746.68 万元。")
                .styled("ZhHeading", "（一）党员和党组织建设")
                .styled("ZhHeading3", "1. 加强领导班子建设")
                .outlined(0, "四、存在问题")
                .paragraph(TITLE)
                .table(6, List.of(
                        List.of(C.span(TITLE, 6)),
                        List.of(C.down("一、基本情况"), C.of("实施主管部门"), C.span("姜各庄镇人民政府", 2), C.of("金额单位"), C.of("万元")),
                        List.of(C.cont(), C.of("联系人"), C.span("樊琪", 2), C.of("联系电话"), C.of("4800291")),
                        List.of(C.down("二、预算执行情况"), C.of("预算数"), C.of("3746.68"), C.of("执行数"), C.downSpan("2819.17", 2)),
                        List.of(C.cont(), C.of("其中：财政资金"), C.of("3746.68\n（调整后）"), C.of("其中：财政资金"), C.contSpan(2))))
                .paragraph("（续表）")
                .table(6, List.of(
                        List.of(C.down("四、年度绩效指标完成情况"), C.of("一级指标"), C.of("二级指标"), C.of("三级指标"), C.span("自评得分", 2)),
                        List.of(C.cont(), C.down("产出指标"), C.of("数量指标"), C.of("项目支出钱数"), C.of("90"), C.of("18")),
                        List.of(C.cont(), C.cont(), C.of("时效指标"), C.of("工作按时完成率"), C.of("90"), C.of("9")),
                        // gridBefore 2: the row starts in the third grid column.
                        List.of(C.span("自评得分", 3), C.of("91"))))
                .paragraph("填报人：樊琪");
        XWPFTable second = d.doc.getTables().get(1);
        second.getRow(3).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.TWO);
        return d.bytes();
    }

    static SourceDocument read(byte[] bytes) {
        return WordSources.read(new ByteArrayInputStream(bytes), ReadOptions.defaults().withSourceName("form.docx"));
    }

    @Test
    void gridSpanAndVMergeMakeTheTablesGrid() {
        SourceDocument doc = read(splitForm());
        List<FormGrid> grids = doc.grids();
        assertEquals(2, grids.size());
        FormGrid top = grids.get(0);
        assertEquals(1, top.tableNumber());
        assertEquals(5, top.rows());
        assertEquals(6, top.columns());
        for (int c = 0; c < 6; c++) {
            assertEquals(TITLE, top.text(0, c), "the title spans the grid, column " + c);
        }
        assertEquals(new FormGrid.Region(0, 0, 0, 5), top.regionAt(0, 3).orElseThrow());
        assertEquals("一、基本情况", top.text(2, 0));
        assertEquals(new FormGrid.Region(1, 0, 2, 0), top.regionAt(2, 0).orElseThrow());
        assertEquals(SourceLocation.tableCell(1, 2, 1), top.location(2, 0));
        assertEquals("姜各庄镇人民政府", top.text(1, 3));
        assertEquals("金额单位", top.text(1, 4));
        assertEquals("万元", top.text(1, 5));
        assertEquals(SourceLocation.tableCell(1, 2, 6), top.location(1, 5));
        assertEquals("4800291", top.text(2, 5));
        // Paragraphs of a cell are its lines.
        assertEquals("3746.68\n（调整后）", top.text(4, 2));
        // gridSpan and vMerge together: one 2 × 2 rectangle.
        assertEquals(new FormGrid.Region(3, 4, 4, 5), top.regionAt(4, 5).orElseThrow());
        assertEquals("2819.17", top.text(4, 5));
        assertEquals(SourceLocation.tableCell(1, 4, 5), top.location(4, 5));
        assertTrue(top.cell(2, 5).number().isEmpty(), "numbers are text in Word");
        assertEquals(List.of(new FormGrid.Region(0, 0, 0, 5), new FormGrid.Region(1, 0, 2, 0),
                new FormGrid.Region(1, 2, 1, 3), new FormGrid.Region(2, 2, 2, 3), new FormGrid.Region(3, 0, 4, 0),
                new FormGrid.Region(3, 4, 4, 5)), sorted(top.merges()));
    }

    static List<FormGrid.Region> sorted(List<FormGrid.Region> merges) {
        return merges.stream().sorted((a, b) -> a.firstRow() != b.firstRow() ? Integer.compare(a.firstRow(), b.firstRow())
                : Integer.compare(a.firstColumn(), b.firstColumn())).toList();
    }

    @Test
    void aFormSplitAcrossTwoTablesGivesTwoGridsInOrder() {
        SourceDocument doc = read(splitForm());
        FormGrid indicators = doc.grids().get(1);
        assertEquals(2, indicators.tableNumber());
        assertEquals("四、年度绩效指标完成情况", indicators.text(2, 0));
        assertEquals(new FormGrid.Region(0, 0, 2, 0), indicators.regionAt(1, 0).orElseThrow());
        assertEquals("产出指标", indicators.text(2, 1));
        assertEquals(new FormGrid.Region(1, 1, 2, 1), indicators.regionAt(2, 1).orElseThrow());
        assertEquals("自评得分", indicators.text(0, 5));
        // gridBefore 2 shifts the row: 自评得分 covers grid columns 3 to 5, 91 is in the sixth.
        assertEquals("", indicators.text(3, 0));
        assertEquals("", indicators.text(3, 1));
        assertEquals("自评得分", indicators.text(3, 2));
        assertEquals(new FormGrid.Region(3, 2, 3, 4), indicators.regionAt(3, 4).orElseThrow());
        assertEquals("91", indicators.text(3, 5));
        assertEquals(SourceLocation.tableCell(2, 4, 6), indicators.location(3, 5));
        // Document order: the 续表 line stands between the two tables.
        List<SourceDocument.Part> parts = doc.parts();
        int first = parts.indexOf(doc.grids().get(0));
        assertEquals("（续表）", ((SourceDocument.Paragraph) parts.get(first + 1)).text());
        assertEquals(indicators, parts.get(first + 2));
        assertEquals("填报人：樊琪", ((SourceDocument.Paragraph) parts.get(first + 3)).text());
    }

    @Test
    void headingLevelsComeFromStylesAndOutlineLevels() {
        List<SourceDocument.Paragraph> ps = read(splitForm()).paragraphs();
        List<String> seen = ps.stream().map(p -> p.headingLevel() + " " + p.text() + " @" + p.location()).toList();
        assertEquals(List.of(
                "0 2023年度姜各庄镇人民政府整体绩效自评工作报告 @paragraph 1",
                "1 一、部门整体概况 @paragraph 2",
                "0 本部门 2023 年度申请预算资金 3746.68 万元。 @paragraph 3",
                "2 （一）党员和党组织建设 @paragraph 4",
                "3 1. 加强领导班子建设 @paragraph 5",
                "1 四、存在问题 @paragraph 6",
                "0 " + TITLE + " @paragraph 7",
                "0 （续表） @paragraph 8",
                "0 填报人：樊琪 @paragraph 9"), seen);
    }

    @Test
    void aNestedTablesTextIsPartOfItsOuterCell() {
        byte[] bytes = new WordFixtures.Doc()
                .tableWithNested(2, List.of(List.of(C.of("填报人"), C.of("签字"))), 0, 1, 2,
                        List.of(List.of(C.of("填报人：樊琪"), C.of("联系电话：4800291")), List.of(C.of("日期"), C.of("2024年4月15日"))))
                .paragraph("after")
                .bytes();
        SourceDocument doc = read(bytes);
        assertEquals(1, doc.grids().size(), "a nested table is not a grid of its own");
        FormGrid g = doc.grids().get(0);
        assertEquals(2, g.columns());
        assertEquals("填报人", g.text(0, 0));
        assertEquals("填报人：樊琪\n联系电话：4800291\n日期\n2024年4月15日\n签字", g.text(0, 1));
    }

    @Test
    void contentControlsAroundTablesRowsAndCellsAreLookedInto() throws Exception {
        String tc = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        String xml = "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>in a control</w:t></w:r></w:p>"
                + "<w:tbl><w:tr>" + tc.formatted("a") + "<w:sdt><w:sdtContent>" + tc.formatted("b") + "</w:sdtContent></w:sdt>"
                + tc.formatted("c") + "</w:tr><w:sdt><w:sdtContent><w:tr>" + tc.formatted("d") + tc.formatted("e")
                + tc.formatted("f") + "</w:tr></w:sdtContent></w:sdt></w:tbl></w:sdtContent></w:sdt>"
                + "<w:p><w:r><w:t>after</w:t></w:r></w:p>";
        SourceDocument doc = read(HostileWordTest.rezip(HostileWordTest.plain(), java.util.Map.of("word/document.xml",
                HostileWordTest.body(xml).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        FormGrid g = doc.grids().get(0);
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), List.of(g.text(0, 0), g.text(0, 1), g.text(0, 2), g.text(1, 0),
                g.text(1, 1), g.text(1, 2)));
        assertEquals(List.of("in a control", "after"), doc.paragraphs().stream().map(SourceDocument.Paragraph::text).toList());
    }

    @Test
    void theProviderHandsTheDocumentToTheLabelReader() {
        byte[] bytes = new WordFixtures.Doc().paragraph("no form here")
                .table(2, List.of(List.of(C.of("a"), C.of("b")))).bytes();
        ReadException e = assertThrows(ReadException.class, () -> new DocxReportReader()
                .read(new ByteArrayInputStream(bytes), ReadOptions.defaults()));
        assertEquals(ReadException.NO_FORM, e.code());
    }
}
