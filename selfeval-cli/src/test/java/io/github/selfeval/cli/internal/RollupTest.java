package io.github.selfeval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.SummaryExporter;
import io.github.selfeval.export.SummaryExporters;
import io.github.selfeval.export.SummaryRow;
import io.github.selfeval.model.Grade;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupTest {

    /** The roll-up format, found as the batch finds it: through the registry, on the class path. */
    private static final SummaryExporter XLSX = Rollup.exporter(SummaryExporters.load(RollupTest.class.getClassLoader()));

    @TempDir
    Path dir;

    private static List<SummaryRow> rows(int n, long seed) {
        Random random = new Random(seed);
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Few distinct scores, so ties are common and the tie-breaks are exercised.
            BigDecimal score = BigDecimal.valueOf(5000 + random.nextInt(40) * 125L, 2);
            Grade grade = score.compareTo(BigDecimal.valueOf(90)) >= 0 ? Grade.EXCELLENT
                    : score.compareTo(BigDecimal.valueOf(80)) >= 0 ? Grade.GOOD
                    : score.compareTo(BigDecimal.valueOf(60)) >= 0 ? Grade.FAIR : Grade.POOR;
            Optional<BigDecimal> rate = random.nextInt(5) == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(random.nextInt(10_001), 2));
            rows.add(new SummaryRow("in/r-" + i + ".json", "部门" + random.nextInt(30), i % 3 == 0 ? "项目" + i : "",
                    2020 + random.nextInt(5), "部门整体绩效自评", "hebei", score, grade, rate,
                    random.nextInt(3), random.nextInt(4), random.nextInt(5)));
        }
        return rows;
    }

    @Test
    void rowsSpilledToDiskComeBackInOrderExactlyOnce() {
        List<SummaryRow> rows = rows(1_003, 1);
        List<SummaryRow> sorted = new ArrayList<>();
        try (RollupSorter sorter = new RollupSorter(37)) {
            List<SummaryRow> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, new Random(2));
            shuffled.forEach(sorter::add);
            sorter.forEachSorted(sorted::add);
        }
        List<SummaryRow> expected = new ArrayList<>(rows);
        expected.sort(SummaryRow.ORDER);
        assertEquals(expected, sorted);
    }

    @Test
    void theWorkbookHasEveryRowSortedAndTheStatistics() throws IOException {
        List<SummaryRow> rows = rows(250, 3);
        Path file = dir.resolve(Rollup.FILE_NAME);
        try (Rollup rollup = new Rollup(16)) {
            rows.forEach(rollup::add);
            rollup.addFailure("in/bad.json", "in/bad.json: line 3, column 1: unexpected end of the document");
            rollup.write(XLSX, file, false);
        }
        List<SummaryRow> expected = new ArrayList<>(rows);
        expected.sort(SummaryRow.ORDER);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheet("汇总");
            assertEquals(rows.size() + 1, sheet.getLastRowNum());
            for (int i = 0; i < expected.size(); i++) {
                Row row = sheet.getRow(i + 2);
                SummaryRow r = expected.get(i);
                assertEquals(i + 1, (int) row.getCell(0).getNumericCellValue());
                assertEquals(r.file(), row.getCell(12).getStringCellValue());
                assertEquals(r.totalScore().doubleValue(), row.getCell(6).getNumericCellValue(), 0.0);
                assertEquals(r.grade().label(), row.getCell(7).getStringCellValue());
            }
            Sheet stats = wb.getSheet("统计");
            BigDecimal sum = rows.stream().map(SummaryRow::totalScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            double average = sum.divide(BigDecimal.valueOf(rows.size()), 2, java.math.RoundingMode.HALF_UP).doubleValue();
            boolean found = false;
            for (Row row : stats) {
                if (row.getCell(0) != null && "平均自评得分".equals(row.getCell(0).getStringCellValue())) {
                    assertEquals(average, row.getCell(1).getNumericCellValue(), 0.0);
                    found = true;
                }
                if (row.getCell(0) != null && "优".equals(row.getCell(0).getStringCellValue())) {
                    long excellent = rows.stream().filter(r -> r.grade() == Grade.EXCELLENT).count();
                    assertEquals(excellent, (long) row.getCell(1).getNumericCellValue());
                }
            }
            assertTrue(found, "the average is written");
            assertEquals("in/bad.json", wb.getSheet("失败文件").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        Path file = dir.resolve("x.xlsx");
        try (Rollup rollup = new Rollup()) {
            rollup.add(new SummaryRow("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+1", 2023, "部门整体绩效自评",
                    "hebei", BigDecimal.TEN, Grade.POOR, Optional.empty(), 0, 0, 0));
            rollup.write(XLSX, file, false);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Row row = wb.getSheet("汇总").getRow(2);
            assertEquals("=HYPERLINK(\"http://x\")", row.getCell(1).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, row.getCell(12).getCellType());
        }
    }
}
