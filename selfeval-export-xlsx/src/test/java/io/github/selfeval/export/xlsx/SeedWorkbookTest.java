package io.github.selfeval.export.xlsx;

import static io.github.selfeval.export.xlsx.Workbooks.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The seed's workbook, opened with POI: the official layout cell by cell, formulas with their cached
 * values, print setup, fonts, and the zip's determinism.
 */
class SeedWorkbookTest {
    private static final ScoreCard CARD = Workbooks.seedCard();
    private static final byte[] XLSX = Workbooks.export(CARD);

    @Test
    void theFormFollowsTheOfficialLayout() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(XLSX)) {
            assertEquals(List.of("自评表", "审核", "数据"), sheetNames(wb));
            XSSFSheet s = wb.getSheet("自评表");
            assertEquals("2023年度部门整体绩效自评表", cell(s, "A1").getStringCellValue());
            assertEquals("一、基本情况", cell(s, "A2").getStringCellValue());
            assertEquals("实施主管部门", cell(s, "B2").getStringCellValue());
            assertEquals("金额单位", cell(s, "I2").getStringCellValue());
            assertEquals("万元", cell(s, "K2").getStringCellValue());
            assertEquals("二、预算执行情况", cell(s, "A3").getStringCellValue());
            assertEquals("预算数", cell(s, "B4").getStringCellValue());
            assertEquals("其中：财政资金", cell(s, "B5").getStringCellValue());
            assertEquals("其他", cell(s, "B6").getStringCellValue(), "the hebei-department description's label");
            assertEquals(3746.68, cell(s, "C4").getNumericCellValue());
            assertEquals(3746.68, cell(s, "C5").getNumericCellValue());
            assertEquals(2819.17, cell(s, "F4").getNumericCellValue());
            assertEquals(2819.17, cell(s, "I4").getNumericCellValue());
            assertEquals(CellType.BLANK, cell(s, "C6").getCellType(), "blank 其他 stays blank");
            assertEquals("预算执行进度(%)", cell(s, "K3").getStringCellValue());
            assertEquals("三、目标完成情况", cell(s, "A7").getStringCellValue());
            assertEquals("年度预期目标", cell(s, "B7").getStringCellValue());
            assertEquals("具体完成情况", cell(s, "G7").getStringCellValue());
            assertEquals("总体完成率(%)", cell(s, "L7").getStringCellValue());
            assertEquals("目标1：达到社会长治久安，社会和谐稳定。", cell(s, "B8").getStringCellValue());
            assertEquals(CellType.BLANK, cell(s, "B12").getCellType(), "goal 5 has no target in the seed");
            assertTrue(cell(s, "G12").getStringCellValue().startsWith("目标5完成情况：为建档立卡户"));
            assertEquals(95.0, cell(s, "L8").getNumericCellValue());
            assertEquals("四、年度绩效指标完成情况", cell(s, "A15").getStringCellValue());
            String[] headers = {"B15", "一级指标", "C15", "二级指标", "D15", "三级指标", "E15", "指标说明", "F15", "预期指标值",
                "F16", "符号", "G16", "值", "H15", "单位（文字描述）", "I15", "单项指标实际完成值", "J15", "单项指标完成情况",
                "K15", "自评得分", "K16", "单项指标得分", "L16", "权重占比(%)", "M16", "单项指标折算得分"};
            for (int i = 0; i < headers.length; i += 2) {
                assertEquals(headers[i + 1], cell(s, headers[i]).getStringCellValue(), headers[i]);
            }
            assertEquals("产出指标", cell(s, "B17").getStringCellValue());
            assertEquals("项目支出钱数（万元）", cell(s, "D17").getStringCellValue());
            assertEquals("2819.17", cell(s, "G17").getStringCellValue(), "预期值 is text, as written");
            assertEquals("百分号", cell(s, "H18").getStringCellValue());
            assertEquals("优", cell(s, "J17").getStringCellValue());
            assertEquals(90.0, cell(s, "K17").getNumericCellValue());
            assertEquals(20.0, cell(s, "L17").getNumericCellValue());
            assertEquals("预算执行率", cell(s, "B25").getStringCellValue());
            assertEquals("75.24%", cell(s, "I25").getStringCellValue());
            assertEquals("自评得分", cell(s, "B26").getStringCellValue());
            assertEquals("填报人：", cell(s, "A27").getStringCellValue());
            assertEquals("樊琪", cell(s, "C27").getStringCellValue());
            assertEquals("联系电话：", cell(s, "G27").getStringCellValue());
            assertEquals(CellType.STRING, cell(s, "I27").getCellType(), "a phone number is text");
            assertEquals("4800291", cell(s, "I27").getStringCellValue());
            assertEquals("说明：", cell(s, "A28").getStringCellValue());
            assertTrue(cell(s, "A29").getStringCellValue().startsWith("1. 预算项目自评得分由各单项指标的折算得分合计而成"));
            assertTrue(cell(s, "A33").getStringCellValue().startsWith("5. 折算得分"));
        }
    }

    @Test
    void levelOneAndTwoCellsAreMergedOverTheirRows() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(XLSX)) {
            List<String> merged = wb.getSheet("自评表").getMergedRegions().stream()
                    .map(CellRangeAddress::formatAsString).toList();
            // 产出指标 over its 4 rows, 数量指标 over 2, 效益指标 over 3; single rows are not merged.
            for (String r : List.of("B17:B20", "C17:C18", "B21:B23", "A1:M1", "A15:A26", "K4:M6", "L8:M14",
                    "B15:B16", "K15:M15", "F15:G15", "B26:K26")) {
                assertTrue(merged.contains(r), r + " not merged; merged: " + merged);
            }
            assertFalse(merged.stream().anyMatch(r -> r.startsWith("B24") || r.startsWith("B25")), merged.toString());
        }
    }

    @Test
    void weightedScoresTotalAndRateAreFormulasWithTheLibrarysCachedValues() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(XLSX)) {
            XSSFSheet s = wb.getSheet("自评表");
            for (IndicatorScore is : CARD.indicators()) {
                int row = 17 + is.index();
                XSSFCell c = cell(s, "M" + row);
                assertEquals(CellType.FORMULA, c.getCellType());
                assertEquals("ROUND(K" + row + "*L" + row + "/100,1)", c.getCellFormula(), "HEBEI rounds 折算得分 to 1 place");
                assertEquals(is.weightedScore().doubleValue(), c.getNumericCellValue(), "cached 折算得分 row " + row);
            }
            assertEquals(List.of(18.0, 9.0, 9.0, 9.5, 9.5, 9.5, 9.5, 9.5, 7.5),
                    CARD.indicators().stream().map(i -> i.weightedScore().doubleValue()).toList());
            XSSFCell total = cell(s, "M26");
            assertEquals("ROUND(SUM(M17:M25),0)", total.getCellFormula());
            assertEquals(91.0, total.getNumericCellValue());
            assertEquals(0, CARD.totalScore().compareTo(BigDecimal.valueOf(91)));
            XSSFCell weights = cell(s, "L26");
            assertEquals("SUM(L17:L25)", weights.getCellFormula());
            assertEquals(100.0, weights.getNumericCellValue());
            XSSFCell rate = cell(s, "K4");
            assertTrue(rate.getCellFormula().contains("*100,2)"), rate.getCellFormula());
            assertEquals(75.24, rate.getNumericCellValue());
            assertEquals(75.24, CARD.budgetExecutionRate().orElseThrow().points().doubleValue());

            // POI's own evaluator agrees with every cached value.
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            for (String a : List.of("M17", "M18", "M19", "M20", "M21", "M22", "M23", "M24", "M25", "M26", "L26", "K4")) {
                XSSFCell c = cell(s, a);
                assertEquals(c.getNumericCellValue(), ev.evaluate(c).getNumberValue(), 1e-9, a);
            }
        }
    }

    @Test
    void theRawSheetXmlHoldsFormulasAndCachedValues() {
        String xml = Workbooks.entry(XLSX, "xl/worksheets/sheet1.xml");
        assertTrue(Pattern.compile("<c r=\"M25\"[^>]*><f>ROUND\\(K25\\*L25/100,1\\)</f><v>7\\.5</v></c>").matcher(xml).find(),
                "折算得分 of 预算执行率: " + excerpt(xml, "M25"));
        assertTrue(Pattern.compile("<c r=\"M26\"[^>]*><f>ROUND\\(SUM\\(M17:M25\\),0\\)</f><v>91(\\.0)?</v></c>").matcher(xml).find(),
                "自评得分: " + excerpt(xml, "M26"));
        assertEquals(12, Pattern.compile("<f>").matcher(xml).results().count(), "9 折算得分 + Σ权重 + 自评得分 + 预算执行进度");
    }

    @Test
    void itIsReadyToPrint() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(XLSX)) {
            XSSFSheet s = wb.getSheet("自评表");
            PrintSetup ps = s.getPrintSetup();
            assertTrue(ps.getLandscape(), "landscape");
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertTrue(s.getFitToPage());
            assertEquals(1, ps.getFitWidth());
            assertEquals(0, ps.getFitHeight());
            assertEquals("15:16", s.getRepeatingRows().formatAsString().replace("$", ""));
            // Explicit widths for every column and explicit heights for every row.
            String xml = Workbooks.entry(XLSX, "xl/worksheets/sheet1.xml");
            assertEquals(13, Pattern.compile("<col [^>]*customWidth=\"(1|true)\"").matcher(xml).results().count(),
                    excerpt(xml, "<cols>"));
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                assertTrue(s.getRow(r).isFormatted() || s.getRow(r).getCTRow().getCustomHeight(), "row " + (r + 1));
            }
            // Rows with more text are taller: goal 4's long completion against the one-line 其他资金 row.
            assertTrue(s.getRow(10).getHeightInPoints() > s.getRow(5).getHeightInPoints() + 20);
            // Borders and wrapping on the table, fonts by name.
            XSSFCell name = cell(s, "D17");
            assertTrue(name.getCellStyle().getWrapText());
            assertNotEquals(org.apache.poi.ss.usermodel.BorderStyle.NONE, name.getCellStyle().getBorderBottom());
            assertEquals("仿宋", name.getCellStyle().getFont().getFontName());
            assertEquals("宋体", cell(s, "A1").getCellStyle().getFont().getFontName());
            assertEquals("宋体", cell(s, "B15").getCellStyle().getFont().getFontName());
        }
    }

    @Test
    void auditAndDataSheets() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(XLSX)) {
            XSSFSheet audit = wb.getSheet("审核");
            assertEquals(CARD.findings().size(), audit.getLastRowNum(), "one row per finding");
            assertEquals("代码", audit.getRow(0).getCell(1).getStringCellValue());
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("数据")));
            assertEquals(SheetVisibility.VISIBLE, wb.getSheetVisibility(0));
            assertEquals(0, wb.getActiveSheetIndex());
        }
    }

    @Test
    void deterministicOutputHasFixedTimesInTheZipAndTheProperties() throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(XLSX))) {
            ZipEntry e;
            int n = 0;
            while ((e = in.getNextEntry()) != null) {
                assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getLastModifiedTime() == null ? null : e.getExtra(), "no extended timestamp");
                n++;
            }
            assertTrue(n > 5);
        }
        String core = Workbooks.entry(XLSX, "docProps/core.xml");
        assertTrue(core.contains("2000-01-01T00:00:00Z"), core);
        // A given creation time is used instead, and changes the bytes.
        byte[] other = Workbooks.export(CARD, ExportOptions.builder().deterministic(true)
                .creationTime(java.time.Instant.parse("2024-04-15T08:00:00Z")).build());
        assertTrue(Workbooks.entry(other, "docProps/core.xml").contains("2024-04-15T08:00:00Z"));
        assertFalse(java.util.Arrays.equals(XLSX, other));
    }

    @Test
    void thePointsLayoutHasPointsScoreAndDeviationColumns() throws IOException {
        byte[] xlsx = Workbooks.export(CARD, ExportOptions.builder().deterministic(true)
                .presentation(Presentation.POINTS).build());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            XSSFSheet s = wb.getSheet("自评表");
            assertEquals("分值", cell(s, "K15").getStringCellValue());
            assertEquals("得分系数(%)", cell(s, "L15").getStringCellValue());
            assertEquals("得分", cell(s, "M15").getStringCellValue());
            assertEquals("偏差原因分析及改进措施", cell(s, "N15").getStringCellValue());
            assertEquals(20.0, cell(s, "K17").getNumericCellValue(), "分值 = the weight");
            assertEquals(90.0, cell(s, "L17").getNumericCellValue());
            assertEquals("ROUND(L17*K17/100,1)", cell(s, "M17").getCellFormula());
            assertEquals(18.0, cell(s, "M17").getNumericCellValue());
            assertEquals("ROUND(SUM(M17:M25),0)", cell(s, "M26").getCellFormula());
            assertEquals(91.0, cell(s, "M26").getNumericCellValue());
            assertEquals("A1:N1", s.getMergedRegions().get(0).formatAsString());
        }
        assertEquals(Workbooks.seed(), XlsxReportReader.read(new ByteArrayInputStream(xlsx)));
    }

    @Test
    void aProjectFormUsesThePointsLayoutWithItsHeaderRows() throws IOException {
        SelfEvaluation s = Workbooks.seed();
        SelfEvaluation project = new SelfEvaluation(FormKind.PROJECT, s.pack(), s.catalogue(), s.cover(),
                Optional.of(new ProjectInfo("=村级组织运转经费", Optional.of("姜各庄镇人民政府"), Optional.empty())),
                s.details(), s.moneyUnit(), s.implementingDepartment(), s.narrative(), s.budget(), s.goals(),
                s.indicators(), s.declaredTotalScore(), s.preparer(), s.phone(), s.notes(), Optional.empty(), List.of(), Optional.empty(), null,
                Optional.empty());
        byte[] xlsx = Workbooks.export(Workbooks.score(project));
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            XSSFSheet sheet = wb.getSheet("自评表");
            // The central project layout: two title lines, then 项目名称 · 主管部门 | 实施单位.
            assertEquals("项目支出绩效自评表", cell(sheet, "A1").getStringCellValue());
            assertEquals("（2023年度）", cell(sheet, "A2").getStringCellValue());
            assertEquals("项目名称", cell(sheet, "A3").getStringCellValue());
            assertEquals("=村级组织运转经费", cell(sheet, "C3").getStringCellValue());
            assertEquals(CellType.STRING, cell(sheet, "C3").getCellType());
            assertEquals("主管部门", cell(sheet, "A4").getStringCellValue());
            assertEquals("实施单位", cell(sheet, "E4").getStringCellValue());
        }
        assertEquals(project, XlsxReportReader.read(new ByteArrayInputStream(xlsx)));
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(sh -> names.add(sh.getSheetName()));
        return names;
    }

    private static String excerpt(String xml, String near) {
        int i = xml.indexOf(near);
        return i < 0 ? "(not found)" : xml.substring(i, Math.min(xml.length(), i + 300));
    }
}
