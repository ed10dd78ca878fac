package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.Provenance;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.ScoreCard;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A report read from the user's own file: the 审核 sheet's last column 原表位置 names the cell each finding's
 * value came from (nearest enclosing value when the path has none of its own), in the language of the export;
 * findings without one say so with a dash.
 */
class AuditSourceCellTest {

    private static final Provenance READ = Provenance.builder()
            .put("indicators", SourceLocation.cell("Sheet1", 16, 1))
            .put("indicators[1].unit", SourceLocation.cell("Sheet1", 18, 6))
            .put("goals.items[4]", SourceLocation.tableCell(2, 7, 5))
            .build();

    @Test
    void eachFindingNamesTheUsersCellOrADash() throws Exception {
        ScoreCard card = Workbooks.seedCard();
        try (XSSFWorkbook zh = export(card, Locale.SIMPLIFIED_CHINESE); XSSFWorkbook en = export(card, Locale.ENGLISH)) {
            XSSFSheet audit = zh.getSheet("审核");
            assertEquals("原表位置", audit.getRow(0).getCell(8).getStringCellValue());
            for (int i = 0; i < card.findings().size(); i++) {
                Finding f = card.findings().get(i);
                XSSFRow row = audit.getRow(i + 1);
                assertEquals(f.path(), row.getCell(3).getStringCellValue());
                String expected = switch (f.path()) {
                    case "indicators[1].unit" -> "Sheet1!F18";
                    case "goals.items[4].target" -> "表2第7行第5列";
                    default -> f.path().startsWith("indicators") ? "Sheet1!A16" : "—";
                };
                assertEquals(expected, row.getCell(8).getStringCellValue(), f.path());
                if (f.path().equals("goals.items[4].target")) {
                    assertEquals("table 2, row 7, column 5", en.getSheet("审核").getRow(i + 1).getCell(8)
                            .getStringCellValue());
                }
            }
        }
    }

    private static XSSFWorkbook export(ScoreCard card, Locale locale) throws Exception {
        return Workbooks.open(Workbooks.export(card, ExportOptions.builder().locale(locale).provenance(READ).build()));
    }
}
