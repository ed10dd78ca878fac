package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.scoring.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static final int REPORTS = 50;

    @TempDir
    Path dir;

    @Test
    void fiftyGeneratedReportsAndTwoBrokenOnes() throws IOException {
        Path in = dir.resolve("in");
        List<Path> good = GenerateReports.write(REPORTS, GenerateReports.SEED, in);
        Path truncated = in.resolve("broken-truncated.json");
        String first = Files.readString(good.get(0), StandardCharsets.UTF_8);
        Files.writeString(truncated, first.substring(0, first.length() / 3), StandardCharsets.UTF_8);
        Path invalid = in.resolve("sub").resolve("broken-weight.json");
        Files.createDirectories(invalid.getParent());
        String seed = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        int w = seed.indexOf("\"weight\"");
        Files.writeString(invalid, seed.substring(0, w) + "\"weight\": 120" + seed.substring(seed.indexOf(',', w)),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run("batch", in, "--out", out, "--format", "xlsx,markdown", "--jobs", "3", "--lang", "en");

        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("failed (2):"), r::toString);
        String failedList = r.err().substring(r.err().lastIndexOf("failed (2):"));
        assertTrue(failedList.contains(truncated.toString()) && failedList.contains("line "), r::toString);
        assertTrue(failedList.contains(invalid.toString()) && failedList.contains("indicators[0].weight"), r::toString);
        assertTrue(r.out().contains(REPORTS + " of " + (REPORTS + 2) + " reports"), r::toString);
        assertTrue(r.err().contains("[52/52]"), "plain log lines without a terminal: " + r);
        for (Path g : good) {
            String base = g.getFileName().toString().replace(".json", "");
            assertTrue(Files.size(out.resolve(base + ".xlsx")) > 0, base);
            assertTrue(Files.size(out.resolve(base + ".md")) > 0, base);
        }
        assertFalse(Files.exists(out.resolve("broken-truncated.xlsx")));
        assertFalse(Files.exists(out.resolve("sub").resolve("broken-weight.xlsx")));

        Map<String, ScoreCard> cards = new HashMap<>();
        for (Path g : good) {
            SelfEvaluation report = SelfEvaluationJson.read(g);
            cards.put(g.toString(), Scorer.forReport(report).score(report));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("汇总.xlsx")))) {
            Sheet rows = wb.getSheet("汇总");
            List<String> headers = texts(rows.getRow(1));
            int score = headers.indexOf("自评得分");
            int grade = headers.indexOf("等级");
            int rate = headers.indexOf("预算执行率(%)");
            int errors = headers.indexOf("错误");
            int warnings = headers.indexOf("警告");
            int infos = headers.indexOf("提示");
            int department = headers.indexOf("部门名称");
            int file = headers.indexOf("文件");
            assertEquals(REPORTS + 1, rows.getLastRowNum(), "a title, a header and one row per good report");
            double previous = Double.MAX_VALUE;
            for (int i = 2; i <= rows.getLastRowNum(); i++) {
                Row row = rows.getRow(i);
                ScoreCard card = cards.remove(row.getCell(file).getStringCellValue());
                assertTrue(card != null, "row " + i + " names a good report once");
                double total = row.getCell(score).getNumericCellValue();
                assertEquals(0, card.totalScore().compareTo(BigDecimal.valueOf(total).setScale(card.totalScore().scale(),
                        RoundingMode.HALF_UP)), "row " + i);
                assertTrue(total <= previous, "sorted by score, highest first");
                previous = total;
                assertEquals(card.grade().label(), row.getCell(grade).getStringCellValue());
                assertEquals(card.report().cover().department(), row.getCell(department).getStringCellValue());
                Cell rateCell = row.getCell(rate);
                if (card.budgetExecutionRate().isPresent()) {
                    assertEquals(card.budgetExecutionRate().get().points().doubleValue(), rateCell.getNumericCellValue(), 1e-9);
                } else {
                    assertEquals(CellType.STRING, rateCell.getCellType());
                }
                assertEquals(card.findings(Severity.ERROR).size(), (int) row.getCell(errors).getNumericCellValue());
                assertEquals(card.findings(Severity.WARNING).size(), (int) row.getCell(warnings).getNumericCellValue());
                assertEquals(card.findings(Severity.INFO).size(), (int) row.getCell(infos).getNumericCellValue());
            }
            assertTrue(cards.isEmpty(), "every good report has a row: " + cards.keySet());

            Sheet stats = wb.getSheet("统计");
            Map<String, Double> values = new HashMap<>();
            for (Row row : stats) {
                if (row.getCell(0) != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    values.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertEquals(REPORTS, values.get("报告数（成功）"));
            assertEquals(2, values.get("失败文件数"));
            assertEquals(REPORTS, values.get("优") + values.get("良") + values.get("中") + values.get("差"), values::toString);

            Sheet failed = wb.getSheet("失败文件");
            assertEquals(2, failed.getLastRowNum());
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList(), "no temporary files");
        }
    }

    @Test
    void existingOutputsAreKeptWithoutForce() throws IOException {
        Path in = dir.resolve("in");
        GenerateReports.write(3, 7L, in);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("batch", in, "--out", out, "--format", "xlsx,pdf").exit());

        Cli.Result again = Cli.run("batch", in, "--out", out);
        assertEquals(3, again.exit(), again::toString);
        assertTrue(again.err().contains("汇总.xlsx") && again.err().contains("--force"), again::toString);

        Files.delete(out.resolve("汇总.xlsx"));
        Cli.Result exports = Cli.run("batch", in, "--out", out);
        assertEquals(3, exports.exit(), "exports that exist are failures: " + exports);
        assertTrue(exports.err().contains("report-0001.xlsx") && exports.err().contains("--force"), exports::toString);

        Cli.Result forced = Cli.run("batch", in, "--out", out, "--force", "--format", "pdf");
        assertEquals(0, forced.exit(), forced::toString);
    }

    @Test
    void workbookInputsAndExplicitFilesWork() throws IOException {
        Path xlsx = dir.resolve("seed.xlsx");
        assertEquals(0, Cli.run("export", Cli.SEED, "--format", "xlsx", "-o", xlsx).exit());
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("batch", xlsx, Cli.SEED, "--out", out, "--format", "pdf", "--jobs", "1");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.exists(out.resolve("seed.pdf")) && Files.exists(out.resolve("2023-jiangezhuang.pdf")), r::toString);
    }

    @Test
    void anOutputDirectoryInsideTheInputIsNotReadBack() throws IOException {
        Path in = dir.resolve("in");
        GenerateReports.write(2, 11L, in);
        Path out = in.resolve("out");
        assertEquals(0, Cli.run("batch", in, "--out", out, "--format", "xlsx").exit());
        Cli.Result again = Cli.run("batch", in, "--out", out, "--format", "xlsx", "--force");
        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.out().contains("2 of 2 reports"), "neither the exports nor 汇总.xlsx are inputs: " + again);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, Cli.run("batch", dir, "--out", dir.resolve("o"), "--jobs", "0").exit());
        assertEquals(2, Cli.run("batch", dir).exit(), "--out is required");
        Cli.Result empty = Cli.run("batch", dir, "--out", dir.resolve("o"));
        assertEquals(2, empty.exit(), empty::toString);
        assertTrue(empty.err().contains("no report files"), empty::toString);
        assertFalse(Files.exists(dir.resolve("o")), "a run with nothing to do makes no output directory");
    }

    @Test
    void anOutThatIsAFileIsNamedPlainly() throws IOException {
        Path in = dir.resolve("in");
        GenerateReports.write(1, 3L, in);
        Path file = Files.writeString(dir.resolve("listing.txt"), "x");
        Cli.Result r = Cli.run("batch", in, "--out", file);
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("listing.txt") && r.err().contains("not a directory"), r::toString);
        assertFalse(r.err().contains("Exception"), "no exception class as the message: " + r);
    }

    private static List<String> texts(Row row) {
        List<String> t = new java.util.ArrayList<>();
        for (Cell c : row) {
            t.add(c.getStringCellValue());
        }
        return t;
    }
}
