package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.xlsx.internal.SheetNames;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * selfeval's own workbook, read through the registry, names the cells of its 自评表 sheet: the report comes
 * from the hidden 数据 sheet as before, and each value the form shows points at the cell that shows it, so
 * that findings of an edited export name the user's cell too.
 */
class OwnWorkbookCellsTest {

    @Test
    void theSeedsExportNamesTheCellsThatShowItsValues() throws Exception {
        ScoreCard card = Workbooks.seedCard();
        byte[] xlsx = Workbooks.export(card);
        List<ReadReport> read = ReportReaders.read(ReportReaders.load().find("xlsx").orElseThrow(),
                new ByteArrayInputStream(xlsx), ReadOptions.defaults().withSourceName("seed.xlsx"));
        assertEquals(1, read.size());
        ReadReport r = read.get(0);
        assertEquals(card.report(), r.report(), "the report still comes from 数据, whole");
        assertTrue(r.provenance().asMap().size() > 40, r.provenance().toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (String path : List.of("budget.spent.total", "indicators[0].name", "indicators[8].weightedScore",
                    "declaredTotalScore")) {
                SourceLocation at = r.provenance().get(path).orElseThrow(() -> new AssertionError("no cell for " + path));
                assertEquals(SheetNames.FORM, at.container(), path);
                var cell = wb.getSheet(at.container()).getRow(at.row() - 1).getCell(at.column() - 1);
                assertTrue(cell != null, path + " at " + at + " is an empty cell");
                String shown = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell,
                        wb.getCreationHelper().createFormulaEvaluator());
                assertTrue(!shown.isBlank(), path + " at " + at + " (" + new CellReference(cell).formatAsString()
                        + ") shows nothing");
            }
        }
    }
}
