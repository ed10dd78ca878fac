package io.github.selfeval.it.faults;

import static io.github.selfeval.it.faults.FaultCatalogueTest.assertNoStackTrace;
import static io.github.selfeval.it.faults.Inputs.at;
import static io.github.selfeval.it.faults.Inputs.seedEdited;
import static io.github.selfeval.it.faults.Inputs.seedText;
import static io.github.selfeval.it.faults.Inputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.cli.SelfevalCli;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "nothing lost, nothing hangs": the faults of the batch and of the output side, where the
 * command writes files (so they are not rows of {@link FaultCatalogueTest}, which asserts that nothing is
 * written). Each test is named after the defect or weak spot it pins, drives the real command line and
 * checks the exit code, the line naming where and why, that no stack trace is shown, and what is on disk
 * afterwards, read back with real readers.
 */
class NothingLostNothingHangsTest {

    private static final Path SEED = Path.of(System.getProperty("selfeval.it.seed", "../examples/2023-jiangezhuang.json"));

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ defect 1 and 2: Errors are contained

    @Test
    void defect2_anErrorRaisingWorkbookInABatchIsThatReportsFailureAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        // sorted first, so that on the old code the reports after it were never processed
        Files.write(in.resolve("a-chain.xlsx"), Inputs.formulaChainWorkbook(5_000));
        Files.writeString(in.resolve("b.json"), seedText());
        Path out = dir.resolve("out");
        Run run = Run.cli("batch", in.toString(), "--out", out.toString(), "--format", "markdown", "--progress", "log");
        assertEquals(SelfevalCli.INVALID_INPUT, run.exit(), run.toString());
        assertTrue(run.out().contains("1 of 2 reports"), run.toString());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("a-chain.xlsx") && l.contains("too complex")), run.toString());
        assertNoStackTrace(run.all(), run.toString());
        assertTrue(Files.isRegularFile(out.resolve("b.md")), "the report after the failing one was exported");
        assertEquals(List.of("b.json"), rollupFiles(out.resolve("汇总.xlsx")));
        assertEquals(1, failedRows(out.resolve("汇总.xlsx")));
        assertNoTemporaryFiles(dir);
    }

    @Test
    void defect1_anOutOfMemoryErrorIsOneLineWithACodeAndExitCode5() throws Exception {
        // A document just under the 16 MiB read limit (blanks, then the seed) in a JVM of 24 MB: reading it
        // needs its bytes and its text at once, more than the heap. The old CLI printed the JVM's trace.
        Path big = Files.write(dir.resolve("padded.json"), utf8(" ".repeat(15 << 20) + seedText()));
        Child child = child(List.of("-Xmx24m"), "validate", big.toString());
        assertEquals(SelfevalCli.INTERNAL_ERROR, child.exit, child.toString());
        List<String> lines = child.err.lines().toList();
        assertEquals(1, lines.size(), "one line: " + child);
        assertTrue(lines.get(0).startsWith("selfeval: validate: internal error OUT_OF_MEMORY:"), child.toString());
        assertTrue(lines.get(0).contains("-Xmx"), "says what to do: " + child);
        assertFalse(child.err.contains("\tat ") || child.err.contains("Exception in thread"), child.toString());
    }

    @Test
    void defect1_10000IndicatorsUnderXmx64mExportOrSayOneLineWithACode() throws Exception {
        // The old CLI printed the JVM's OutOfMemoryError trace for 10,000 indicators under -Xmx64m.
        Path big = Files.write(dir.resolve("many.json"), seedEdited(r -> {
            com.fasterxml.jackson.databind.node.ArrayNode rows = (com.fasterxml.jackson.databind.node.ArrayNode) r.get("indicators");
            com.fasterxml.jackson.databind.node.ObjectNode template = (com.fasterxml.jackson.databind.node.ObjectNode) rows.get(7);
            // since issue 16 the most a report may have (Limits.MAX_INDICATORS, 2,000; it was 10,000)
            for (int i = 0; i < io.github.selfeval.model.Limits.MAX_INDICATORS - 9; i++) {
                rows.add(template.deepCopy().put("name", "群众满意度" + i).put("weight", 0).put("weightedScore", 0));
            }
        }));
        Path out = Files.createDirectory(dir.resolve("out"));
        Child child = child(List.of("-Xmx64m"), "export", big.toString(), "--format", "xlsx,pdf", "-o", out.toString());
        if (child.exit == SelfevalCli.OK) {
            assertTrue(Files.size(out.resolve("many.xlsx")) > 0 && Files.size(out.resolve("many.pdf")) > 0, child.toString());
        } else {
            assertEquals(SelfevalCli.INTERNAL_ERROR, child.exit, child.toString());
            List<String> lines = child.err.lines().toList();
            assertEquals(1, lines.size(), "one line: " + child);
            assertTrue(lines.get(0).startsWith("selfeval: export: internal error OUT_OF_MEMORY:"), child.toString());
            try (Stream<Path> s = Files.list(out)) {
                assertEquals(List.of(), s.toList(), "nothing written");
            }
        }
        assertFalse(child.err.contains("\tat ") || child.err.contains("Exception in thread")
                || child.err.contains("java.lang."), child.toString());
        assertNoTemporaryFiles(dir);
    }

    @Test
    void weakSpot_aDiskFullMidExportLeavesNoFormatOfTheReport() throws Exception {
        // The disk fills up at the second format: simulated with the process's file-size limit (ulimit -f,
        // no root needed; the JVM ignores SIGXFSZ, so a write past it fails as on a full disk).
        Path out = Files.createDirectory(dir.resolve("out"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // markdown (~15 KB) is written first and fits; the PDF (~117 KB) does not
        String cmd = "ulimit -f 50 && exec '" + javaBin + "' -XX:-UsePerfData -Xshare:off -cp '" + classPath + "' "
                + SelfevalCli.class.getName() + " export '" + SEED.toAbsolutePath() + "' --format markdown,pdf -o '" + out + "'";
        Process p = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(SelfevalCli.EXPORT_FAILED, p.exitValue(), output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith("selfeval: ") && l.contains("2023-jiangezhuang.pdf")
                && l.contains("2023-jiangezhuang.md was removed")), output);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.toList(), "the report's formats land together or not at all: " + output);
        }
        assertNoStackTrace(output, output);
        assertNoTemporaryFiles(dir);
    }

    @Test
    void defect2_jobs1000IsBoundedToFourWorkersPerProcessor() {
        Path out = dir.resolve("out");
        Run run = Run.cli("batch", SEED.toString(), "--out", out.toString(), "--jobs", "1000", "--format", "markdown");
        assertEquals(SelfevalCli.OK, run.exit(), run.toString());
        int max = 4 * Runtime.getRuntime().availableProcessors();
        assertTrue(run.err().contains("--jobs 1000: using " + max), run.toString());
        assertTrue(Files.isRegularFile(out.resolve("汇总.xlsx")));
        assertNoTemporaryFiles(dir);
    }

    // ------------------------------------------------------------------ defect 3: names never collide

    @Test
    void defect3_aReportNamed汇总DoesNotTakeTheRollupsName() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("汇总.json"), seedText());
        Files.writeString(in.resolve("other.json"), seedText());
        Path out = dir.resolve("out");
        for (String force : List.of("", "--force")) {
            List<String> args = new ArrayList<>(List.of("batch", in.toString(), "--out", out.toString(), "--format", "xlsx"));
            if (!force.isEmpty()) {
                args.add(force);
            }
            Run run = Run.cli(args.toArray(String[]::new));
            assertEquals(SelfevalCli.OK, run.exit(), force + run);
            assertTrue(run.out().contains("2 of 2 reports"), run.toString());
            // the report's own workbook is a 自评表, the roll-up has its 汇总 sheet with both reports
            assertTrue(Files.isRegularFile(out.resolve("汇总-2.xlsx")), run.toString());
            assertEquals(List.of("other.json", "汇总.json"), rollupFiles(out.resolve("汇总.xlsx")).stream().sorted().toList());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("汇总-2.xlsx")))) {
                assertTrue(wb.getSheet("自评表") != null, "汇总-2.xlsx is the report's own form");
            }
        }
        assertNoTemporaryFiles(dir);
    }

    @Test
    void defect3_twoInputsNamedAlikeGetTwoOutputs() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("x.json"), seedText());
        Files.write(b.resolve("x.json"), seedEdited(r -> at(r, "cover").put("department", "另一个单位")));
        Path out = dir.resolve("out");
        Run run = Run.cli("batch", a.resolve("x.json").toString(), b.resolve("x.json").toString(), "--out", out.toString(),
                "--format", "markdown");
        assertEquals(SelfevalCli.OK, run.exit(), run.toString());
        assertTrue(Files.readString(out.resolve("x.md")).contains("姜各庄"), "a/x.json → x.md");
        assertTrue(Files.readString(out.resolve("x-2.md")).contains("另一个单位"), "b/x.json → x-2.md");
        assertEquals(2, rollupFiles(out.resolve("汇总.xlsx")).size());
    }

    @Test
    void defect3_theSameFileGivenFourTimesIsRolledUpOnce() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), SEED.toAbsolutePath());
        Path out = dir.resolve("out");
        Run run = Run.cli("batch", SEED.toString(), SEED.toAbsolutePath().toString(), SEED.toString(), link.toString(),
                "--out", out.toString(), "--format", "markdown");
        assertEquals(SelfevalCli.OK, run.exit(), run.toString());
        assertTrue(run.out().contains("1 of 1 reports"), run.toString());
        assertEquals(1, rollupFiles(out.resolve("汇总.xlsx")).size());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("2023-jiangezhuang.md", "汇总.xlsx"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    // ------------------------------------------------------------------ defect 7: long names

    @Test
    void defect7_outputNamesOf238To255BytesAreWritten() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        for (int bytes = 238; bytes <= 255; bytes++) {
            // Chinese characters (3 bytes each) and ASCII to make up the exact length, ".md" included
            int han = (bytes - 3) / 3 - 2;
            String stem = "报".repeat(han) + "x".repeat(bytes - 3 - 3 * han);
            String name = stem + ".md";
            assertEquals(bytes, name.getBytes(StandardCharsets.UTF_8).length);
            Run run = Run.cli("export", SEED.toString(), "--format", "markdown", "-o", out.resolve(name).toString());
            assertEquals(SelfevalCli.OK, run.exit(), bytes + " bytes: " + run);
            assertTrue(Files.readString(out.resolve(name)).contains("姜各庄"), bytes + " bytes");
        }
        assertNoTemporaryFiles(dir);
    }

    // ------------------------------------------------------------------ weak spots

    @Test
    void weakSpot_temporaryFilesAKilledBatchLeftAreRemovedOnTheNextRun() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out").resolve("sub"));
        // what kill -9 in the middle of an atomic write leaves: hidden .NAME.HEX.tmp files
        Path left1 = Files.writeString(dir.resolve("out").resolve(".2023-jiangezhuang.md.0123456789ab.tmp"), "half");
        Path left2 = Files.writeString(out.resolve(".r.xlsx.abcdef012345.tmp"), "half");
        Path keep = Files.writeString(out.resolve(".keep"), "a user's hidden file");
        Run run = Run.cli("batch", SEED.toString(), "--out", dir.resolve("out").toString(), "--format", "markdown");
        assertEquals(SelfevalCli.OK, run.exit(), run.toString());
        assertTrue(run.err().contains("removed 2 temporary files"), run.toString());
        assertFalse(Files.exists(left1));
        assertFalse(Files.exists(left2));
        assertTrue(Files.exists(keep), "only the atomic writer's names are removed");
    }

    @Test
    void weakSpot_aSecondBatchIntoAnOutInsideItsInputDoesNotReadThePreviousExports() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("r.json"), seedText());
        Path out = in.resolve("out");
        for (String force : List.of("--progress=log", "--force")) {
            Run run = Run.cli("batch", in.toString(), "--out", out.toString(), "--format", "xlsx", force);
            assertEquals(SelfevalCli.OK, run.exit(), run.toString());
            assertTrue(run.out().contains("1 of 1 reports"), run.toString());
        }
    }

    @Test
    void weakSpot_aReportsFormatsLandTogetherOrNotAtAll() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("r.json"), seedText());
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createDirectory(out.resolve("r.pdf")); // the second format cannot be written
        Run run = Run.cli("batch", in.toString(), "--out", out.toString(), "--format", "xlsx,pdf");
        assertEquals(SelfevalCli.EXPORT_FAILED, run.exit(), run.toString());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("r.pdf") && l.contains("directory")
                && l.contains("r.xlsx was removed")), run.toString());
        assertFalse(Files.exists(out.resolve("r.xlsx")), "the first format is removed when the second fails");
        assertNoStackTrace(run.all(), run.toString());
        assertNoTemporaryFiles(dir);
    }

    @Test
    void weakSpot_exportsFormatsLandTogetherOrNotAtAll() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createDirectory(out.resolve("2023-jiangezhuang.pdf")); // in the way of the second format
        Run run = Run.cli("export", SEED.toString(), "--format", "markdown,pdf", "-o", out.toString(), "--force");
        assertEquals(SelfevalCli.EXPORT_FAILED, run.exit(), run.toString());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("2023-jiangezhuang.pdf") && l.contains("directory")
                && l.contains("2023-jiangezhuang.md was removed")), run.toString());
        assertFalse(Files.exists(out.resolve("2023-jiangezhuang.md")), "the first format is removed when the second fails");
        assertFalse(run.out().contains("→"), "no file is announced as written: " + run);
        assertNoStackTrace(run.all(), run.toString());
        assertNoTemporaryFiles(dir);
    }

    @Test
    void weakSpot_escapeSequencesInFileNamesAreShownNotObeyed() throws IOException {
        String hostile = "x\u001b]0;owned\u0007\u001b[31mred\u202e.json";
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve(hostile), "{");
        Run validate = Run.cli("validate", in.resolve(hostile).toString());
        Run batch = Run.cli("batch", in.toString(), "--out", dir.resolve("out").toString(), "--format", "markdown");
        assertEquals(SelfevalCli.UNREADABLE_INPUT, validate.exit(), validate.toString());
        assertEquals(SelfevalCli.INVALID_INPUT, batch.exit(), batch.toString());
        for (Run run : List.of(validate, batch)) {
            assertFalse(run.all().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), "raw control character: "
                    + run);
            assertTrue(run.all().contains("x\\u001b]0;owned\\u0007\\u001b[31mred\\u202e.json"), run.toString());
        }
    }

    // ------------------------------------------------------------------ the acceptance

    /**
     * 300 good reports with ten hostile files among them (one a workbook whose reading raised a
     * StackOverflowError), in a JVM of its own whose temporary directory is private to the test: the 300
     * are exported, the ten listed, 汇总.xlsx written with 300 rows and 10 failures, and no temporary file is
     * left anywhere (the output directory, beside the inputs, java.io.tmpdir).
     */
    @Test
    void acceptance_300GoodReportsAndTenHostileFiles() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (int i = 1; i <= 300; i++) {
            int n = i;
            Files.write(in.resolve(String.format(Locale.ROOT, "r%03d.json", i)),
                    seedEdited(r -> at(r, "cover").put("department", "第" + n + "单位")));
        }
        List<String> hostile = List.of("h01-formula-chain.xlsx", "h02-truncated.json", "h03-empty.json",
                "h04-text-renamed.xlsx", "h05-zip-bomb.xlsx", "h06-weight-150.json", "h07-deep-nesting.json",
                "h08-utf16.json", "h09-unknown-pack.json", "h10-billion-laughs.xlsx");
        Files.write(in.resolve(hostile.get(0)), Inputs.formulaChainWorkbook(5_000));
        Files.writeString(in.resolve(hostile.get(1)), seedText().substring(0, seedText().length() / 2));
        Files.write(in.resolve(hostile.get(2)), new byte[0]);
        // Not a JSON report renamed .xlsx: readers are chosen by content first, so that one is read as the JSON it is.
        Files.writeString(in.resolve(hostile.get(3)), "这不是工作簿，也不是 JSON\n");
        Files.write(in.resolve(hostile.get(4)), Inputs.rewriteZip(Inputs.seedWorkbook(),
                (n, d) -> n.equals("xl/worksheets/sheet1.xml") ? new byte[50 << 20] : d));
        Files.write(in.resolve(hostile.get(5)), Inputs.seedReplacing("\"weight\": 20", "\"weight\": 150"));
        Files.write(in.resolve(hostile.get(6)), Inputs.seedReplacing("\"kind\"", "\"extra\": " + "[".repeat(5_000)
                + "]".repeat(5_000) + ", \"kind\""));
        Files.write(in.resolve(hostile.get(7)), seedText().getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve(hostile.get(8)), seedEdited(r -> r.put("pack", "atlantis")));
        Files.write(in.resolve(hostile.get(9)), Inputs.billionLaughs("xl/sharedStrings.xml"));

        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path out = dir.resolve("out");
        Child child = child(List.of("-Djava.io.tmpdir=" + tmp), "batch", in.toString(), "--out", out.toString(),
                "--format", "markdown", "--progress", "log");

        assertEquals(SelfevalCli.INVALID_INPUT, child.exit, child.toString());
        assertTrue(child.out.contains("300 of 310 reports"), child.toString());
        String failures = child.err.substring(child.err.indexOf("failed (10):"));
        for (String h : hostile) {
            assertTrue(failures.lines().anyMatch(l -> l.contains(h)), h + " is listed: " + child);
        }
        assertNoStackTrace(child.out + child.err, child.toString());
        for (int i = 1; i <= 300; i++) {
            assertTrue(Files.isRegularFile(out.resolve(String.format(Locale.ROOT, "r%03d.md", i))), "report " + i);
        }
        List<String> rows = rollupFiles(out.resolve("汇总.xlsx"));
        assertEquals(300, rows.size());
        assertEquals(300, rows.stream().distinct().count());
        assertEquals(10, failedRows(out.resolve("汇总.xlsx")));
        assertNoTemporaryFiles(dir);
        try (Stream<Path> s = Files.walk(tmp)) {
            // POI keeps its (then empty) poifiles folder for the next run; no file may be left in it or beside it
            assertEquals(List.of(), s.filter(p -> !Files.isDirectory(p)).toList(), "files left in java.io.tmpdir");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The 文件 column of the 汇总 sheet. */
    static List<String> rollupFiles(Path rollup) throws IOException {
        try (InputStream s = Files.newInputStream(rollup); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sheet = wb.getSheet("汇总");
            List<String> files = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String f = row.getCell(12).getStringCellValue();
                files.add(Path.of(f).getFileName().toString());
            }
            return files;
        }
    }

    /** The rows of the 失败文件 sheet (0 when there is none). */
    static int failedRows(Path rollup) throws IOException {
        try (InputStream s = Files.newInputStream(rollup); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sheet = wb.getSheet("失败文件");
            return sheet == null ? 0 : sheet.getLastRowNum();
        }
    }

    /** No hidden temporary file of the atomic writer, nor any *.tmp, anywhere under {@code root}. */
    static void assertNoTemporaryFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<String> left = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.startsWith(".") && !n.equals(".keep"))
                    .toList();
            assertEquals(List.of(), left, "temporary files left");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A finished child JVM. */
    record Child(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs the command line's main method in a JVM of its own, with this test's class path. */
    Child child(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return child(dir, jvmOptions, args);
    }

    /** The same, its output streams kept in {@code dir} while it runs. */
    static Child child(Path dir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath, SelfevalCli.class.getName()));
        cmd.addAll(Arrays.asList(args));
        Path stdout = Files.createTempFile(dir, "child", ".out.txt");
        Path stderr = Files.createTempFile(dir, "child", ".err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .directory(new File(".")).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 300 s: " + cmd);
        }
        Child c = new Child(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
        Files.delete(stdout);
        Files.delete(stderr);
        return c;
    }
}
