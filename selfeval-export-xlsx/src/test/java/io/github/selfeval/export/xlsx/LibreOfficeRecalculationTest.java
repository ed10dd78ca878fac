package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.ScoreCard;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader no one here wrote: LibreOffice Calc (headless) opens the exported seed workbook,
 * recalculates every formula, and its 自评得分, 折算得分 and 预算执行进度 equal the library's.
 *
 * <p>To prove LibreOffice really recalculated (and did not just keep the cached values the exporter
 * wrote), the test first overwrites every cached formula result on 自评表 with -1 and sets the
 * workbook's "full calculation on load" flag, and the private LibreOffice profile is set to always
 * recalculate OOXML files on load; the formulas themselves are the exporter's, unchanged.
 * LibreOffice converts the file to a new .xlsx, whose cached values — LibreOffice's results — are
 * read back with POI. Runs with a private LibreOffice profile, so it neither needs nor touches a
 * user's one. Skipped (with a message) when {@code soffice} is not on the PATH; the CI script
 * installs {@code libreoffice-calc} and fails if this test was skipped.
 */
class LibreOfficeRecalculationTest {
    private static final double POISON = -1;

    @TempDir
    Path dir;

    @Test
    void libreOfficeRecalculatesTheSeedToTheLibrarysScores() throws Exception {
        Optional<Path> soffice = findOnPath("soffice").or(() -> findOnPath("libreoffice"));
        Assumptions.assumeTrue(soffice.isPresent(),
                "soffice (LibreOffice) is not on the PATH: install libreoffice-calc to run this check");

        ScoreCard card = Workbooks.seedCard();
        byte[] exported = Workbooks.export(card);
        Path input = dir.resolve("seed.xlsx");
        List<String> formulas = new ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(exported); OutputStream out = Files.newOutputStream(input)) {
            XSSFSheet s = wb.getSheet(Workbooks.FORM);
            for (var row : s) {
                for (var c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas.add(c.getAddress() + "=" + c.getCellFormula());
                        c.setCellValue(POISON);
                    }
                }
            }
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
        assertEquals(12, formulas.size(), formulas.toString());

        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path profile = dir.resolve("profile");
        // LibreOffice keeps cached results of .xlsx files by default ("Recalculation on file load:
        // never"), and ignores the workbook's fullCalcOnLoad flag in headless conversion: set the
        // private profile's OOXMLRecalcMode to 0 (always recalculate).
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
        List<String> command = List.of(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nolockcheck", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                "--outdir", outDir.toString(), input.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean done = p.waitFor(4, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
        assertTrue(done, "soffice did not finish within 4 minutes: " + log);
        Path converted = outDir.resolve("seed.xlsx");
        assertTrue(Files.isRegularFile(converted), "soffice wrote no file (exit " + p.exitValue() + "): " + log);

        try (XSSFWorkbook lo = new XSSFWorkbook(converted.toFile())) {
            XSSFSheet s = lo.getSheet(Workbooks.FORM);
            for (IndicatorScore is : card.indicators()) {
                XSSFCell c = Workbooks.cell(s, "M" + (17 + is.index()));
                assertEquals(CellType.FORMULA, c.getCellType(), "LibreOffice kept the formula in " + c.getAddress());
                assertEquals(is.weightedScore().doubleValue(), c.getNumericCellValue(), 1e-9,
                        "折算得分 in " + c.getAddress() + " as LibreOffice computed it");
            }
            XSSFCell total = Workbooks.cell(s, "M26");
            assertEquals(card.totalScore().doubleValue(), total.getNumericCellValue(), 1e-9, "自评得分 (M26)");
            assertEquals(91.0, total.getNumericCellValue(), 1e-9);
            assertEquals(75.24, Workbooks.cell(s, "K4").getNumericCellValue(), 1e-9, "预算执行进度 (K4)");
            assertEquals(100.0, Workbooks.cell(s, "L26").getNumericCellValue(), 1e-9, "Σ 权重 (L26)");
        }
    }

