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

    /** A jar whose services file names a class it does not contain. */
    static Path missingProvider(Path dir) throws IOException {
        return jar(dir.resolve("broken-provider.jar"), null, Map.of(
                "META-INF/services/io.github.selfeval.export.ReportExporter", "com.example.plugin.MissingExporter\n"));
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
