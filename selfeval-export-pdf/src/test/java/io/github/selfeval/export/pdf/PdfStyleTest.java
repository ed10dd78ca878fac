package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The style object: GB/T 9704 defaults, checked values, and an exporter that follows it. */
class PdfStyleTest {

    @Test
    void theDefaultIsGbt9704() {
        PdfStyle s = PdfStyle.gbt9704();
        assertEquals(210f, s.pageWidthMm());
        assertEquals(297f, s.pageHeightMm());
        assertEquals(37f, s.topMarginMm());
        assertEquals(28f, s.bindingMarginMm());
        assertEquals(156f, s.textWidthMm());
        assertEquals(225f, s.textHeightMm());
        assertEquals(22f, s.titleSize());
        assertEquals(16f, s.bodySize());
        assertEquals(22, s.linesPerPage());
        // 225 mm / 22 lines ≈ 28.99 pt between baselines.
        assertEquals(28.99f, s.bodyLeading(), 0.01f);
        assertEquals(s, PdfStyle.builder().build());
    }

    @Test
    void rejectsATextBlockLargerThanThePage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PdfStyle.builder().textBlockMm(37f, 60f, 156f, 225f).build());
        assertTrue(e.getMessage().contains("bindingMarginMm + textWidthMm"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PdfStyle.builder().bodySize(0).build());
        assertThrows(IllegalArgumentException.class, () -> PdfStyle.builder().bodySize(Float.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> PdfStyle.builder().linesPerPage(40).build());
    }

    @Test
    void anExporterWithPortraitTablesWritesOnlyPortraitPages() throws IOException {
        ReportExporter exporter = PdfStyle.builder().landscapeTables(false).tableFontSize(9f).build().exporter();
        assertEquals("pdf", exporter.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(SeedPdf.card(), out, ExportOptions.builder().deterministic(true).build());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                assertTrue(page.getMediaBox().getWidth() < page.getMediaBox().getHeight(), "a landscape page");
            }
        }
        assertTrue(SeedPdf.squeeze(SeedPdf.text(out.toByteArray())).contains("单项指标折算得分"));
    }
}
