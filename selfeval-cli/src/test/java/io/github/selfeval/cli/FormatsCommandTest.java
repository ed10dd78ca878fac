package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheBundledExportersXlsxPdfAndMarkdownWithExtensionAndMediaType() {
        Cli.Result r = Cli.run("formats");
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("id"), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("xlsx ") && l.contains(".xlsx")
                && l.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("pdf ") && l.contains("application/pdf")), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("markdown ") && l.contains(".md")), r::toString);
        assertEquals("", r.err(), "no load failures: " + r);
    }

    @Test
    void aBrokenProviderIsReportedWithoutHidingTheOthers() throws IOException {
        Path services = dir.resolve("META-INF/services/io.github.selfeval.export.ReportExporter");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.selfeval.MissingExporter\n", StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader plugins = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            thread.setContextClassLoader(plugins);
            Cli.Result r = Cli.run("formats");
            assertEquals(0, r.exit(), r::toString);
            assertTrue(r.out().contains("xlsx") && r.out().contains("pdf"), "the good ones are still listed: " + r);
            assertTrue(r.err().contains("com.example.selfeval.MissingExporter"), "the broken one is named: " + r);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
