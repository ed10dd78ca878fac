package io.github.selfeval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Grade;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roll-up SPI: discovery like the exporters' (each provider in its own try), the rows' order, the options. */
class SummaryExportersTest {

    private static final String SERVICES = "META-INF/services/" + SummaryExporter.class.getName();

    @TempDir
    Path temp;

    private final List<URLClassLoader> loaders = new ArrayList<>();

    @AfterEach
    void closeLoaders() throws IOException {
        for (URLClassLoader l : loaders) {
            l.close();
        }
    }

    /** A roll-up format writing one line per row: enough to see what it was given. */
    public static final class LinesSummary implements SummaryExporter {
        @Override
        public String id() {
            return "lines";
        }

        @Override
        public String description() {
            return "one line per row";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void export(Summary summary, OutputStream out, ExportOptions options) {
            StringBuilder sb = new StringBuilder();
            summary.forEachRow(r -> sb.append(r.file()).append(' ').append(r.totalScore()).append('\n'));
            summary.failures().forEach(f -> sb.append("failed ").append(f.file()).append('\n'));
            try {
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ExportException("lines", getClass().getName(), e.getMessage(), e);
            }
        }
    }

    /** Claims the same id as {@link LinesSummary}. */
    public static final class OtherLinesSummary implements SummaryExporter {
        @Override
        public String id() {
            return "lines";
        }

        @Override
        public String description() {
            return "another";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void export(Summary summary, OutputStream out, ExportOptions options) {
        }
    }

    private ClassLoader registering(String... providers) throws IOException {
        Path root = Files.createTempDirectory(temp, "scenario");
        Path services = root.resolve(SERVICES);
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n", providers) + "\n", StandardCharsets.UTF_8);
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
        loaders.add(loader);
        return loader;
    }

    @Test
    void aBrokenOrDuplicateProviderIsReportedAndTheGoodOneKept() throws IOException {
        SummaryExporters registry = SummaryExporters.load(registering("com.example.Missing",
                LinesSummary.class.getName(), OtherLinesSummary.class.getName()));
        assertEquals(List.of("lines"), registry.ids());
        assertSame(LinesSummary.class, registry.find("lines").orElseThrow().getClass());
        assertEquals(2, registry.loadFailures().size(), registry.loadFailures()::toString);
        assertTrue(registry.loadFailures().stream().anyMatch(f -> f.provider().equals("com.example.Missing")));
        assertTrue(registry.loadFailures().stream().anyMatch(f -> f.reason().contains("duplicate")));
    }

    @Test
    void aSummaryOfRowsGivesThemHighestScoreFirstTiesByDepartmentThenFile() throws IOException {
        List<SummaryRow> rows = List.of(row("b.json", "乙", "80"), row("a.json", "乙", "80"), row("c.json", "甲", "80"),
                row("d.json", "丁", "95.5"));
        Summary summary = Summary.of(rows, List.of(new SummaryFailure("e.json", "e.json: no such file")));
        assertEquals(4, summary.rowCount());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new LinesSummary().export(summary, out, ExportOptions.defaults());
        // 乙 sorts before 甲 by code point; within 乙, by file.
        assertEquals("d.json 95.5\na.json 80\nb.json 80\nc.json 80\nfailed e.json\n", out.toString(StandardCharsets.UTF_8));
    }

    private static SummaryRow row(String file, String department, String score) {
        return new SummaryRow(file, department, "", 2023, "部门整体绩效自评", "hebei", new BigDecimal(score), Grade.GOOD,
                Optional.empty(), 0, 1, 2);
    }

    @Test
    void exportOptionsCarryNoProvenanceUnlessGivenOne() {
        assertTrue(ExportOptions.defaults().provenance().isEmpty());
        Provenance p = Provenance.of(java.util.Map.of("funds.spent", SourceLocation.cell("Sheet1", 14, 8)));
        ExportOptions o = ExportOptions.builder().provenance(p).build();
        assertEquals("Sheet1!H14", o.provenance().locate("funds.spent.total").orElseThrow().toString());
        assertEquals(p, o.toBuilder().build().provenance(), "toBuilder keeps it");
        assertTrue(ExportOptions.builder().provenance(null).build().provenance().isEmpty());
        // The six-component constructor of 0.1 still compiles and means no provenance.
        ExportOptions old = new ExportOptions(java.util.Locale.SIMPLIFIED_CHINESE, false, Optional.empty(), true,
                Optional.empty(), ExportOptions.Fonts.BUNDLED);
        assertTrue(old.provenance().isEmpty());
    }
}
