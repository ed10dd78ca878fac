package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.testing.ContractFixtures;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.export.xlsx.internal.XlsxExporter;
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
        try (XSSFWorkbook wb = Workbooks.open(document)) {
            XSSFSheet form = wb.getSheet(Workbooks.FORM);
            assertTrue(form != null, "no 自评表 sheet");
            int header = Workbooks.rowOf(form, 0, "四、年度绩效指标完成情况");
            int first = header + 2;
            for (IndicatorScore s : card.indicators()) {
                XSSFCell c = form.getRow(first + s.index()).getCell(12);
                assertEquals(CellType.FORMULA, c.getCellType(), "折算得分 of row " + s.index());
                if (s.indicator().score().isPresent()
                        && s.indicator().score().get().compareTo(s.score()) == 0
                        && s.weight().equals(s.indicator().weight())) {
                    assertEquals(0, BigDecimal.valueOf(c.getNumericCellValue()).compareTo(s.weightedScore()),
                            "cached 折算得分 of row " + s.index());
                }
            }
            int total = first + card.indicators().size();
            XSSFCell t = form.getRow(total).getCell(12);
            assertEquals(CellType.FORMULA, t.getCellType(), "自评得分");
            assertEquals("自评得分", form.getRow(total).getCell(1).getStringCellValue());
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
