package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Severity;
import io.github.selfeval.testsupport.Reports;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Over generated reports of both kinds, the workbook's cached 自评得分 / 总分 and 预算执行率 (and a project
 * form's funds-block 得分) are the card's; and a central project form goes model → XLSX → model unchanged.
 */
class CachedNumbersProperties {
    static final int EXAMPLES = 100;

    @Test
    void cachedTotalAndRateAreTheCardsForBothKinds() {
        qt().withExamples(EXAMPLES).withShrinkCycles(30).forAll(Reports.validReports())
                .checkAssert(r -> assertCachedNumbers(Examples.score(r)));
    }

    @Test
    void cachedNumbersOfProjectFormsAreTheCards() {
        qt().withExamples(EXAMPLES).withShrinkCycles(30).forAll(Reports.validProjectReports())
                .checkAssert(r -> {
                    ScoreCard card = Examples.score(r);
                    assertEquals(List.of(), card.findings(Severity.ERROR), "a consistent report has no ERROR");
                    assertCachedNumbers(card);
                });
    }

    @Test
    void projectFormsRoundTrip() {
        qt().withExamples(EXAMPLES).withShrinkCycles(30).forAll(Reports.validProjectReports())
                .checkAssert(r -> {
                    byte[] xlsx = Workbooks.export(Examples.score(r), ExportOptions.defaults());
                    SelfEvaluation back = XlsxReportReader.read(new ByteArrayInputStream(xlsx));
                    if (!r.equals(back)) {
                        assertEquals(SelfEvaluationJson.toJson(r), SelfEvaluationJson.toJson(back));
                    }
                    assertEquals(r, back);
                });
    }

    private static void assertCachedNumbers(ScoreCard card) {
        var form = io.github.selfeval.model.form.FormDescriptions.standard().forReport(card.report());
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.export(card))) {
            XSSFSheet s = wb.getSheet(Workbooks.FORM);
            int totalRow = Workbooks.rowOf(s, 1, form.total().label().text());
            List<XSSFCell> totals = Examples.formulas(s, "SUM(").stream().filter(c -> c.getRowIndex() == totalRow)
                    .filter(c -> c.getCellFormula().startsWith("ROUND")).toList();
            assertEquals(1, totals.size());
            assertEquals(0, BigDecimal.valueOf(totals.get(0).getNumericCellValue()).compareTo(card.totalScore()),
                    "cached total " + totals.get(0).getNumericCellValue() + " vs card " + card.totalScore());
            List<XSSFCell> rates = Examples.formulas(s, "*100,").stream()
                    .filter(c -> !c.getCellFormula().contains("MIN(")).toList();
            assertEquals(1, rates.size());
            assertTrue(card.budgetExecutionRate().isPresent(), "generated budgets are above zero");
            BigDecimal rate = form.funds().rateAsRatio() ? card.budgetExecutionRate().get().toFraction()
                    : card.budgetExecutionRate().get().points();
            assertEquals(0, BigDecimal.valueOf(rates.get(0).getNumericCellValue()).compareTo(rate), "cached 执行率");
            card.budgetScore().ifPresent(bs -> {
                List<XSSFCell> score = Examples.formulas(s, "MIN(").stream()
                        .filter(c -> c.getCellFormula().startsWith("IF(")).toList();
                assertEquals(1, score.size());
                assertEquals(0, BigDecimal.valueOf(score.get(0).getNumericCellValue()).compareTo(bs.score()),
                        "cached funds-block 得分");
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
