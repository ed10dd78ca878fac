package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.docx.internal.DocxExporter;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The exporter SPI contract, kept by the DOCX exporter; documents are read back with POI. */
class DocxExporterTest implements ReportExporterContract {

    private static final ReportExporter EXPORTER = new DocxExporter();

    @Override
    public ReportExporter exporter() {
        return EXPORTER;
    }

    @Override
    public int generatedExamples() {
        return 20;
    }

    /**
     * POI opens the package; its text holds the department, 自评得分 and the total; the form's indicator table
     * (found by its description's section label) has a row per indicator, in order, then the total row.
     */
    @Override
    public void assertReadable(byte[] document, ScoreCard card) throws Exception {
        try (XWPFDocument doc = SeedDocx.open(document); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = SeedDocx.squeeze(text.getText());
            assertTrue(all.contains(SeedDocx.squeeze(card.report().cover().department())),
                    "the department is not in the document's text");
            assertTrue(all.contains("自评得分"), "no 自评得分 in the document's text");
            String total = card.totalScore().stripTrailingZeros().toPlainString();
            assertTrue(all.contains(total), "the total " + total + " is not in the document's text");

            FormDescription form = FormDescriptions.standard().forReport(card.report());
            XWPFTable indicators = DocxReading.tableStartingWith(doc, form.indicators().section().text());
            List<IndicatorScore> scores = card.indicators();
            int first = -1;
            for (int r = 0; r < indicators.getNumberOfRows() && first < 0; r++) {
                if (rowTexts(indicators, r).contains(DocxReading.printed(scores.get(0).indicator().name()))) {
                    first = r;
                }
            }
            assertTrue(first > 0, "the first indicator's row is not in the table");
            assertTrue(indicators.getNumberOfRows() >= first + scores.size() + 1, "rows of the indicator table");
            for (int i = 0; i < scores.size(); i++) {
                String name = DocxReading.printed(scores.get(i).indicator().name());
                assertTrue(rowTexts(indicators, first + i).contains(name), "三级指标 of row " + i + ": " + name);
            }
            assertTrue(rowTexts(indicators, first + scores.size()).contains(form.total().label().text()),
                    "the total row follows the indicators");
        }
    }

    private static List<String> rowTexts(XWPFTable t, int row) {
        return t.getRow(row).getTableCells().stream().map(DocxReading::text).toList();
    }

    /**
     * Overrides the contract on purpose: this module exports exactly one package, the style-options
     * package {@code io.github.selfeval.export.docx} ({@link DocxStyle}); the exporter itself stays in an
     * unexported {@code internal} package and is reached through the SPI or {@link DocxStyle#exporter()}.
     */
    @Override
    @Test
    public void exporterModuleExportsNothing() throws Exception {
        ContractFixtures.Registration r = ContractFixtures.registrationOf(DocxExporter.class);
        assertTrue(r.moduleInfo().isPresent(), "no module-info.class in " + r.location());
        Set<String> exported = r.moduleInfo().get().exports().stream()
                .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
                .collect(Collectors.toSet());
        assertEquals(Set.of("io.github.selfeval.export.docx"), exported,
                "the DOCX module exports only its style-options package, unqualified");
    }

    @Test
    void describesDocx() {
        assertEquals("docx", EXPORTER.id());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", EXPORTER.mediaType());
        assertEquals("docx", EXPORTER.fileExtension());
    }
}
