package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The style object: GB/T 9704 by default, its checks naming the component, and exporters that obey it. */
class DocxStyleTest {

    @Test
    void gbt9704IsTheDefault() {
        DocxStyle s = DocxStyle.gbt9704();
        assertEquals(37f, s.topMarginMm());
        assertEquals(28f, s.bindingMarginMm());
        assertEquals(156f, s.textWidthMm());
        assertEquals(225f, s.textHeightMm());
        assertEquals(16f, s.bodySize());
        assertEquals(22f, s.titleSize());
        assertEquals(14f, s.pageNumberSize());
        assertEquals(22, s.linesPerPage());
        assertEquals("仿宋_GB2312", s.bodyFont());
        assertEquals(28.99, s.bodyLeading(), 0.01);
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void outOfRangeValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocxStyle.builder().bodySize(0).build());
        assertTrue(e.getMessage().startsWith("bodySize must be a positive number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DocxStyle.builder().linesPerPage(40).build());
        assertTrue(e.getMessage().contains("linesPerPage (40)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DocxStyle.builder().textBlockMm(37, 60, 156, 225).build());
        assertTrue(e.getMessage().contains("exceeds pageWidthMm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DocxStyle.builder().bodyFont(" ").build());
        assertTrue(e.getMessage().startsWith("bodyFont must be a font name"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DocxStyle.builder().titleFont("a\"b").build());
        assertTrue(e.getMessage().startsWith("titleFont"), e.getMessage());
    }

    /** Another style's exporter writes its fonts and, without landscape tables, one portrait section. */
    @Test
    void anExporterObeysItsStyle() throws Exception {
        ReportExporter exporter = DocxStyle.builder().bodyFont("仿宋").landscapeTables(false).build().exporter();
        assertEquals("docx", exporter.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(SeedDocx.card(), out, ExportOptions.defaults());
        try (XWPFDocument doc = SeedDocx.open(out.toByteArray())) {
            assertEquals("仿宋", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0)
                    .getEastAsia());
            assertEquals(1, DocxStructureTest.sections(doc).size(), "one section without landscape tables");
            XWPFTable t = DocxReading.indicatorTable(doc);
            int width = DocxReading.twips(t.getCTTbl().getTblPr().getTblW().getW()).intValue();
            assertEquals(Math.round(156 / 25.4 * 1440), width, "the table takes the text block's width");
        }
    }
}
