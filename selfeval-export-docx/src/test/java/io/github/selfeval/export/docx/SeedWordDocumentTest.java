package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed report as a Word document: its narrative by headings and its 自评表 as one grid. */
class SeedWordDocumentTest {

    static final SourceDocument DOC = WordSourcesTest.read(SeedWordDocument.docx());

    @Test
    void theFiveSectionsAreFirstLevelHeadingsInOrderWithTheSubsectionsOfThree() {
        List<SourceDocument.Paragraph> ps = DOC.paragraphs();
        assertEquals(SeedWordDocument.HEADINGS_1, ps.stream().filter(p -> p.headingLevel() == 1)
                .map(SourceDocument.Paragraph::text).toList());
        assertEquals(List.of("（一）党员和党组织建设", "（二）干部管理"), ps.stream().filter(p -> p.headingLevel() == 2)
                .map(SourceDocument.Paragraph::text).toList());
        int three = index(ps, "三、绩效实现情况分析");
        int four = index(ps, "四、存在问题");
        assertEquals(2, ps.subList(three, four).stream().filter(p -> p.headingLevel() == 2).count());
        assertEquals(new SourceDocument.Paragraph("2、加强对预算绩效自评宣传培训和交流调研工作。", 0,
                SourceLocation.paragraph(ps.size())), ps.get(ps.size() - 1));
        // The table stands between 三's last paragraph (the table's title line) and 说明.
        List<SourceDocument.Part> parts = DOC.parts();
        int table = parts.indexOf(DOC.grids().get(0));
        assertEquals(SeedWordDocument.TABLE_TITLE, ((SourceDocument.Paragraph) parts.get(table - 1)).text());
        assertEquals("说明：", ((SourceDocument.Paragraph) parts.get(table + 1)).text());
    }

    private static int index(List<SourceDocument.Paragraph> ps, String text) {
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    @Test
    void theFormIsOneGridWithTheSeedsMerges() {
        assertEquals(1, DOC.grids().size());
        FormGrid g = DOC.grids().get(0);
        assertEquals(17, g.rows());
        assertEquals(13, g.columns());
        assertEquals(SeedWordDocument.TABLE_TITLE, g.text(0, 12));
        assertEquals("姜各庄镇人民政府", g.text(1, 7));
        assertEquals(new FormGrid.Region(1, 3, 1, 7), g.regionAt(1, 5).orElseThrow());
        assertEquals("二、预算执行情况", g.text(5, 0));
        assertEquals(new FormGrid.Region(2, 0, 5, 0), g.regionAt(4, 0).orElseThrow());
        // 预算执行进度 merged down its three rows and across three columns.
        assertEquals("75.24%", g.text(5, 12));
        assertEquals(new FormGrid.Region(3, 10, 5, 12), g.regionAt(5, 11).orElseThrow());
        assertEquals(SourceLocation.tableCell(1, 4, 11), g.location(5, 12));
        assertEquals("95%", g.text(8, 10));
        assertEquals(new FormGrid.Region(7, 10, 8, 12), g.regionAt(8, 10).orElseThrow());
        // 四's block: the header rows merged down, 一级/二级 merged down their rows.
        assertEquals(new FormGrid.Region(9, 0, 14, 0), g.regionAt(12, 0).orElseThrow());
        assertEquals(new FormGrid.Region(9, 1, 10, 1), g.regionAt(10, 1).orElseThrow());
        assertEquals(new FormGrid.Region(9, 5, 9, 6), g.regionAt(9, 6).orElseThrow());
        assertEquals(new FormGrid.Region(9, 10, 9, 12), g.regionAt(9, 12).orElseThrow());
        assertEquals("产出指标", g.text(13, 1));
        assertEquals(new FormGrid.Region(11, 1, 13, 1), g.regionAt(13, 1).orElseThrow());
        assertEquals(new FormGrid.Region(11, 2, 12, 2), g.regionAt(12, 2).orElseThrow());
        assertEquals("时效指标", g.text(13, 2));
        assertEquals("项目支出钱数（万元）", g.text(11, 3));
        assertEquals("18", g.text(11, 12));
        assertEquals(SourceLocation.tableCell(1, 12, 13), g.location(11, 12));
        assertEquals("9.5", g.text(14, 12));
        assertEquals("91", g.text(15, 12));
        assertEquals(SourceLocation.tableCell(1, 16, 11), g.location(15, 12));
        assertEquals("4800291", g.text(16, 12));
    }
}
