package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.scoring.BudgetScore;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real form in {@code examples/} exports to XLSX in its own form's layout; POI reopens it, and the
 * cached 总分 / 自评得分, 执行率 and the funds block's 得分 are the card's; reading it back gives the report.
 */
class ExampleWorkbooksTest {

    static Stream<Path> examples() {
        return Examples.files().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExampleExportsWithTheCardsNumbers(Path file) throws Exception {
        SelfEvaluation report = Examples.read(file);
        ScoreCard card = Examples.score(report);
        FormDescription form = FormDescriptions.standard().forReport(report);
        byte[] xlsx = Workbooks.export(card);
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            XSSFSheet s = wb.getSheet(Workbooks.FORM);
            assertEquals(form.titleLines(report).get(0), s.getRow(0).getCell(0).getStringCellValue(), "title");
            int totalRow = Workbooks.rowOf(s, 1, form.total().label().text());
            List<XSSFCell> totals = Examples.formulas(s, "SUM(").stream().filter(c -> c.getRowIndex() == totalRow)
                    .filter(c -> c.getCellFormula().startsWith("ROUND")).toList();
            assertEquals(1, totals.size(), "one total formula in row " + (totalRow + 1));
            assertEquals(card.totalScore().doubleValue(), totals.get(0).getNumericCellValue(), 1e-9, "cached total");
            List<XSSFCell> rates = Examples.formulas(s, "*100,").stream().filter(c -> !c.getCellFormula().contains("MIN(")).toList();
            assertEquals(1, rates.size(), "one 执行率 formula");
            if (card.budgetExecutionRate().isPresent()) {
                BigDecimal want = form.funds().rateAsRatio() ? card.budgetExecutionRate().get().toFraction()
                        : card.budgetExecutionRate().get().points();
                assertEquals(want.doubleValue(), rates.get(0).getNumericCellValue(), 1e-9, "cached 执行率");
            } else {
                assertEquals("", rates.get(0).getStringCellValue(), "a blank 执行率 stays blank");
            }
            List<XSSFCell> budget = Examples.formulas(s, "MIN(").stream()
                    .filter(c -> c.getCellFormula().startsWith("IF(")).toList();
            if (card.budgetScore().isPresent()) {
                BudgetScore bs = card.budgetScore().get();
                assertEquals(1, budget.size(), "one funds-block 得分 formula");
                if (bs.rate().isPresent()) {
                    assertEquals(bs.score().doubleValue(), budget.get(0).getNumericCellValue(), 1e-9, "cached 得分");
                }
            } else {
                assertTrue(budget.isEmpty(), "no funds-block score where the card has none");
            }
            if (form.funds().layout() == io.github.selfeval.model.form.FundsBlock.Layout.GRID) {
                // exactly the description's columns: no 指标说明, 符号 … unless the form has them
                assertFalse(Examples.formulas(s, "ROUND(").isEmpty());
                assertEquals(0, Workbooks.rowsWith(s, "单项指标完成情况"), "no 完成情况 column on a project form");
            }
        }
        assertEquals(report, XlsxReportReader.read(new ByteArrayInputStream(xlsx)), "model → XLSX → model");
    }

    @org.junit.jupiter.api.Test
    void theReportWithNineRowsOf835HasOneTotal() throws Exception {
        ScoreCard card = Examples.score(Examples.report835());
        assertEquals(0, card.totalScore().compareTo(BigDecimal.valueOf(86)), "Σ printed 8.4 × 9 + 10 = 85.6 → 86");
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.export(card))) {
            XSSFSheet s = wb.getSheet(Workbooks.FORM);
            assertEquals(86.0, Workbooks.cell(s, "M27").getNumericCellValue(), 1e-9, "cached 自评得分");
            assertEquals("ROUND(SUM(M17:M26),0)", Workbooks.cell(s, "M27").getCellFormula());
            assertEquals(100.0, Workbooks.cell(s, "K4").getNumericCellValue(), 1e-9);
        }
        assertTrue(card.budgetExecutionRate().map(Percent::points).isPresent());
    }

    @org.junit.jupiter.api.Test
    void whatAPersonChangesOnAProjectFormWins() throws Exception {
        SelfEvaluation report = Examples.read(Path.of("..", "examples", "2019-hebei-langfang-nuantong.json"));
        byte[] xlsx = Workbooks.export(Examples.score(report));
        byte[] edited;
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            XSSFSheet s = wb.getSheet(Workbooks.FORM);
            assertEquals("全年执行数", Workbooks.cell(s, "F5").getStringCellValue());
            Workbooks.cell(s, "F6").setCellValue(40);
            int first = Workbooks.rowOf(s, 0, "绩效指标") + 1;
            s.getRow(first).getCell(3).setCellValue("改过的指标");
            s.getRow(first).getCell(7).setCellValue(8);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            edited = out.toByteArray();
        }
        SelfEvaluation back = XlsxReportReader.read(new ByteArrayInputStream(edited));
        assertEquals(0, back.budget().spent().total().orElseThrow().compareTo(BigDecimal.valueOf(40)), "全年执行数");
        assertEquals("改过的指标", back.indicators().get(0).name());
        assertEquals(0, back.indicators().get(0).weightedScore().orElseThrow().compareTo(BigDecimal.valueOf(8)), "得分");
        assertEquals(report.indicators().get(1), back.indicators().get(1), "an unchanged row reads back unchanged");
    }
}
