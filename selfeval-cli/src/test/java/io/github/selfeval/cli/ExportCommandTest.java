package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.xlsx.XlsxReportReader;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsTheSeedToXlsxAndPdfThatRealReadersOpen() throws IOException {
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "xlsx,pdf", "-o", dir, "--deterministic");
        assertEquals(0, r.exit(), r::toString);
        Path xlsx = dir.resolve("2023-jiangezhuang.xlsx");
        Path pdf = dir.resolve("2023-jiangezhuang.pdf");
        assertTrue(r.out().contains(xlsx.toString()) && r.out().contains(pdf.toString()), r::toString);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet form = wb.getSheet("自评表");
            assertTrue(form != null && form.getLastRowNum() > 10, "sheet 自评表 with rows");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("75.24"), "the computed 预算执行进度 is printed");
            assertTrue(text.replace(" ", "").contains("自评得分"), "the total's label is printed");
        }
        assertEquals(List.of(), leftovers(dir), "no temporary files left");
    }

    @Test
    void aTrailingSlashMeansADirectoryEvenForOneFormat() throws IOException {
        Path out = dir.resolve("newdir");
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "markdown", "-o", out + "/");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isDirectory(out), "newdir/ is made as a directory: " + r);
        assertTrue(Files.isRegularFile(out.resolve("2023-jiangezhuang.md")), r::toString);

        // Without the slash, one format: the name is the file.
        Path file = dir.resolve("plain");
        Cli.Result f = Cli.run("export", Cli.SEED, "--format", "markdown", "-o", file);
        assertEquals(0, f.exit(), f::toString);
        assertTrue(Files.isRegularFile(file), f::toString);
    }

    @Test
    void severalFormatsGoIntoADirectoryThatIsCreatedNotOneThatMustExist() throws IOException {
        Path out = dir.resolve("a").resolve("b");
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "markdown,xlsx", "-o", out);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isRegularFile(out.resolve("2023-jiangezhuang.md")) && Files.isRegularFile(out.resolve("2023-jiangezhuang.xlsx")), r::toString);

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli.Result onFile = Cli.run("export", Cli.SEED, "--format", "markdown,xlsx", "-o", file);
        assertEquals(2, onFile.exit(), onFile::toString);
        assertTrue(onFile.err().contains("is a file") && onFile.err().contains("created"), onFile::toString);
        assertFalse(onFile.err().contains("need an existing directory"), onFile::toString);
        Cli.Result slashOnFile = Cli.run("export", Cli.SEED, "--format", "markdown", "-o", file + "/");
        assertEquals(2, slashOnFile.exit(), slashOnFile::toString);
        assertEquals("x", Files.readString(file), "untouched");
    }

    @Test
    void theEnglishSummaryCountsInTheRightNumber() {
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "markdown", "-o", dir + "/", "--lang", "en");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("8 findings: 0 errors, 5 warnings, 3 info"), r::toString);
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce() throws IOException {
        Path target = dir.resolve("out.xlsx");
        byte[] before = "keep me".getBytes(StandardCharsets.UTF_8);
        Files.write(target, before);

        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "xlsx", "-o", target);
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains(target.toString()) && r.err().contains("--force"), r::toString);
        assertArrayEquals(before, Files.readAllBytes(target), "unchanged");
        assertEquals(List.of(), leftovers(dir));

        Cli.Result forced = Cli.run("export", Cli.SEED, "--format", "xlsx", "-o", target, "--force");
        assertEquals(0, forced.exit(), forced::toString);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            assertTrue(wb.getSheet("自评表") != null);
        }
    }

    @Test
    void withSeveralFormatsNothingIsWrittenWhenOneTargetExists() throws IOException {
        Files.writeString(dir.resolve("2023-jiangezhuang.pdf"), "old", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "xlsx,pdf", "-o", dir);
        assertEquals(3, r.exit(), r::toString);
        assertFalse(Files.exists(dir.resolve("2023-jiangezhuang.xlsx")), "checked before writing anything");
        assertEquals("old", Files.readString(dir.resolve("2023-jiangezhuang.pdf"), StandardCharsets.UTF_8));
    }

    @Test
    void defaultOutputIsNextToTheInput() throws IOException {
        Path input = dir.resolve("report.json");
        Files.copy(Cli.SEED, input);
        Cli.Result r = Cli.run("export", input, "--format", "xlsx");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.size(dir.resolve("report.xlsx")) > 0);

        // Exporting a filled workbook to xlsx must not overwrite the input.
        Cli.Result again = Cli.run("export", dir.resolve("report.xlsx"), "--format", "xlsx");
        assertEquals(0, again.exit(), again::toString);
        assertTrue(Files.exists(dir.resolve("report-export.xlsx")), again::toString);
    }

    @Test
    void unknownFormatsAndFontsAreUsageErrors() {
        Cli.Result format = Cli.run("export", Cli.SEED, "--format", "odt", "-o", dir);
        assertEquals(2, format.exit(), format::toString);
        assertTrue(format.err().contains("odt") && format.err().contains("docx") && format.err().contains("xlsx") && format.err().contains("pdf"),
                "names the known formats: " + format);

        Cli.Result font = Cli.run("export", Cli.SEED, "--format", "pdf", "-o", dir, "--font-body", dir.resolve("simfang.ttf"));
        assertEquals(2, font.exit(), font::toString);
        assertTrue(font.err().contains("--font-body") && font.err().contains("simfang.ttf"), font::toString);
    }

    @Test
    void aFontThatIsNotAFontFailsTheExportCleanly() throws IOException {
        Path fake = dir.resolve("fake.ttf");
        Files.writeString(fake, "not a font", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "pdf", "-o", out, "--font-body", fake);
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("fake.ttf"), "names the font: " + r);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
        assertEquals(List.of(), leftovers(out), "nothing half-written");
        assertFalse(Files.exists(out.resolve("2023-jiangezhuang.pdf")));
    }

    @Test
    void oneFailingFormatLeavesNoFileOfTheOthers() throws IOException {
        Path fake = dir.resolve("fake.ttf");
        Files.writeString(fake, "not a font", StandardCharsets.UTF_8);
        Path out = dir.resolve("all");
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "xlsx,pdf,markdown", "-o", out, "--font-body", fake);
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("fake.ttf") && r.err().contains("nothing written"), r::toString);
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "the xlsx and md are not written when the pdf fails");
        }
    }

    @Test
    void aFontThatIsADirectorySaysSo() {
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "pdf", "-o", dir, "--font-heading", dir);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--font-heading") && r.err().contains("is a directory"), r::toString);
    }

    @Test
    void importRoundTrip() throws IOException {
        Path xlsx = dir.resolve("seed.xlsx");
        assertEquals(0, Cli.run("export", Cli.SEED, "--format", "xlsx", "-o", xlsx).exit());
        Path json = dir.resolve("seed.json");
        Cli.Result r = Cli.run("import", xlsx, "-o", json);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(SelfEvaluationJson.read(Cli.SEED), SelfEvaluationJson.read(json), "model → xlsx → json is the identity");
        assertEquals(XlsxReportReader.read(xlsx), SelfEvaluationJson.read(json));
        assertEquals(0, Cli.run("validate", json).exit());

        Cli.Result exists = Cli.run("import", xlsx, "-o", json);
        assertEquals(3, exists.exit(), exists::toString);
        assertEquals(0, Cli.run("import", xlsx, "-o", json, "--force").exit());

        Path notXlsx = dir.resolve("broken.xlsx");
        Files.writeString(notXlsx, "this is not a workbook", StandardCharsets.UTF_8);
        Cli.Result broken = Cli.run("import", notXlsx, "-o", dir.resolve("broken.json"));
        assertEquals(2, broken.exit(), broken::toString);
        assertTrue(broken.err().contains("broken.xlsx"), broken::toString);
        assertFalse(Files.exists(dir.resolve("broken.json")));
    }

    @Test
    void scoringAFilledWorkbookGivesTheSameCardAsItsJson() {
        Path xlsx = dir.resolve("seed.xlsx");
        assertEquals(0, Cli.run("export", Cli.SEED, "--format", "xlsx", "-o", xlsx).exit());
        Cli.Result fromJson = Cli.run("score", Cli.SEED, "--format", "json");
        Cli.Result fromXlsx = Cli.run("score", xlsx, "--format", "json");
        assertEquals(0, fromXlsx.exit(), fromXlsx::toString);
        // The same card; read from the workbook, its findings also name the 自评表 cells they concern.
        assertTrue(fromXlsx.out().contains("\"location\" : \"自评表!"), fromXlsx.out());
        assertEquals(fromJson.out(), fromXlsx.out().replaceAll("(?m)^\\s*\"location\" : \"[^\"]*\",?\\R", "")
                .replaceAll(",(\\R\\s*})", "$1"));
    }

    static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
