package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

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
}
