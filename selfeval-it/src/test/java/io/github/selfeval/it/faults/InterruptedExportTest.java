package io.github.selfeval.it.faults;

import static io.github.selfeval.it.faults.Inputs.at;
import static io.github.selfeval.it.faults.Inputs.seedEdited;
import static io.github.selfeval.it.faults.NothingLostNothingHangsTest.assertNoTemporaryFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's SIGTERM clean-up for {@code export} and {@code import} (only {@code batch} had it), with
 * real signals: the CLI jar runs as a process of its own, is frozen ({@code kill -STOP}) the moment its
 * first output or temporary file appears in the output folder, gets SIGTERM, and is let go
 * ({@code kill -CONT}). Freezing makes the moment deterministic: what the folder holds when the signal
 * arrives is known, and a run that was already past its last write is tried again. On the old code the
 * JVM exited 143 leaving the formats written so far (one report's xlsx without its pdf) and the atomic
 * writer's hidden {@code .…tmp} file; now the outputs land together or not at all.
 */
class InterruptedExportTest {

    private static final List<String> FORMATS = List.of("xlsx", "docx", "pdf", "md");
    private static final int ATTEMPTS = 8;

    @TempDir
    Path dir;

    @Test
    void weakSpot_sigtermDuringAnExportOfSeveralFormatsLeavesNoFormatAndNoTemporaryFileAndExits143() throws Exception {
        Path report = Files.write(dir.resolve("big.json"), bigReport());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path out = Files.createDirectory(dir.resolve("out" + attempt));
            Child child = Child.start(dir, "export", report.toString(), "--format", "xlsx,docx,pdf,markdown", "-o",
                    out.toString());
            List<String> seen = child.freezeWhenSomethingAppearsIn(out);
            if (seen.stream().filter(n -> !n.startsWith(".")).count() == FORMATS.size()) {
                child.resume();
                child.finish();
                continue; // past its last write when frozen: nothing to interrupt, try again
            }
            child.terminate();
            int exit = child.finish();
            assertEquals(143, exit, "frozen with " + seen + "\n" + child);
            assertTrue(child.err().contains("selfeval: export: stopped by a signal (exit 143)"), child.toString());
            assertFalse(child.err().contains("\tat ") || child.err().contains("Exception"), child.toString());
            assertNoTemporaryFiles(dir);
            List<String> left = list(out);
            if (left.isEmpty()) {
                return; // the hook removed the formats written so far
            }
            // The signal reaches the JVM's hook asynchronously: the export may write its last format (under the
            // lock the hook waits for) and count as finished first. Then every format is there, whole.
            assertEquals(List.of("big.docx", "big.md", "big.pdf", "big.xlsx"), left,
                    "frozen with " + seen + ": the formats land together or not at all");
            for (String name : left) {
                assertTrue(Files.size(out.resolve(name)) > 0, name + " is empty");
            }
            System.out.println("InterruptedExportTest: attempt " + attempt + " finished its last format before the"
                    + " shutdown hook ran (all four whole); trying again to catch the removal");
        }
        fail("in each of " + ATTEMPTS + " exports the signal came after the last write: the removal was not exercised");
    }

    @Test
    void weakSpot_sigtermDuringAnImportLeavesNoJsonHalfWrittenAndNoTemporaryFileAndExits143() throws Exception {
        Path report = Files.write(dir.resolve("big.json"), bigReport());
        Path xlsx = dir.resolve("big.xlsx");
        Run made = Run.cli("export", report.toString(), "--format", "xlsx", "-o", xlsx.toString());
        assertEquals(0, made.exit(), made.toString());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path out = Files.createDirectory(dir.resolve("json" + attempt));
            Child child = Child.start(dir, "import", xlsx.toString(), "-o", out + "/");
            List<String> seen = child.freezeWhenSomethingAppearsIn(out);
            if (seen.stream().noneMatch(n -> n.startsWith("."))) {
                child.resume();
                child.finish();
                continue; // the JSON was already whole when frozen: try to catch it while it is written
            }
            child.terminate();
            int exit = child.finish();
            assertEquals(143, exit, "frozen with " + seen + "\n" + child);
            assertTrue(child.err().contains("selfeval: import: stopped by a signal (exit 143)"), child.toString());
            assertNoTemporaryFiles(dir.resolve("json" + attempt));
            List<String> left = list(out);
            if (left.isEmpty()) {
                return; // the hook removed the JSON being written
            }
            // As for export: the rename may win the race with the asynchronously started hook; then it is whole.
            assertEquals(1, left.size(), "frozen while writing " + seen + ": " + left);
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve(left.get(0)).toFile());
            System.out.println("InterruptedExportTest: import attempt " + attempt + " renamed its JSON before the"
                    + " shutdown hook ran (whole); trying again to catch the removal");
        }
        fail("each of " + ATTEMPTS + " imports had its JSON whole before it could be frozen");
    }

    /** The seed with ten paragraphs of 100,000 varied characters: every format takes a while to write. */
    private static byte[] bigReport() {
        Random random = new Random(16);
        return seedEdited(r -> {
            ArrayNode problems = at(r, "narrative").putArray("problems");
            for (int p = 0; p < 10; p++) {
                StringBuilder sb = new StringBuilder(100_000);
                for (int i = 0; i < 100_000; i++) {
                    sb.append((char) (0x4e00 + random.nextInt(3000)));
                }
                problems.add(sb.toString());
            }
        });
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The CLI jar in a process of its own, to be frozen and signalled. */
    private static final class Child {
        private final JarProcess jar;

        private Child(JarProcess jar) {
            this.jar = jar;
        }

        static Child start(Path dir, String... args) throws IOException {
            if (!Files.isRegularFile(JarProcess.jar())) {
                fail("no " + JarProcess.jar() + ": package selfeval-cli first (the reactor does: ./mvnw -B verify)");
            }
            return new Child(JarProcess.start(dir, List.of("-Xmx512m"), List.of(args)));
        }

        /** Polls the folder without pause; freezes the process the moment anything is in it (bounded: 240 s). */
        List<String> freezeWhenSomethingAppearsIn(Path folder) throws IOException, InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (true) {
                String[] names = folder.toFile().list();
                if (names != null && names.length > 0) {
                    jar.signal("STOP");
                    return list(folder);
                }
                if (System.nanoTime() > end || !jar.process.isAlive()) {
                    jar.process.destroyForcibly();
                    throw new AssertionError("nothing appeared in " + folder + " in 240 s: " + this);
                }
                Thread.onSpinWait();
            }
        }

        void terminate() throws IOException, InterruptedException {
            jar.signal("TERM");
            resume();
        }

        void resume() throws IOException, InterruptedException {
            jar.signal("CONT");
        }

        int finish() throws InterruptedException {
            return jar.finish();
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
