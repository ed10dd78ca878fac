package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Text that starts with {@code =}, {@code +}, {@code -} or {@code @} is written as a text cell with
 * Excel's quote prefix, never as a formula, and reads back unchanged.
 */
class FormulaInjectionTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"点击\")",
            "+1+1", "-2+3", "@SUM(A1:A9)", "=cmd|' /C calc'!A0");

    @Test
    void formulaLikeTextStaysText() throws Exception {
        SelfEvaluation seed = Workbooks.seed();
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        rows.set(0, rows.get(0).toBuilder().description(HOSTILE.get(0)).unit(HOSTILE.get(1)).actual(HOSTILE.get(2))
                .expected(HOSTILE.get(3)).build());
        rows.set(1, rows.get(1).toBuilder().description(HOSTILE.get(4)).build());
        SelfEvaluation report = seed.toBuilder().indicators(rows).preparer("=1+1").phone("+86 4800291")
                .implementingDepartment("@镇政府").notes(List.of("-注意", "=SUM(1,2)"))
                .goals(new Goals(List.of(Goal.of("=目标", "+完成")), seed.goals().declaredOverallCompletion()))
                .build();

        byte[] xlsx = Workbooks.export(Workbooks.score(report));

        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            XSSFSheet s = wb.getSheet("自评表");
            int hostileCells = 0;
            for (var row : s) {
                for (var c : row) {
                    if (c.getCellType() == CellType.STRING && FormulaInjectionTestSupport.isFormulaLike(c.getStringCellValue())) {
                        assertTrue(((XSSFCell) c).getCellStyle().getQuotePrefixed(), c.getAddress() + " has no quote prefix");
                        hostileCells++;
                    }
                }
            }
            // 指标说明, 值, 单位, 实际完成值 of row 1, 指标说明 of row 2, D2 (实施主管部门), C27 (填报人), I27 (联系电话); goals and notes are
            // written after their "目标1：" / "1. " prefixes, so they do not start with the character.
            assertEquals(8, hostileCells);
            int first = Workbooks.rowOf(s, 0, "四、年度绩效指标完成情况") + 2;
            XSSFCell description = s.getRow(first).getCell(4);
            assertEquals(CellType.STRING, description.getCellType());
            assertEquals(HOSTILE.get(0), description.getStringCellValue());
            assertEquals("@镇政府", Workbooks.cell(s, "D2").getStringCellValue());
        }
        // No formula in the sheet's XML holds any of the hostile texts; only the exporter's own formulas exist.
        String xml = Workbooks.entry(xlsx, "xl/worksheets/sheet1.xml");
        var formulas = Pattern.compile("<f>([^<]*)</f>").matcher(xml).results().map(m -> m.group(1)).toList();
        for (String f : formulas) {
            assertTrue(f.matches("(ROUND|SUM|IF)\\(.*"), "unexpected formula " + f);
            assertFalse(f.contains("HYPERLINK") || f.contains("cmd"), f);
        }
        assertEquals(report, XlsxReportReader.read(new ByteArrayInputStream(xlsx)));
    }

    /** The same rule as the exporter's, restated so the test does not trust it. */
    static final class FormulaInjectionTestSupport {
        static boolean isFormulaLike(String s) {
            return !s.isEmpty() && (s.charAt(0) == '=' || s.charAt(0) == '+' || s.charAt(0) == '-' || s.charAt(0) == '@');
        }
    }
}
