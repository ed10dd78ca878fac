package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The 审核 sheet lists every finding with the 自评表 cell it points at, and that cell is filled in the
 * finding's colour; declared values that differ from the formulas survive the round trip.
 */
class AuditHighlightTest {
    private static final String RED = "FFC7CE";
    private static final String YELLOW = "FFEB9C";
    private static final String BLUE = "DDEBF7";

    @Test
    void theSeedsFindingsPointAtHighlightedCells() throws Exception {
        ScoreCard card = Workbooks.seedCard();
        // Where each finding of the seed is on the form (DOMAIN.md §5), worked out by hand.
        Map<String, String> expected = Map.of(
                "budget.declaredExecutionRate", "K4",
                "goals.items[4].target", "B12",
                "goals.items[5].target", "B13",
                "goals.items[6].completion", "G14",
                "indicators[6].level2", "C23",
                "indicators[1].unit", "H18",
                "indicators[2].unit", "H19",
                "indicators[7].unit", "H24");
        assertEquals(expected.keySet(), new java.util.HashSet<>(card.findings().stream().map(Finding::path).toList()));

        try (XSSFWorkbook wb = Workbooks.open(Workbooks.export(card))) {
            XSSFSheet audit = wb.getSheet("审核");
            XSSFSheet form = wb.getSheet("自评表");
            for (int i = 0; i < card.findings().size(); i++) {
                Finding f = card.findings().get(i);
                XSSFRow row = audit.getRow(i + 1);
                String cell = expected.get(f.path());
                assertEquals(f.code().name(), row.getCell(1).getStringCellValue());
                boolean info = f.severity() == io.github.selfeval.scoring.Severity.INFO;
                assertEquals(info ? "提示" : "警告", row.getCell(2).getStringCellValue());
                assertEquals(f.path(), row.getCell(3).getStringCellValue());
                assertEquals("自评表!" + cell, row.getCell(4).getStringCellValue());
                assertEquals(HyperlinkType.DOCUMENT, row.getCell(4).getHyperlink().getType());
                assertEquals("'自评表'!" + cell, row.getCell(4).getHyperlink().getAddress());
                assertEquals(f.messageZh(), row.getCell(7).getStringCellValue());
                assertEquals(info ? BLUE : YELLOW, fill(Workbooks.cell(form, cell)), "fill of " + cell + " for " + f.code());
            }
            assertEquals("75.24", audit.getRow(1).getCell(6).getStringCellValue(), "计算值 of EXECUTION_RATE_MISSING");
            // Cells no finding points at keep no fill.
            assertNull(fill(Workbooks.cell(form, "M26")));
            assertNull(fill(Workbooks.cell(form, "C22")));
        }
    }

    @Test
    void declaredScoresThatDisagreeWithTheFormulasAreFlaggedInRedAndKept() throws Exception {
        SelfEvaluation seed = Workbooks.seed();
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        rows.set(8, rows.get(8).toBuilder().weightedScore(new BigDecimal("8")).build());
        SelfEvaluation tampered = seed.toBuilder().indicators(rows).declaredTotalScore(new BigDecimal("95")).build();
        ScoreCard card = Workbooks.score(tampered);
        assertEquals(1, card.findings(FindingCode.WEIGHTED_SCORE_MISMATCH).size());
        assertEquals(1, card.findings(FindingCode.TOTAL_SCORE_MISMATCH).size());

        byte[] xlsx = Workbooks.export(card, ExportOptions.builder().deterministic(true).locale(Locale.ENGLISH).build());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            XSSFSheet form = wb.getSheet("自评表");
            assertEquals(RED, fill(Workbooks.cell(form, "M25")));
            assertEquals(RED, fill(Workbooks.cell(form, "M26")));
            assertEquals(7.5, Workbooks.cell(form, "M25").getNumericCellValue(), "the formula shows the rules' value");
            assertEquals(91.0, Workbooks.cell(form, "M26").getNumericCellValue());
            assertEquals("ROUND(K25*L25/100,1)", Workbooks.cell(form, "M25").getCellFormula(), "still a formula");
            XSSFSheet audit = wb.getSheet("审核");
            XSSFRow mismatch = findRow(audit, "WEIGHTED_SCORE_MISMATCH");
            assertEquals("Error", mismatch.getCell(2).getStringCellValue(), "English severity");
            assertEquals("自评表!M25", mismatch.getCell(4).getStringCellValue());
            assertEquals("8", mismatch.getCell(5).getStringCellValue(), "填报值");
            assertEquals(card.findings(FindingCode.WEIGHTED_SCORE_MISMATCH).get(0).messageEn(),
                    mismatch.getCell(7).getStringCellValue());
            assertEquals("自评表!M26", findRow(audit, "TOTAL_SCORE_MISMATCH").getCell(4).getStringCellValue());
        }
        // What the form declared comes back, not what the formulas show.
        SelfEvaluation back = XlsxReportReader.read(new ByteArrayInputStream(xlsx));
        assertEquals(Optional.of(new BigDecimal("8")), back.indicators().get(8).weightedScore());
        assertEquals(Optional.of(new BigDecimal("95")), back.declaredTotalScore());
        assertEquals(tampered, back);
    }

    @Test
    void withoutTheAuditThereIsNoAuditSheetAndNoHighlight() throws Exception {
        byte[] xlsx = Workbooks.export(Workbooks.seedCard(), ExportOptions.builder().deterministic(true)
                .includeAudit(false).build());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertNull(wb.getSheet("审核"));
            assertNull(fill(Workbooks.cell(wb.getSheet("自评表"), "K4")));
        }
        assertEquals(Workbooks.seed(), XlsxReportReader.read(new ByteArrayInputStream(xlsx)));
    }

    private static XSSFRow findRow(XSSFSheet audit, String code) {
        for (int r = 1; r <= audit.getLastRowNum(); r++) {
            if (code.equals(audit.getRow(r).getCell(1).getStringCellValue())) {
                return audit.getRow(r);
            }
        }
        throw new AssertionError("no 审核 row for " + code);
    }

    /** The solid fill colour of a cell as RRGGBB, or null. */
    private static String fill(XSSFCell cell) {
        var style = cell.getCellStyle();
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        XSSFColor c = style.getFillForegroundColorColor();
        assertTrue(c != null && c.getRGB() != null, "solid fill without colour in " + cell.getAddress());
        byte[] rgb = c.getRGB();
        return String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }
}
