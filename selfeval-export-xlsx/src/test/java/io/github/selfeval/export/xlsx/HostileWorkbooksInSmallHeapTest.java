package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile workbook read in a JVM of its own with a 256 MiB heap: each refused with its code (or
 * read), none running out of memory, each in bounded time; the table of codes, times and peak heaps is
 * printed.
 */
class HostileWorkbooksInSmallHeapTest {
    /** The form-level codes the label reader gives a workbook that holds no (complete) form. */
    static final Set<String> FORM_LEVEL = Set.of(ReadException.NO_FORM, ReadException.MISSING_LABEL,
            ReadException.AMBIGUOUS, "READ");

    @TempDir
    Path dir;

    @Test
    void eachIsRefusedWithItsCodeUnderAQuarterGigabyte() throws IOException, InterruptedException {
        List<HostileWorkbooks.Case> cases = HostileWorkbooks.all();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xss512k", "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-Dorg.apache.logging.log4j.simplelog.level=ERROR", "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                HostileMain.class.getName()));
        Files.createDirectories(dir.resolve("tmp"));
        Path files = Files.createDirectories(dir.resolve("files"));
        Map<String, HostileWorkbooks.Case> byFile = new HashMap<>();
        for (HostileWorkbooks.Case c : cases) {
            long t0 = System.nanoTime();
            cmd.add(c.writeTo(files).toString());
            System.out.println("written " + c.fileName() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms, "
                    + Files.size(files.resolve(c.fileName())) + " bytes");
            byFile.put(c.fileName(), c);
        }
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the reads finish within three minutes");
        String stderr = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        System.out.println("hostile workbooks under -Xmx256m (file, code, ms, peak heap MiB):");
        lines.forEach(l -> System.out.println("  " + l));
        assertEquals(0, p.exitValue(), stderr);
        assertEquals(cases.size(), lines.size(), String.join("\n", lines) + stderr);
        for (String line : lines) {
            String[] f = line.split("\t");
            HostileWorkbooks.Case c = byFile.get(f[0]);
            if (c.code() == null) {
                assertTrue(FORM_LEVEL.contains(f[1]), c.name() + " is read (to the label reader): " + line);
            } else {
                assertEquals(c.code(), f[1], c.name() + ": " + line);
            }
            assertTrue(Long.parseLong(f[2]) < 30_000, c.name() + " within 30 s: " + line);
        }
        try (var left = Files.list(dir.resolve("tmp"))) {
            assertEquals(List.of(), left.toList(), "no temporary file is left behind");
        }
    }
}
