package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * Workbooks as a person leaves them after editing the exported form in a spreadsheet program: the
 * edits win, formulas are read by their cached or evaluated values, the rest comes from 数据.
 */
class EditedWorkbookTest {
    private static final SelfEvaluation SEED = Workbooks.seed();

    @Test
    void anEditedScoreIsReadWithTheRecalculatedWeightedScoreAndTotal() {
        // Excel recalculates on save: POI's evaluator plays that part here.
        byte[] edited = BadWorkbookTest.editWorkbook(wb -> {
            Workbooks.cell(wb.getSheet("自评表"), "K17").setCellValue(80);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        SelfEvaluation back = read(edited);

        Indicator first = back.indicators().get(0);
        assertEquals(Optional.of(new BigDecimal("80")), first.score());
        assertEquals(Optional.of(new BigDecimal("16")), first.weightedScore(), "the formula's new value");
        assertEquals(Optional.of(new BigDecimal("89")), back.declaredTotalScore(), "ROUND(89.0, 0)");
        // Untouched rows keep exactly what was declared.
        assertEquals(SEED.indicators().subList(1, 9), back.indicators().subList(1, 9));
        assertEquals(SEED.narrative(), back.narrative());
    }

    @Test
    void formulasWithoutCachedValuesAreEvaluated() {
        byte[] edited = BadWorkbookTest.editWorkbook(wb -> {
            XSSFSheet s = wb.getSheet("自评表");
            Workbooks.cell(s, "K17").setCellValue(80);
            for (var row : s) {
                for (var c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        ((XSSFCell) c).getCTCell().unsetV();
                    }
                }
            }
        });
        SelfEvaluation back = read(edited);
        assertEquals(Optional.of(new BigDecimal("16")), back.indicators().get(0).weightedScore());
        assertEquals(Optional.of(new BigDecimal("89")), back.declaredTotalScore());
        assertEquals(Optional.empty(), back.budget().declaredExecutionRate(),
                "the rate formula still gives 75.24, as exported: the form declared none");
    }

    @Test
    void editedTextBlankedNumbersAndUnmergedCellsAreReadAsShown() {
        byte[] edited = BadWorkbookTest.editWorkbook(wb -> {
            XSSFSheet s = wb.getSheet("自评表");
            Workbooks.cell(s, "D17").setCellValue("项目支出金额");
            Workbooks.cell(s, "F4").setBlank();
            Workbooks.cell(s, "C27").setCellValue("张三");
            // Unmerge 产出指标 and write it into every row, as some people do.
            List<CellRangeAddress> regions = s.getMergedRegions();
            for (int i = regions.size() - 1; i >= 0; i--) {
                if (regions.get(i).formatAsString().equals("B17:B20")) {
                    s.removeMergedRegion(i);
                }
            }
            for (int r = 17; r <= 20; r++) {
                Workbooks.cell(s, "B" + r).setCellValue("产出指标");
            }
        });
        SelfEvaluation back = read(edited);
        assertEquals("项目支出金额", back.indicators().get(0).name());
        assertEquals(Optional.empty(), back.budget().received().orElseThrow().total());
        assertEquals(Optional.of("张三"), back.preparer());
        assertEquals(SEED.indicators().subList(1, 9), back.indicators().subList(1, 9));
    }

    @Test
    void aPercentTypedAsAnExcelPercentIsReadInPercentPoints() {
        byte[] edited = BadWorkbookTest.editWorkbook(wb -> {
            XSSFCell c = Workbooks.cell(wb.getSheet("自评表"), "L8");
            var style = wb.createCellStyle();
            style.cloneStyleFrom(c.getCellStyle());
            style.setDataFormat(wb.createDataFormat().getFormat("0%"));
            c.setCellStyle(style);
            c.setCellValue(0.9);
        });
        assertEquals(new BigDecimal("90"), read(edited).goals().declaredOverallCompletion().orElseThrow().points());
    }

    @Test
    void withoutTheDataSheetTheFormAloneIsRead() {
        byte[] edited = BadWorkbookTest.editWorkbook(wb -> {
            wb.removeSheetAt(wb.getSheetIndex("数据"));
            Workbooks.cell(wb.getSheet("自评表"), "D2").setCellValue("姜各庄镇人民政府");
        });
        SelfEvaluation back = read(edited);
        assertEquals("姜各庄镇人民政府", back.cover().department());
        assertEquals(Optional.of("姜各庄镇人民政府"), back.implementingDepartment());
        assertEquals(2023, back.cover().year());
        assertEquals(SEED.indicators().size(), back.indicators().size());
        assertEquals(Optional.of(new BigDecimal("7.5")), back.indicators().get(8).weightedScore());
        assertEquals(Optional.of(new BigDecimal("91")), back.declaredTotalScore());
        assertEquals(Optional.of(new BigDecimal("75.24")),
                back.budget().declaredExecutionRate().map(p -> p.points()), "no 数据: the formula's value is what the form shows");
        assertEquals(SEED.notes(), back.notes());
        assertFalse(back.narrative().overview().paragraphs().iterator().hasNext(), "the narrative lived in 数据");
    }

    private static SelfEvaluation read(byte[] xlsx) {
        return XlsxReportReader.read(new ByteArrayInputStream(xlsx));
    }
}
