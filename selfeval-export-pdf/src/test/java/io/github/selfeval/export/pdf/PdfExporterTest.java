package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.pdf.internal.PdfExporter;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.scoring.ScoreCard;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The exporter SPI contract, kept by the PDF exporter; documents are read back with PDFBox. */
class PdfExporterTest implements ReportExporterContract {

    private static final ReportExporter EXPORTER = new PdfExporter();

    @Override
    public ReportExporter exporter() {
        return EXPORTER;
    }

    @Override
    public int generatedExamples() {
        return 12;
    }

    @Override
    public void assertReadable(byte[] document, ScoreCard card) throws Exception {
        assertTrue(new String(document, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"),
                "not a PDF");
        String text = SeedPdf.squeeze(SeedPdf.text(document));
        assertTrue(text.contains(SeedPdf.squeeze(card.report().cover().department())),
                "the department is not in the PDF's text");
        assertTrue(text.contains("自评得分"), "no 自评得分 in the PDF's text");
        String total = card.totalScore().stripTrailingZeros().toPlainString();
        assertTrue(text.contains(total), "the total " + total + " is not in the PDF's text");
    }

    /**
     * Overrides the contract on purpose: this module exports exactly one package, the style-options
     * package {@code io.github.selfeval.export.pdf} ({@link PdfStyle}); the exporter itself stays in an
     * unexported {@code internal} package and is reached through the SPI or {@link PdfStyle#exporter()}.
     */
    @Override
    @Test
    public void exporterModuleExportsNothing() throws Exception {
        ContractFixtures.Registration r = ContractFixtures.registrationOf(PdfExporter.class);
        assertTrue(r.moduleInfo().isPresent(), "no module-info.class in " + r.location());
        Set<String> exported = r.moduleInfo().get().exports().stream()
                .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
                .collect(Collectors.toSet());
        assertEquals(Set.of("io.github.selfeval.export.pdf"), exported,
                "the PDF module exports only its style-options package, unqualified");
    }

    @Test
    void describesPdf() {
        assertEquals("pdf", EXPORTER.id());
        assertEquals("application/pdf", EXPORTER.mediaType());
        assertEquals("pdf", EXPORTER.fileExtension());
    }
}
