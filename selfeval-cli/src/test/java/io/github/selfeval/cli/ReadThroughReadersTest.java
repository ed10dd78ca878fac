package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command reads its input through the reader registry: a reader plugin ({@link PluginJars#formsReader}) that
 * gives several forms per file, each with the cells its values came from, is used by validate, score, export,
 * import and batch; its cells appear beside the JSON paths, in the score-card JSON and in the 审核 sheet.
 */
class ReadThroughReadersTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static String reader;
    private static String brokenReader;
    /** The seed and the Sichuan project form, in one file. */
    private static Path twoForms;
    /** The seed and the seed with a weight of 120, in one file. */
    private static Path oneInvalid;
    /** Two forms and a weight cell holding 十. */
    private static Path badWeight;

    private static final Path SICHUAN = Path.of("..", "examples", "2023-sichuan-qingshen-gongzi.json");

    @BeforeAll
    static void makePluginsAndFiles() throws IOException {
        Path jars = Files.createDirectories(shared.resolve("jars"));
        reader = PluginJars.formsReader(jars).toString();
        Path broken = Files.createDirectories(shared.resolve("broken"));
        brokenReader = PluginJars.missingReader(broken).toString();
        String seed = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        String sichuan = Files.readString(SICHUAN, StandardCharsets.UTF_8);
        twoForms = forms(shared.resolve("2023-forms.forms"), "", seed, sichuan);
        oneInvalid = forms(shared.resolve("one-invalid.forms"), "", seed, withWeight120(seed));
        badWeight = forms(shared.resolve("bad-weight.forms"), "WEIGHT\n", seed, sichuan);
    }

    private static Path forms(Path file, String marker, String... docs) throws IOException {
        return Files.writeString(file, PluginJars.FORMS_MAGIC + "\n" + marker + String.join("\n----\n", docs),
                StandardCharsets.UTF_8);
    }

    /** The seed with its third indicator's weight 120: a violation at indicators[2].weight. */
    private static String withWeight120(String seed) {
        int third = -1;
        for (int n = 0; n < 3; n++) {
            third = seed.indexOf("\"weight\"", third + 1);
        }
        int comma = seed.indexOf(',', third);
        return seed.substring(0, third) + "\"weight\": 120" + seed.substring(comma);
    }

    private static Cli.Result run(Object... args) {
        List<Object> all = new ArrayList<>(List.of("--plugin-path", reader));
        all.addAll(List.of(args));
        return Cli.run(all.toArray());
    }

    // ------------------------------------------------------------------ formats

    @Test
    void formatsListsTheReadersBesideTheExportersAndABrokenReaderHidesNothing() {
        Cli.Result r = Cli.run("formats", "--plugin-path", reader + File.pathSeparator + brokenReader);
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        int readers = lines.indexOf("readers (input files):");
        assertTrue(readers > 0, r::toString);
        List<String> ids = lines.subList(readers + 2, lines.size()).stream().takeWhile(l -> !l.isBlank())
                .map(l -> l.split(" ")[0]).toList();
        assertEquals(List.of("doc", "docx", "json", PluginJars.FORMS, "xls", "xlsx"), ids, r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("testforms ") && l.contains(".forms")
                && l.contains("a test plugin")), r::toString);
        // The exporters are all there, and the roll-up format.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("pdf ")), r::toString);
        assertTrue(r.out().contains("roll-up formats (batch 汇总.xlsx):"), r::toString);
        assertTrue(r.err().contains("readers that could not be loaded:"), r::toString);
        assertTrue(r.err().contains("com.example.reader.MissingReader"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    // ------------------------------------------------------------------ validate

    @Test
    void validateNamesEachFormOfTheFile() {
        Cli.Result r = run("validate", twoForms);
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith(twoForms + "#1: 校验通过") && lines.get(0).contains("姜各庄镇人民政府"), r::toString);
        assertTrue(lines.get(1).startsWith(twoForms + "#2: 校验通过") && lines.get(1).contains("工资性支出"), r::toString);
    }

    @Test
    void aViolationNamesTheFormThePathAndTheUsersCell() {
        Cli.Result r = run("validate", oneInvalid, "--lang", "en");
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith(oneInvalid + "#1: valid"), r::toString);
        assertTrue(lines.get(1).startsWith(oneInvalid + "#2: indicators[2].weight (at 项目2!L19): "), r::toString);
        assertTrue(r.err().contains(oneInvalid + "#2: invalid — 1 violation"), r::toString);

        Cli.Result zh = run("validate", oneInvalid);
        assertTrue(zh.out().contains("#2: indicators[2].weight（位于 项目2!L19）: "), zh::toString);
    }

    // ------------------------------------------------------------------ score

    @Test
    void scorePrintsTheUsersCellBesideEachFindingsPath() {
        Cli.Result r = run("score", twoForms);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("== " + twoForms + "#1  2023 年度部门整体绩效自评"), r::toString);
        assertTrue(r.out().contains("== " + twoForms + "#2"), r::toString);
        // The seed's finding on the second indicator's unit points at its unit cell on sheet 项目1.
        assertTrue(r.out().contains("UNIT_WRITTEN_AS_WORD  indicators[1].unit（位于 项目1!F18）"), r::toString);
        // A path without a cell of its own takes its row's: the Sichuan form's first score.
        assertTrue(r.out().contains("SCORE_MISSING  indicators[0].score（位于 项目2!K17）"), r::toString);
        // indicators[1] is not mistaken for the start of indicators[10] and the like
        assertFalse(r.out().contains("indicators[1]（"), r::toString);

        Cli.Result en = run("score", twoForms, "--lang", "en");
        assertTrue(en.out().contains("UNIT_WRITTEN_AS_WORD  indicators[1].unit (at 项目1!F18)"), en::toString);
    }

    @Test
    void aJsonReportHasNoCellsToPrint() {
        Cli.Result r = Cli.run("score", Cli.SEED);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("UNIT_WRITTEN_AS_WORD  indicators[1].unit  申报"), r::toString);
        assertFalse(r.out().contains("位于"), r::toString);
    }

    @Test
    void theScoreCardJsonCarriesTheLocationOfEachFindingOnlyWhenKnown() throws IOException {
        Cli.Result r = run("score", twoForms, "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode cards = new ObjectMapper().readTree(r.out());
        assertTrue(cards.isArray() && cards.size() == 2, "several forms give an array of cards: " + r);
        int located = 0;
        for (int c = 0; c < 2; c++) {
            for (JsonNode f : cards.get(c).get("findings")) {
                String path = f.get("path").asText();
                if (path.startsWith("indicators") || path.startsWith("goals")) {
                    assertTrue(f.get("location").asText().startsWith("项目" + (c + 1) + "!"), f::toString);
                    located++;
                } else {
                    assertFalse(f.has("location"), "no location where none is known: " + f);
                }
            }
        }
        assertTrue(located > 3, r::toString);
        JsonNode unit = find(cards.get(0), "indicators[1].unit");
        assertEquals("项目1!F18", unit.get("location").asText());

        Cli.Result json = Cli.run("score", Cli.SEED, "--format", "json");
        JsonNode card = new ObjectMapper().readTree(json.out());
        assertTrue(card.isObject(), "one form: one card, as always");
        for (JsonNode f : card.get("findings")) {
            assertFalse(f.has("location"), f::toString);
        }
    }

    private static JsonNode find(JsonNode card, String path) {
        for (JsonNode f : card.get("findings")) {
            if (f.get("path").asText().equals(path)) {
                return f;
            }
        }
        throw new AssertionError("no finding at " + path + " in " + card);
    }

    @Test
    void scoreOfAFileWithOneInvalidFormScoresTheOtherAndExitsOne() {
        Cli.Result r = run("score", oneInvalid);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("== " + oneInvalid + "#1"), r::toString);
        assertFalse(r.out().contains("== " + oneInvalid + "#2"), r::toString);
        assertTrue(r.err().contains(oneInvalid + "#2: invalid report (1 violation)"), r::toString);
        assertTrue(r.err().contains("indicators[2].weight（位于 项目2!L19）"), r::toString);
    }

    // ------------------------------------------------------------------ strict and lenient

    @Test
    void aStrictReadFailsOnOneLineNamingTheCellAndTheCode() {
        for (String command : List.of("validate", "score", "import", "export")) {
            Cli.Result r = command.equals("export") ? run(command, badWeight, "--format", "markdown", "-o", dir + "/")
                    : run(command, badWeight);
            assertEquals(2, r.exit(), command + ": " + r);
            assertEquals(1, r.err().lines().count(), command + ": " + r);
            assertTrue(r.err().contains(badWeight + ": 项目1!L17: '十' is not a number; 权重 expects one [READ_BAD_CELL]"),
                    command + ": " + r);
        }
    }

    @Test
    void aFileNoReaderTakesIsOneLineNamingWhatIsRead() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "这不是报告", StandardCharsets.UTF_8);
        Cli.Result r = run("validate", notes);
        assertEquals(2, r.exit(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().contains("notes.txt") && r.err().contains("doc, docx, forms, json, xls, xlsm, xlsx")
                && r.err().contains("[READ_NOT_RECOGNISED]"), r::toString);

        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        Cli.Result e = run("score", empty);
        assertEquals(2, e.exit(), e::toString);
        assertTrue(e.err().contains(empty + ": the file is empty (0 bytes); nothing to read [READ_NOT_RECOGNISED]"),
                e::toString);
    }

    @Test
    void aLenientReadWarnsOfWhatItLeftOutNamingTheCell() {
        Cli.Result r = run("validate", badWeight, "--lenient");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("selfeval: warning: " + badWeight + "#1: 项目1!L17 (indicators[0].weight): '十' is not"
                + " a number; 权重 expects one [READ_BAD_CELL]"), r::toString);
        assertTrue(r.err().contains(badWeight + "#2: 项目2!L17 (indicators[0].weight)"), r::toString);
        assertEquals(2, r.out().lines().count(), r::toString);
    }

    // ------------------------------------------------------------------ import

    @Test
    void importOfSeveralFormsIntoOneFileIsRefusedNamingThem() {
        Path json = dir.resolve("report.json");
        Cli.Result r = run("import", twoForms, "-o", json);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("holds 2 forms"), r::toString);
        assertTrue(r.err().contains(twoForms + "#1 ") && r.err().contains(twoForms + "#2 "), r::toString);
        assertTrue(r.err().contains("-o 2023-forms/"), "says what to do: " + r);
        assertFalse(Files.exists(json), r::toString);
        assertEquals(2, run("import", twoForms).exit(), "no -o: next to the file, one name for several forms");
    }

    @Test
    void importIntoADirectoryWritesOneJsonPerFormNamedFromTheReportAndNeverOverwrites() throws IOException {
        Path out = dir.resolve("imported");
        Cli.Result r = run("import", twoForms, "-o", out + "/");
        assertEquals(0, r.exit(), r::toString);
        List<Path> written;
        try (Stream<Path> s = Files.list(out)) {
            written = s.sorted().toList();
        }
        assertEquals(List.of("2023-forms-51000021R000000019951-工资性支出.json", "2023-forms-姜各庄镇人民政府.json"),
                written.stream().map(p -> p.getFileName().toString()).toList(), r::toString);
        SelfEvaluation first = SelfEvaluationJson.read(out.resolve("2023-forms-姜各庄镇人民政府.json"));
        assertEquals(SelfEvaluationJson.read(Cli.SEED), first);
        SelfEvaluation second = SelfEvaluationJson.read(out.resolve("2023-forms-51000021R000000019951-工资性支出.json"));
        assertEquals(SelfEvaluationJson.read(SICHUAN), second);
        assertTrue(r.out().contains(twoForms + "#1 → " + out.resolve("2023-forms-姜各庄镇人民政府.json")), r::toString);

        Cli.Result again = run("import", twoForms, "-o", out + "/");
        assertEquals(3, again.exit(), again::toString);
        assertTrue(again.err().contains("file exists") && again.err().contains("--force"), again::toString);
        assertEquals(0, run("import", twoForms, "-o", out + "/", "--force").exit());
    }

    @Test
    void importOfAnInvalidFormWritesItAndListsItsViolationsWithTheCell() throws IOException {
        Path out = dir.resolve("fix-me");
        Cli.Result r = run("import", oneInvalid, "-o", out + "/", "--lang", "en");
        assertEquals(1, r.exit(), r::toString);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(2, s.count(), "both written, so that the invalid one can be fixed: " + r);
        }
        assertTrue(r.err().contains(oneInvalid + "#2: indicators[2].weight (at 项目2!L19): "), r::toString);
    }

    @Test
    void importOfSelfevalJsonIsRefused() {
        Cli.Result r = Cli.run("import", Cli.SEED, "-o", dir.resolve("x.json"));
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("is selfeval JSON already"), r::toString);
    }

    // ------------------------------------------------------------------ export

    @Test
    void exportWritesOneFilePerFormAndTheAuditSheetNamesTheUsersCell() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = run("export", twoForms, "--format", "xlsx,markdown", "-o", out);
        assertEquals(0, r.exit(), r::toString);
        for (String base : List.of("2023-forms-姜各庄镇人民政府", "2023-forms-51000021R000000019951-工资性支出")) {
            assertTrue(Files.isRegularFile(out.resolve(base + ".xlsx")), base + ": " + r);
            assertTrue(Files.isRegularFile(out.resolve(base + ".md")), base + ": " + r);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("2023-forms-姜各庄镇人民政府.xlsx")))) {
            Sheet audit = wb.getSheet("审核");
            Row header = audit.getRow(0);
            assertEquals("原表位置", header.getCell(8).getStringCellValue());
            boolean found = false;
            for (Row row : audit) {
                if (row.getRowNum() > 0 && "indicators[1].unit".equals(row.getCell(3).getStringCellValue())) {
                    assertEquals("项目1!F18", row.getCell(8).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the unit finding is listed");
        }
        Cli.Result file = run("export", twoForms, "--format", "markdown", "-o", dir.resolve("one.md"));
        assertEquals(2, file.exit(), file::toString);
        assertTrue(file.err().contains("holds 2 forms"), file::toString);
    }

    @Test
    void theAuditSheetOfAJsonReportHasNoSourceColumn() throws IOException {
        Path xlsx = dir.resolve("seed.xlsx");
        assertEquals(0, Cli.run("export", Cli.SEED, "--format", "xlsx", "-o", xlsx).exit());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(8, wb.getSheet("审核").getRow(0).getLastCellNum());
        }
    }

    @Test
    void exportOfAFileWithAnInvalidFormWritesNothing() {
        Path out = dir.resolve("none");
        Cli.Result r = run("export", oneInvalid, "--format", "markdown", "-o", out + "/");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("1 of 2 forms invalid; nothing written"), r::toString);
        assertFalse(Files.exists(out) && out.toFile().list().length > 0, r::toString);
    }

    // ------------------------------------------------------------------ batch

    @Test
    void batchGivesEachFormARowOfTheRollUp() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(twoForms, in.resolve("2023-forms.forms"));
        Files.copy(oneInvalid, in.resolve("one-invalid.forms"));
        Files.copy(Cli.SEED, in.resolve("seed.json"));
        Path out = dir.resolve("batch");
        Cli.Result r = run("batch", in, "--out", out, "--format", "markdown", "--progress", "log");
        assertEquals(1, r.exit(), "one form is invalid: " + r);
        assertTrue(r.out().contains("batch: 4 of 5 reports"), r::toString);
        List<String> files = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("汇总.xlsx")))) {
            Sheet rows = wb.getSheet("汇总");
            for (int i = 2; i <= rows.getLastRowNum(); i++) {
                files.add(rows.getRow(i).getCell(12).getStringCellValue());
            }
            assertEquals(in.resolve("one-invalid.forms") + "#2", wb.getSheet("失败文件").getRow(1).getCell(0)
                    .getStringCellValue());
        }
        assertEquals(List.of(in.resolve("2023-forms.forms") + "#1", in.resolve("2023-forms.forms") + "#2",
                in.resolve("one-invalid.forms") + "#1", in.resolve("seed.json").toString()),
                files.stream().sorted().toList(), r::toString);
        // every form its own output, none overwriting another
        try (Stream<Path> s = Files.list(out)) {
            List<String> md = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
            assertEquals(List.of("2023-forms-51000021R000000019951-工资性支出.md", "2023-forms-姜各庄镇人民政府.md",
                    "one-invalid-姜各庄镇人民政府.md", "seed.md"), md, r::toString);
        }
    }
}
