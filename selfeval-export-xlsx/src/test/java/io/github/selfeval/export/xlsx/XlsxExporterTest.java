package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.export.xlsx.internal.XlsxExporter;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exporter contract, with POI as the real reader. */
class XlsxExporterTest implements ReportExporterContract {

    @Override
    public ReportExporter exporter() {
        return new XlsxExporter();
    }

    /**
     * Opens the workbook with POI: the 自评表 shows every indicator's 折算得分 as a formula whose cached
     * value is the card's, and the 自评得分 formula's cached value is the card's total.
     */
    @Override
    public void assertReadable(byte[] document, ScoreCard card) throws Exception {
        FormDescription d = FormDescriptions.standard().forReport(card.report());
        try (XSSFWorkbook wb = Workbooks.open(document)) {
            XSSFSheet form = wb.getSheet(Workbooks.FORM);
            assertTrue(form != null, "no 自评表 sheet");
            int header = Workbooks.rowOf(form, 0, d.indicators().section().text());
            boolean grid = d.funds().layout() == FundsBlock.Layout.GRID;
            int first = header + (grid ? 1 : 2);
            int col = grid ? 1 + d.indicators().columns().stream().filter(c -> !c.optional()
                    || card.report().indicators().stream().anyMatch(x -> x.weight().isPresent())).toList()
                    .indexOf(d.indicators().column(IndicatorTable.Column.Field.WEIGHTED_SCORE).orElseThrow()) : 12;
            for (IndicatorScore s : card.indicators()) {
                XSSFCell c = form.getRow(first + s.index()).getCell(col);
                if (s.weight().isPresent()) {
                    assertEquals(CellType.FORMULA, c.getCellType(), "折算得分 of row " + s.index());
                }
                assertEquals(0, BigDecimal.valueOf(c.getNumericCellValue()).compareTo(s.weightedScore()),
                        "cached 折算得分 of row " + s.index());
            }
            int total = first + card.indicators().size();
            XSSFCell t = form.getRow(total).getCell(col);
            assertEquals(CellType.FORMULA, t.getCellType(), d.total().label().text());
            assertEquals(0, BigDecimal.valueOf(t.getNumericCellValue()).compareTo(card.totalScore()), "cached total");
            assertEquals(d.total().label().text(), form.getRow(total).getCell(1).getStringCellValue());
        }
    }

    /**
     * Overrides the contract's "exports nothing": this module exports exactly one package, the public
     * {@link XlsxReportReader} API that {@code selfeval import} calls, and never its internals; the
     * exporter itself is still reached only through the SPI.
     */
    @Override
    @Test
    @DisplayName("exports only the reader's API package, never the exporter's internals")
    public void exporterModuleExportsNothing() throws Exception {
        ContractFixtures.Registration r = ContractFixtures.registrationOf(XlsxExporter.class);
        assertTrue(r.moduleInfo().isPresent(), "no module-info.class in " + r.location());
        Set<String> exported = new java.util.TreeSet<>();
        r.moduleInfo().get().exports().forEach(e -> {
            assertTrue(e.targets().isEmpty(), "qualified export " + e);
            exported.add(e.source());
        });
        assertEquals(Set.of("io.github.selfeval.export.xlsx"), exported);
    }
}
