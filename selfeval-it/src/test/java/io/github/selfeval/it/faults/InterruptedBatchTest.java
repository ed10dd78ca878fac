package io.github.selfeval.it.faults;

import static io.github.selfeval.it.faults.Inputs.at;
import static io.github.selfeval.it.faults.Inputs.seedEdited;
import static io.github.selfeval.it.faults.NothingLostNothingHangsTest.assertNoTemporaryFiles;
import static io.github.selfeval.it.faults.NothingLostNothingHangsTest.rollupFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.model.SelfEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's weak spot "kill -9 or SIGTERM of a batch leaves hidden .…tmp files in --out and POI temp files
 * behind", for real: the CLI jar runs as a process of its own on a batch (its java.io.tmpdir a folder of the
 * test's), is stopped once its progress log shows some reports done, and what is on disk afterwards is read
 * with real readers (POI, selfeval's own reader; each PDF whole from its header to its %%EOF). On the old code SIGTERM left POI's sheet files in
 * java.io.tmpdir/poifiles and a report's first format without its second; kill -9 left the roll-up sorter's
 * and POI's temporary files for good.
 */
class InterruptedBatchTest {

    private static final int REPORTS = 40;
    private static final int DONE_BEFORE_STOP = 3;
    private static final List<String> FORMATS = List.of("xlsx", "pdf");

    @TempDir
    Path dir;

    @BeforeAll
    static void jar() {
        if (!Files.isRegularFile(JarProcess.jar())) {
            fail("no " + JarProcess.jar() + ": package selfeval-cli first (the reactor does: ./mvnw -B verify)");
        }
    }

    @Test
    void weakSpot_sigtermRemovesTemporaryFilesAndUnfinishedOutputsAndExits143() throws Exception {
        Path in = reports();
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path out = dir.resolve("out");
        Batch batch = Batch.start(tmp, in, out);
        batch.awaitDone(DONE_BEFORE_STOP);
        batch.process.destroy(); // SIGTERM on Linux
        int exit = batch.finish();

        assertEquals(143, exit, batch.toString());
        assertTrue(batch.err().contains("stopped by a signal (exit 143)"), batch.toString());
        assertFalse(batch.err().contains("\tat ") || batch.err().contains("Exception"), batch.toString());
        assertNoTemporaryFiles(dir);
        assertNoFiles(tmp);
        List<String> complete = completeReports(out);
        assertTrue(complete.size() >= DONE_BEFORE_STOP, "the reports done before SIGTERM are kept: " + complete);
        assertTrue(complete.size() < REPORTS, "stopped before the end: " + batch);
        assertFalse(Files.exists(out.resolve("汇总.xlsx")), "no roll-up of a stopped batch");
    }

    @Test
    void weakSpot_killMinus9ThenARerunWithForceLeavesACompleteConsistentOutputDirectory() throws Exception {
        Path in = reports();
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path out = dir.resolve("out");
        Batch killed = Batch.start(tmp, in, out);
        killed.awaitDone(DONE_BEFORE_STOP);
        killed.process.destroyForcibly(); // SIGKILL: no hook runs
        killed.finish();
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith(".selfeval-run-")),
                    "the killed run left its temporary folder: " + killed);
        }

        Batch rerun = Batch.start(tmp, in, out, "--force");
        int exit = rerun.finish();

        assertEquals(0, exit, rerun.toString());
        assertTrue(rerun.err().contains("an interrupted batch left in"), rerun.toString());
        assertTrue(rerun.out().contains(REPORTS + " of " + REPORTS + " reports"), rerun.toString());
        assertNoTemporaryFiles(dir);
        assertNoFiles(tmp);
        assertEquals(REPORTS, completeReports(out).size());
        List<String> rows = rollupFiles(out.resolve("汇总.xlsx"));
        assertEquals(REPORTS, rows.size(), "every report once: " + rows);
        assertEquals(REPORTS, rows.stream().distinct().count(), "every report once: " + rows);
        // every workbook reads back to its report through selfeval's own reader
        ReportReaders readers = ReportReaders.load();
        for (int i = 1; i <= REPORTS; i++) {
            Path xlsx = out.resolve(name(i) + ".xlsx");
            SelfEvaluation back = readers.read(xlsx, ReadOptions.defaults()).get(0).report();
            assertEquals("第" + i + "单位", back.cover().department(), xlsx.toString());
        }
    }

    /** The reports whose formats are all there, each opened by its real reader; fails on a report with only some. */
    private static List<String> completeReports(Path out) throws IOException {
        List<String> complete = new ArrayList<>();
        for (int i = 1; i <= REPORTS; i++) {
            String base = name(i);
            List<Path> present = FORMATS.stream().map(f -> out.resolve(base + "." + f)).filter(Files::exists).toList();
            if (present.isEmpty()) {
                continue;
            }
            assertEquals(FORMATS.size(), present.size(), base + ": a report's formats land together or not at all: " + present);
            try (InputStream s = Files.newInputStream(out.resolve(base + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(s)) {
                assertTrue(wb.getSheet("自评表") != null, base + ".xlsx");
            }
            String pdf = new String(Files.readAllBytes(out.resolve(base + ".pdf")), StandardCharsets.ISO_8859_1);
            assertTrue(pdf.startsWith("%PDF-") && pdf.stripTrailing().endsWith("%%EOF"), base + ".pdf is a whole PDF");
            complete.add(base);
        }
        return complete;
    }

    private static void assertNoFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            assertEquals(List.of(), s.filter(p -> !p.equals(root)).toList(), "left in java.io.tmpdir (POI's poifiles)");
        }
    }

    private Path reports() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (int i = 1; i <= REPORTS; i++) {
            int n = i;
            Files.write(in.resolve(name(i) + ".json"), seedEdited(r -> at(r, "cover").put("department", "第" + n + "单位")));
        }
        return in;
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "r%03d", i);
    }

    /** The CLI jar running a batch ({@link JarProcess}), its progress log watched. */
    private static final class Batch {
        final Process process;
        private final JarProcess jar;

        private Batch(JarProcess jar) {
            this.jar = jar;
            this.process = jar.process;
        }

        static Batch start(Path tmp, Path in, Path outDir, String... more) throws IOException {
            List<String> args = new ArrayList<>(List.of("batch", in.toString(), "--out", outDir.toString(), "--format",
                    String.join(",", FORMATS), "--progress", "log", "--jobs", "2"));
            args.addAll(List.of(more));
            // the streams go into the test's folder, beside in/, out/ and tmp/
            return new Batch(JarProcess.start(in.getParent(), List.of("-Xmx256m", "-Djava.io.tmpdir=" + tmp), args));
        }

        /** Waits until the progress log shows {@code n} reports done (bounded: 240 s). */
        void awaitDone(int n) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (err().lines().filter(l -> l.matches("\\[\\d+/\\d+] ok .*")).count() < n) {
                if (System.nanoTime() > end || !process.isAlive()) {
                    process.destroyForcibly();
                    throw new AssertionError("the batch did not get " + n + " reports done in 240 s: " + this);
                }
                Thread.sleep(50);
            }
        }

        /** Waits for the end (bounded: 300 s) and returns the exit code. */
        int finish() throws InterruptedException {
            return jar.finish();
        }

        String out() {
            return jar.out();
        }

        String err() {
            return jar.err();
        }

        @Override
        public String toString() {
            return jar.toString();
        }
    }
}
