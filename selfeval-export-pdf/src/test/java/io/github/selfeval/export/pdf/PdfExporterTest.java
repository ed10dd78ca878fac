package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.pdf.internal.PdfExporter;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.testsupport.Reports;
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
        String total = FormDescriptions.standard().forReport(card.report()).total().label().text();
        assertTrue(text.contains(total), "no " + total + " in the PDF's text");
        String score = FormNumbers.plain(card.totalScore());
        assertTrue(text.contains(score), "the total " + score + " is not in the PDF's text");
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

    /**
     * Overrides the contract on purpose: generated valid reports contain 𠮷 (U+20BB7), which lies
     * outside the Basic Multilingual Plane and so outside the bundled font (GBK); the PDF exporter must
     * then fail with {@code FONT_MISSING_GLYPH} (see {@link FontErrorsTest}), never draw a box. Here
     * every generated report, with 𠮷 written as 吉 through its JSON form (so still a valid report),
     * must export to a readable document; {@link #reportsWithCharactersOutsideTheBundledFontFailClearly}
     * checks the originals.
     */
    @Override
    @Test
    public void exportsGeneratedValidReports() {
        ReportExporter exporter = exporter();
        qt().withExamples(generatedExamples()).withShrinkCycles(20)
                .forAll(Reports.validReports())
                .checkAssert(original -> {
                    SelfEvaluation report = withinBundledFont(original);
                    ScoreCard card = scoreCard(report);
                    byte[] document = ContractFixtures.export(exporter, card, contractOptions());
                    try {
                        assertReadable(document, card);
                    } catch (Exception e) {
                        throw new AssertionError("the document cannot be read back: " + e, e);
                    }
                });
    }

    /** A generated report the bundled font cannot set fails with FONT_MISSING_GLYPH naming 𠮷. */
    @Test
    void reportsWithCharactersOutsideTheBundledFontFailClearly() {
        qt().withExamples(generatedExamples()).withShrinkCycles(20)
                .forAll(Reports.validReports())
                .checkAssert(report -> {
                    ScoreCard card = scoreCard(report);
                    boolean far = SelfEvaluationJson.toJson(report).contains(FAR);
                    try {
                        byte[] pdf = ContractFixtures.export(exporter(), card, contractOptions());
                        if (far) {
                            // Only fields the document does not print (评分说明, say) may hold it then.
                            String text;
                            try {
                                text = SeedPdf.text(pdf);
                            } catch (java.io.IOException io) {
                                throw new AssertionError(io);
                            }
                            assertFalse(text.contains(FAR) || text.contains("\uFFFD"),
                                    "a report printing " + FAR + " exported without error");
                        }
                    } catch (ExportException e) {
                        assertTrue(far, "unexpected failure: " + e.getMessage());
                        assertEquals("FONT_MISSING_GLYPH", e.code(), e.getMessage());
                        assertTrue(e.getMessage().contains("'" + FAR + "' (U+20BB7)"), e.getMessage());
                    }
                });
    }

    private static final String FAR = new String(Character.toChars(0x20BB7));

    private static SelfEvaluation withinBundledFont(SelfEvaluation report) {
        return SelfEvaluationJson.read(SelfEvaluationJson.toJson(report).replace(FAR, "吉"));
    }

    @Test
    void describesPdf() {
        assertEquals("pdf", EXPORTER.id());
        assertEquals("application/pdf", EXPORTER.mediaType());
        assertEquals("pdf", EXPORTER.fileExtension());
    }
}
