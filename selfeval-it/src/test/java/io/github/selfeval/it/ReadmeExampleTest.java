package io.github.selfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java the documentation shows compiles, without warnings, and does what its comments say: the
 * README's "Ten lines of Java" block and docs/embedding.md's "Plain Java" block are taken from the
 * Markdown as they stand (imports and statements, wrapped in a {@code main}), compiled against the
 * library, and run in a fresh JVM in a directory holding the seed as {@code report.json}.
 *
 * <p>With exactly the documented dependencies, and outside the reactor, {@code .ci/consumer} does the
 * same on the class path and the module path and checks that nothing else is printed.
 */
class ReadmeExampleTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theReadmesTenLinesCompileAndScoreTheSeed() throws Exception {
        List<String> out = compileAndRun("README.md", "## Ten lines of Java", "ReadmeExample");

        assertEquals("91 优", out.get(0), "card.totalScore() + \" \" + card.grade().label(), as the comment says");
        assertEquals(8, out.size() - 1, "one line per finding (the README says 8): " + out);
        assertTrue(out.subList(1, out.size()).stream().allMatch(l -> l.matches("(ERROR|WARNING|INFO) [A-Z_]+ .+")),
                "severity code path message: " + out);
        assertPdf();
    }

    @Test
    void theGuidesPlainJavaCompilesAndScoresTheSeed() throws Exception {
        List<String> out = compileAndRun("docs/embedding.md", "## Plain Java", "GuideExample");

        assertEquals("91 优", out.get(0));
        assertEquals(8, out.size() - 1, "one line per finding: " + out);
        assertPdf();
    }

    private void assertPdf() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.isRegularFile(pdf), "the example writes report.pdf");
        byte[] head = new byte[5];
        System.arraycopy(Files.readAllBytes(pdf), 0, head, 0, 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
    }

    /** Extracts the first Java block after {@code heading}, compiles it as {@code name}, runs it, returns stdout. */
    private List<String> compileAndRun(String markdown, String heading, String name) throws Exception {
        Path root = Path.of(System.getProperty("selfeval.it.repositoryRoot"));
        String text = Files.readString(root.resolve(markdown), StandardCharsets.UTF_8);
        int at = text.indexOf(heading);
        assertTrue(at >= 0, markdown + " has no heading '" + heading + "'");
        Matcher m = JAVA_BLOCK.matcher(text);
        assertTrue(m.find(at), markdown + " has no ```java block after '" + heading + "'");
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : m.group(1).split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).add(line);
        }
        String source = "package example;\n\n" + String.join("\n", imports) + "\n\npublic final class " + name + " {\n"
                + "    private " + name + "() {\n    }\n\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + body.stream().map(l -> l.isBlank() ? "" : "        " + l).collect(Collectors.joining("\n"))
                + "\n    }\n}\n";
        Path src = Files.createDirectories(dir.resolve("src/example")).resolve(name + ".java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = System.getProperty("java.class.path");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            fail("no system Java compiler: run the tests on a JDK (java.home=" + System.getProperty("java.home") + ")");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, files, diagnostics,
                    List.of("--release", "17", "-encoding", "UTF-8", "-Xlint:all", "-cp", classPath,
                            "-d", classes.toString()),
                    null, files.getJavaFileObjectsFromPaths(List.of(src))).call();
            String messages = diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            assertTrue(ok && diagnostics.getDiagnostics().isEmpty(),
                    "the block of " + markdown + " must compile without warnings as shown:\n" + messages + "\n" + source);
        }

        Files.copy(Path.of(System.getProperty("selfeval.it.seed")), dir.resolve("report.json"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The test class path has POI's Log4j API but no provider: its silent simple provider, as the
        // CLI sets it (an application brings its own, see docs/embedding.md "Logging").
        List<String> command = List.of(java.toString(), "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Dlog4j2.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
                "-Dlog4j2.simplelogLevel=OFF",
                "-cp", classes + File.pathSeparator + classPath, "example." + name);
        Path stdout = dir.resolve(name + ".out");
        Path stderr = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(name + " did not finish in 3 minutes");
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), name + " failed:\n" + out + "\n" + err);
        return out.lines().toList();
    }
}