    /**
     * Every real example and the 8.35 report: LibreOffice's result of every formula cell on 自评表 equals the
     * value the exporter cached, which is the card's number (ExampleWorkbooksTest checks that), so the
     * recalculated 总分 / 自评得分, 执行率, funds-block 得分 and row scores are the card's.
     */
    @Test
    void libreOfficeRecalculatesEveryExampleToTheCardsNumbers() throws Exception {
        Optional<Path> soffice = findOnPath("soffice").or(() -> findOnPath("libreoffice"));
        Assumptions.assumeTrue(soffice.isPresent(),
                "soffice (LibreOffice) is not on the PATH: install libreoffice-calc to run this check");
        java.util.Map<String, ScoreCard> cards = new java.util.LinkedHashMap<>();
        for (Path f : Examples.files()) {
            cards.put(f.getFileName().toString().replace(".json", ""), Examples.score(Examples.read(f)));
        }
        cards.put("report-835", Examples.score(Examples.report835()));
        java.util.Map<String, java.util.Map<String, Object>> cached = new java.util.LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        for (var e : cards.entrySet()) {
            Path input = dir.resolve(e.getKey() + ".xlsx");
            cached.put(e.getKey(), poison(Workbooks.export(e.getValue()), input));
            inputs.add(input.toString());
        }
        Path outDir = convert(soffice.get(), inputs);
        for (var e : cards.entrySet()) {
            Path converted = outDir.resolve(e.getKey() + ".xlsx");
            assertTrue(Files.isRegularFile(converted), "soffice wrote no " + converted);
            java.util.Map<String, Object> want = cached.get(e.getKey());
            assertTrue(!want.isEmpty(), e.getKey() + " has formulas");
            try (XSSFWorkbook lo = new XSSFWorkbook(converted.toFile())) {
                XSSFSheet s = lo.getSheet(Workbooks.FORM);
                for (var w : want.entrySet()) {
                    XSSFCell c = Workbooks.cell(s, w.getKey());
                    String where = e.getKey() + " " + w.getKey();
                    assertEquals(CellType.FORMULA, c.getCellType(), "LibreOffice kept the formula in " + where);
                    if (w.getValue() instanceof Double d) {
                        assertEquals(CellType.NUMERIC, c.getCachedFormulaResultType(), where);
                        assertEquals(d, c.getNumericCellValue(), 1e-9, "LibreOffice's value of " + where);
                    } else {
                        assertEquals(CellType.STRING, c.getCachedFormulaResultType(), where + " stays blank");
                        assertEquals("", c.getStringCellValue(), where + " stays blank");
                    }
                }
            }
        }
        ScoreCard c835 = cards.get("report-835");
        assertEquals(86.0, c835.totalScore().doubleValue(), 1e-9);
        assertEquals(86.0, (Double) cached.get("report-835").get("M27"), 1e-9, "the 8.35 report's cached 自评得分");
    }

    /** Writes the workbook with every cached formula result poisoned; returns what was cached, by cell. */
    private static java.util.Map<String, Object> poison(byte[] exported, Path input) throws IOException {
        java.util.Map<String, Object> cached = new java.util.LinkedHashMap<>();
        try (XSSFWorkbook wb = Workbooks.open(exported); OutputStream out = Files.newOutputStream(input)) {
            XSSFSheet s = wb.getSheet(Workbooks.FORM);
            for (var row : s) {
                for (var c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        cached.put(c.getAddress().formatAsString(),
                                c.getCachedFormulaResultType() == CellType.NUMERIC ? (Object) c.getNumericCellValue()
                                        : c.getStringCellValue());
                        c.setCellValue(POISON);
                    }
                }
            }
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
        return cached;
    }

    private Path convert(Path soffice, List<String> inputs) throws IOException, InterruptedException {
        Path outDir = Files.createDirectories(dir.resolve("out-all"));
        Path profile = dir.resolve("profile-all");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nolockcheck", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                "--outdir", outDir.toString()));
        command.addAll(inputs);
        Path log = dir.resolve("soffice-all.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(6, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "soffice did not finish within 6 minutes: " + Files.readString(log, StandardCharsets.UTF_8));
        return outDir;
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(File.pathSeparator)) {
            if (d.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(d, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

}
