package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.spi.ToolProvider;

/** Plugin jars made at test time: a tiny CSV exporter compiled against the CLI's class path, and broken ones. */
final class PluginJars {

    /** The id of the test's exporter. */
    static final String CSV = "csv";

    private PluginJars() {
    }

    /** A jar with one CSV exporter (id {@value #CSV}) registered in META-INF/services. */
    static Path csvExporter(Path dir) throws IOException {
        String source = """
                package com.example.plugin;

                import io.github.selfeval.export.ExportOptions;
                import io.github.selfeval.export.ReportExporter;
                import io.github.selfeval.scoring.IndicatorScore;
                import io.github.selfeval.scoring.ScoreCard;
                import java.io.IOException;
                import java.io.OutputStream;
                import java.io.UncheckedIOException;
                import java.nio.charset.StandardCharsets;

                public final class CsvExporter implements ReportExporter {
                    public String id() { return "csv"; }
                    public String mediaType() { return "text/csv"; }
                    public String fileExtension() { return "csv"; }
                    public String description() { return "CSV of computed scores (a plugin)"; }
                    public void export(ScoreCard card, OutputStream out, ExportOptions options) {
                        StringBuilder sb = new StringBuilder("indicator,weightedScore\\n");
                        for (IndicatorScore s : card.indicators()) {
                            sb.append(s.indicator().name()).append(',').append(s.weightedScore().toPlainString()).append('\\n');
                        }
                        sb.append("total,").append(card.totalScore().toPlainString()).append('\\n');
                        try {
                            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                """;
        Path classes = compile(dir.resolve("csv-classes"), "com/example/plugin/CsvExporter.java", source);
        return jar(dir.resolve("csv-exporter.jar"), classes, Map.of(
                "META-INF/services/io.github.selfeval.export.ReportExporter", "com.example.plugin.CsvExporter\n"));
    }

    /** The code the test's audit check reports. */
    static final String CHECK_CODE = "PLUGIN_SAW_REPORT";

    /** A jar with one audit check (id {@code plugin-check}) registered in META-INF/services: one INFO per report. */
    static Path auditCheck(Path dir) throws IOException {
        String source = """
                package com.example.check;

                import io.github.selfeval.scoring.AuditCheck;
                import io.github.selfeval.scoring.AuditContext;
                import io.github.selfeval.scoring.Finding;
                import io.github.selfeval.scoring.FindingCode;
                import io.github.selfeval.scoring.FindingSink;
                import io.github.selfeval.scoring.Severity;
                import java.util.Optional;

                public final class PluginCheck implements AuditCheck {
                    public String id() { return "plugin-check"; }
                    public String description() { return "says it saw the report (a plugin)"; }
                    public void check(AuditContext context, FindingSink sink) {
                        sink.report(new Finding(FindingCode.of("PLUGIN_SAW_REPORT"), Severity.INFO, "$",
                                Optional.empty(), Optional.of(context.totalScore().toPlainString()),
                                "插件审核项看到了总分 " + context.totalScore().toPlainString(),
                                "the plugin check saw the total " + context.totalScore().toPlainString()));
                    }
                }
                """;
        Path classes = compile(dir.resolve("check-classes"), "com/example/check/PluginCheck.java", source);
        return jar(dir.resolve("audit-check.jar"), classes, Map.of(
                "META-INF/services/io.github.selfeval.scoring.AuditCheck", "com.example.check.PluginCheck\n"));
    }

    /** The id of the test's reader. */
    static final String FORMS = "testforms";

    /** The first line of a file the test's reader reads. */
    static final String FORMS_MAGIC = "TESTFORMS";

