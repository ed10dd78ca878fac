package io.github.selfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's exporter, compiled into its own jar at test time against the published jars, is
 * discovered by an application that uses only the public API — on the class path and on the module
 * path, each in a JVM of its own.
 *
 * <p>The jars the child JVMs run with are this module's runtime class path (selfeval-export with
 * scoring, the model and their libraries, and the Markdown exporter), which Maven hands over in the
 * system property {@value #RUNTIME_PATH}.
 */
class ThirdPartyExporterTest {

    static final String RUNTIME_PATH = "selfeval.it.runtimePath";
    static final String SEED = "selfeval.it.seed";
    static final String THIRD_PARTY_ID = "example-csv";
    static final String THIRD_PARTY_MODULE = "com.example.selfeval.csv";
    static final long CHILD_TIMEOUT_SECONDS = 120;

    @TempDir
    static Path work;

    static List<Path> runtime;
    static Path thirdPartyJar;
    static Path probeJar;
    static Path seed;

    @BeforeAll
    static void buildTheJars() throws IOException {
        String path = System.getProperty(RUNTIME_PATH);
        if (path == null || path.isBlank() || path.startsWith("${")) {
            fail("system property " + RUNTIME_PATH + " is not set: run through Maven (mvn -pl selfeval-it verify), "
                    + "which sets it from the dependency plugin's build-classpath");
        }
        runtime = Arrays.stream(path.split(File.pathSeparator)).map(Path::of).toList();
        runtime.forEach(p -> assertTrue(Files.isRegularFile(p), "runtime jar missing: " + p));
        seed = Path.of(System.getProperty(SEED, "../examples/2023-jiangezhuang.json")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(seed), "seed report missing: " + seed);

        thirdPartyJar = compileAndJar("third-party", runtime, "example-csv-exporter.jar");
        probeJar = compileAndJar("probe", runtime, "probe.jar");
    }

    /** Compiles {@code <name>/src} (a module, with its module-info) and jars it with {@code <name>/resources}. */
    static Path compileAndJar(String name, List<Path> modulePath, String jarName) throws IOException {
        Path root = resource(name);
        return compileAndJar(name, root.resolve("src"), root.resolve("resources"), modulePath, jarName);
    }

    /** Compiles the sources under {@code src} (a module, with its module-info) and jars them with {@code resources}. */
    static Path compileAndJar(String name, Path src, Path resources, List<Path> modulePath, String jarName)
            throws IOException {
        Path classes = Files.createDirectories(work.resolve(name + "-classes"));
        List<Path> sources;
        try (Stream<Path> s = Files.walk(src)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            fail("no system Java compiler: run the tests on a JDK, not a JRE (java.home=" + System.getProperty("java.home") + ")");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-Xlint:all",
                    "--module-path", join(modulePath), "-d", classes.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                fail("compiling " + name + " failed:\n" + diagnostics.getDiagnostics().stream()
                        .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n")));
            }
            List<Diagnostic<? extends JavaFileObject>> warnings = diagnostics.getDiagnostics();
            assertEquals(List.of(), warnings.stream().map(d -> d.getMessage(Locale.ROOT)).toList(),
                    "the " + name + " sources compile without warnings");
        }
        Path jar = work.resolve(jarName);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            addTree(out, classes);
            if (Files.isDirectory(resources)) {
                addTree(out, resources);
            }
        }
        return jar;
    }

    private static void addTree(JarOutputStream out, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            out.putNextEntry(new JarEntry(dir.relativize(f).toString().replace(File.separatorChar, '/')));
            Files.copy(f, out);
            out.closeEntry();
        }
    }

    private static Path resource(String name) {
        URL url = ThirdPartyExporterTest.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource /" + name + " missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** What a child JVM printed and left behind. */
    record Run(int exitCode, Map<String, String> values, String stdout, String stderr, List<String> command) {
        String describe() {
            return "command: " + String.join(" ", command) + "\nexit code: " + exitCode + "\n--- stdout ---\n" + stdout
                    + "\n--- stderr ---\n" + stderr;
        }
    }

    static Run runJava(List<String> arguments, String label) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(arguments);
        Path out = work.resolve(label + ".stdout");
        Path err = work.resolve(label + ".stderr");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        if (!p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("child JVM (" + label + ") did not finish within " + CHILD_TIMEOUT_SECONDS + " s\ncommand: "
                    + String.join(" ", command) + "\n--- stderr ---\n" + read(err));
        }
        String stdout = read(out);
        Map<String, String> values = new LinkedHashMap<>();
        stdout.lines().filter(l -> l.contains("=")).forEach(l -> values.merge(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1), (a, b) -> a + "\n" + b));
        return new Run(p.exitValue(), values, stdout, read(err), command);
    }

    private static File nullDevice() {
        return new File(isWindows() ? "NUL" : "/dev/null");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks both runs share: listed, no failures, file written and readable as CSV. */
    static void assertDiscoveredAndWritten(Run run, Path output) throws IOException {
        assertEquals(0, run.exitCode(), run::describe);
        List<String> ids = Arrays.asList(run.values().getOrDefault("ids", "").split(","));
        assertTrue(ids.contains(THIRD_PARTY_ID), "the third-party id is not listed\n" + run.describe());
        assertTrue(ids.contains("markdown"), "the in-repository exporter is not listed next to it\n" + run.describe());
        assertEquals(null, run.values().get("failure"), "load failures\n" + run.describe());
        assertTrue(Files.isRegularFile(output), "no output written\n" + run.describe());

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertEquals("department,indicator,weight,weightedScore", lines.get(0));
        assertEquals(1 + 9 + 1, lines.size(), "header, the seed's nine indicators, total:\n" + String.join("\n", lines));
        assertEquals("\"姜各庄镇人民政府\",\"项目支出钱数（万元）\",20,18.0", lines.get(1));
        assertEquals("total,,,91", lines.get(lines.size() - 1));
        try (Stream<Path> s = Files.list(output.getParent())) {
            assertEquals(List.of(output), s.toList(), "only the output in its directory: no temporary file left");
        }
    }

    @Test
    void aThirdPartyExporterIsDiscoveredOnTheClassPath() throws Exception {
        Path output = Files.createDirectories(work.resolve("cp")).resolve("seed.csv");
        List<Path> classPath = new ArrayList<>(runtime);
        classPath.add(thirdPartyJar);
        classPath.add(probeJar);

        Run run = runJava(List.of("-cp", join(classPath), "com.example.probe.Probe", seed.toString(), output.toString(),
                THIRD_PARTY_ID), "classpath");

        assertDiscoveredAndWritten(run, output);
        assertEquals("unnamed", run.values().get("probe.module"), run.describe());
        assertEquals("unnamed", run.values().get("module." + THIRD_PARTY_ID), "loaded from the class path\n" + run.describe());
    }

    @Test
    void aThirdPartyExporterIsDiscoveredOnTheModulePath() throws Exception {
        Path output = Files.createDirectories(work.resolve("mp")).resolve("seed.csv");
        List<Path> modulePath = new ArrayList<>(runtime);
        modulePath.add(thirdPartyJar);
        modulePath.add(probeJar);

        Run run = runJava(List.of("-p", join(modulePath), "-m", "com.example.probe/com.example.probe.Probe",
                seed.toString(), output.toString(), THIRD_PARTY_ID), "modulepath");

        assertDiscoveredAndWritten(run, output);
        assertEquals("com.example.probe", run.values().get("probe.module"), run.describe());
        assertEquals(THIRD_PARTY_MODULE, run.values().get("module." + THIRD_PARTY_ID),
                "bound through 'provides' in its module-info\n" + run.describe());
        assertEquals("io.github.selfeval.export.markdown", run.values().get("module.markdown"), run.describe());
    }

    @Test
    void anExistingOutputIsNotOverwrittenByTheChild() throws Exception {
        Path output = Files.createDirectories(work.resolve("exists")).resolve("seed.csv");
        Files.writeString(output, "keep me");
        List<Path> classPath = new ArrayList<>(runtime);
        classPath.add(thirdPartyJar);
        classPath.add(probeJar);

        Run run = runJava(List.of("-cp", join(classPath), "com.example.probe.Probe", seed.toString(), output.toString(),
                THIRD_PARTY_ID), "exists");

        assertTrue(run.exitCode() != 0, run::describe);
        assertTrue(run.stderr().contains("OUTPUT_EXISTS") || run.stderr().contains("file exists"), run.describe());
        assertEquals("keep me", Files.readString(output));
    }
}