    /**
     * A jar with one reader (id {@value #FORMS}, extension {@code .forms}) registered in META-INF/services: a file
     * whose first line is {@value #FORMS_MAGIC}, then selfeval JSON documents separated by lines {@code ----}, gives
     * one form per document, form N on sheet {@code 项目N}, with the provenance a workbook reader would record:
     * {@code indicators} at A16, {@code indicators[i]} at row 17 + i, its {@code unit} in column F, {@code weight}
     * in L, {@code score} in K; {@code goals} at A10. A second line {@code WEIGHT} stands for a weight cell holding
     * 十: a strict read fails there (项目1!L17), a lenient one reports it as an issue on every form.
     */
    static Path formsReader(Path dir) throws IOException {
        String source = """
                package com.example.reader;

                import io.github.selfeval.export.Provenance;
                import io.github.selfeval.export.ReadException;
                import io.github.selfeval.export.ReadIssue;
                import io.github.selfeval.export.ReadOptions;
                import io.github.selfeval.export.ReadReport;
                import io.github.selfeval.export.ReportReader;
                import io.github.selfeval.export.SourceLocation;
                import io.github.selfeval.model.SelfEvaluation;
                import io.github.selfeval.model.SelfEvaluationJson;
                import java.io.IOException;
                import java.io.InputStream;
                import java.nio.charset.StandardCharsets;
                import java.util.ArrayList;
                import java.util.List;

                public final class FormsReader implements ReportReader {
                    private static final String MAGIC = "TESTFORMS\\n";
                    public String id() { return "testforms"; }
                    public String description() { return "Several forms in one file (a test plugin)"; }
                    public List<String> fileExtensions() { return List.of("forms"); }
                    public boolean recognises(byte[] head) {
                        return new String(head, StandardCharsets.UTF_8).startsWith(MAGIC);
                    }
                    public List<ReadReport> read(InputStream in, ReadOptions options) {
                        String text;
                        try {
                            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).substring(MAGIC.length());
                        } catch (IOException e) {
                            throw new ReadException(ReadException.UNREADABLE, null, "cannot read", e);
                        }
                        boolean badWeight = text.startsWith("WEIGHT\\n");
                        if (badWeight) {
                            text = text.substring("WEIGHT\\n".length());
                            if (!options.lenient()) {
                                throw new ReadException(ReadException.BAD_CELL, SourceLocation.cell("项目1", 17, 12),
                                        "'十' is not a number; 权重 expects one", null);
                            }
                        }
                        List<ReadReport> forms = new ArrayList<>();
                        String[] docs = text.split("\\n----\\n");
                        for (int f = 0; f < docs.length; f++) {
                            SelfEvaluation r = SelfEvaluationJson.read(docs[f].getBytes(StandardCharsets.UTF_8));
                            String sheet = "项目" + (f + 1);
                            Provenance.Builder p = Provenance.builder()
                                    .put("goals", SourceLocation.cell(sheet, 10, 1))
                                    .put("indicators", SourceLocation.cell(sheet, 16, 1));
                            for (int i = 0; i < r.indicators().size(); i++) {
                                p.put("indicators[" + i + "]", SourceLocation.cell(sheet, 17 + i, 1));
                                p.put("indicators[" + i + "].unit", SourceLocation.cell(sheet, 17 + i, 6));
                                p.put("indicators[" + i + "].score", SourceLocation.cell(sheet, 17 + i, 11));
                                p.put("indicators[" + i + "].weight", SourceLocation.cell(sheet, 17 + i, 12));
                            }
                            List<ReadIssue> issues = badWeight ? List.of(new ReadIssue(ReadException.BAD_CELL,
                                    "indicators[0].weight", SourceLocation.cell(sheet, 17, 12),
                                    "'十' is not a number; 权重 expects one")) : List.of();
                            forms.add(new ReadReport(r, "test-form", p.build(), issues));
                        }
                        return forms;
                    }
                }
                """;
        Path classes = compile(dir.resolve("forms-classes"), "com/example/reader/FormsReader.java", source);
        return jar(dir.resolve("forms-reader.jar"), classes, Map.of(
                "META-INF/services/io.github.selfeval.export.ReportReader", "com.example.reader.FormsReader\n"));
    }

    /** A jar whose reader services file names a class it does not contain. */
    static Path missingReader(Path dir) throws IOException {
        return jar(dir.resolve("broken-reader.jar"), null, Map.of(
                "META-INF/services/io.github.selfeval.export.ReportReader", "com.example.reader.MissingReader\n"));
    }

    /** A jar whose services file names a class it does not contain. */
    static Path missingProvider(Path dir) throws IOException {
        return jar(dir.resolve("broken-provider.jar"), null, Map.of(
                "META-INF/services/io.github.selfeval.export.ReportExporter", "com.example.plugin.MissingExporter\n"));
    }

    /** A jar whose services file names an audit check class that is not in it. */
    static Path missingCheck(Path dir) throws IOException {
        return jar(dir.resolve("broken-check.jar"), null, Map.of(
                "META-INF/services/io.github.selfeval.scoring.AuditCheck", "com.example.check.MissingCheck\n"));
    }

    /** A file named .jar that is not a zip. */
    static Path corrupt(Path dir) throws IOException {
        return Files.writeString(dir.resolve("corrupt.jar"), "not a zip file", StandardCharsets.UTF_8);
    }

    /** A jar adding a rule pack: the hebei pack under another id, listed in its INDEX. */
    static Path rulePack(Path dir, String id, String hebeiJson) throws IOException {
        String pack = hebeiJson.replaceFirst("\"id\"\\s*:\\s*\"hebei\"", "\"id\": \"" + id + "\"");
        assertTrue(pack.contains("\"id\": \"" + id + "\""), "the id was replaced");
        return jar(dir.resolve(id + ".jar"), null, Map.of(
                "META-INF/selfeval/packs/INDEX", id + "\n",
                "META-INF/selfeval/packs/" + id + ".json", pack));
    }

    private static Path compile(Path classes, String name, String source) throws IOException {
        Path src = classes.resolveSibling(classes.getFileName() + "-src").resolve(name);
        Files.createDirectories(src.getParent());
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Files.createDirectories(classes);
        // javac through java.util.spi.ToolProvider (java.base): this test module need not read java.compiler.
        ToolProvider javac = ToolProvider.findFirst("javac").orElse(null);
        assertTrue(javac != null, "a JDK is needed to compile the test plugin (java.home=" + System.getProperty("java.home") + ")");
        StringWriter log = new StringWriter();
        int code = javac.run(new PrintWriter(log, true), new PrintWriter(log, true), "--release", "17", "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), src.toString());
        assertTrue(code == 0, () -> "compiling the plugin failed:\n" + log);
        return classes;
    }

    private static Path jar(Path jar, Path classes, Map<String, String> resources) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            if (classes != null) {
                List<Path> files = new ArrayList<>();
                try (var s = Files.walk(classes)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
                for (Path f : files) {
                    out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, String> e : resources.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
