package io.github.selfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./selfeval} launcher, run as a user runs it, with a plugin in a jar of its own: a CSV exporter
 * compiled here against the CLI's fat jar. The launcher is copied into a temporary folder (its plugins/ folder
 * is beside it) and runs the jar the reactor built through {@code SELFEVAL_JAR}, so it never builds; the build
 * path is driven with a stand-in {@code mvnw}, so that nothing is built into the repository or installed.
 */
class LauncherTest {

    static final long TIMEOUT_SECONDS = 300;

    @TempDir
    static Path work;

    static Path launcher;
    static Path cliJar;
    static Path seed;
    static Path csvJar;
    static Path brokenJar;
    static Path corruptJar;
    /** A copy of the launcher with the plugin in its plugins/ folder. */
    static Path withPluginsFolder;
    /** A copy of the launcher with no plugins/ folder. */
    static Path bare;
    /** The launcher's stderr the first time it ran the jar. */
    static Run first;

    record Run(int exit, String out, String err, List<String> command) {
        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        String bash = findBash();
        Assumptions.assumeTrue(bash != null, () -> skip("no bash on this machine (the launcher is a bash script)"));
        Path root = Path.of(System.getProperty("selfeval.it.repositoryRoot", "..")).toAbsolutePath().normalize();
        launcher = root.resolve("selfeval");
        cliJar = Path.of(System.getProperty("selfeval.it.cliJar", root.resolve("selfeval-cli/target/selfeval.jar").toString()));
        seed = root.resolve("examples/2023-jiangezhuang.json");
        if (!Files.isRegularFile(cliJar)) {
            fail("no " + cliJar + ": package selfeval-cli first (the reactor does: ./mvnw -B verify)");
        }
        // A jar of our own, so that the training run making the class-data archive writes beside it, not into
        // selfeval-cli/target.
        Path lib = Files.createDirectories(work.resolve("lib"));
        Files.copy(cliJar, lib.resolve("selfeval.jar"));
        cliJar = lib.resolve("selfeval.jar");

        Path plugins = Files.createDirectories(work.resolve("jars"));
        csvJar = csvPlugin(plugins.resolve("csv-exporter.jar"));
        brokenJar = jar(plugins.resolve("broken-provider.jar"), null,
                Map.of("META-INF/services/io.github.selfeval.export.ReportExporter", "com.example.selfeval.plugin.Missing\n"));
        corruptJar = Files.writeString(plugins.resolve("corrupt.jar"), "not a zip", StandardCharsets.UTF_8);

        withPluginsFolder = install(work.resolve("home-plugins"), root);
        Files.createDirectories(withPluginsFolder.resolveSibling("plugins"));
        Files.copy(csvJar, withPluginsFolder.resolveSibling("plugins").resolve("csv-exporter.jar"));
        bare = install(work.resolve("home-bare"), root);

        first = run(withPluginsFolder, Map.of("SELFEVAL_JAR", cliJar.toString()), "formats");
    }

    private static String skip(String why) {
        String message = "LauncherTest skipped: " + why;
        System.out.println(message);
        return message;
    }

    private static String findBash() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "bash"))) {
                return Path.of(dir, "bash").toString();
            }
        }
        return null;
    }

    /** The launcher copied into a folder of its own, with the example its training run exports. */
    private static Path install(Path home, Path root) throws IOException {
        Files.createDirectories(home.resolve("examples"));
        Path copy = home.resolve("selfeval");
        Files.copy(launcher, copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(root.resolve("examples/2023-jiangezhuang.json"), home.resolve("examples/2023-jiangezhuang.json"));
        return copy;
    }

    static Run run(Path script, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> e = pb.environment();
        e.remove("SELFEVAL_PLUGIN_PATH");
        e.remove("SELFEVAL_JAR");
        e.remove("SELFEVAL_JAVA_OPTS");
        e.remove("SELFEVAL_CDS");
        // The JDK running the tests, as mvnw would take it.
        e.put("JAVA_HOME", System.getProperty("java.home"));
        e.putAll(env);
        String label = "run-" + System.nanoTime();
        Path out = work.resolve(label + ".out");
        Path err = work.resolve(label + ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("the launcher did not finish within " + TIMEOUT_SECONDS + " s: " + command + "\n" + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), command);
    }

    private static List<String> ids(Run r) {
        // The export formats' table ends at the first blank line; the readers' and roll-up formats' follow.
        return r.out().lines().skip(1).takeWhile(l -> !l.isBlank()).map(l -> l.split(" ")[0]).toList();
    }

    // ------------------------------------------------------------------ plugins

    @Test
    void aJarInThePluginsFolderBesideTheLauncherIsListedByFormats() {
        assertEquals(0, first.exit(), first::toString);
        assertEquals(List.of("csv", "docx", "markdown", "pdf", "xlsx"), ids(first), first::toString);
    }

    @Test
    void exportWritesTheFormatOfAPluginNamedBySelfevalPluginPath() throws Exception {
        Path out = work.resolve("out-env");
        Run r = run(bare, Map.of("SELFEVAL_JAR", cliJar.toString(), "SELFEVAL_PLUGIN_PATH", csvJar.toString()),
                "export", seed.toString(), "--format", "csv", "-o", out + "/");
        assertEquals(0, r.exit(), r::toString);
        assertCsv(out.resolve("2023-jiangezhuang.csv"), r);
    }

    @Test
    void exportWritesTheFormatOfAPluginNamedByPluginPath() throws Exception {
        Path out = work.resolve("out-option");
        Run r = run(bare, Map.of("SELFEVAL_JAR", cliJar.toString()), "export", seed.toString(), "--format", "csv,xlsx",
                "-o", out.toString(), "--plugin-path", csvJar.getParent().toString());
        assertEquals(0, r.exit(), r::toString);
        assertCsv(out.resolve("2023-jiangezhuang.csv"), r);
        assertTrue(Files.isRegularFile(out.resolve("2023-jiangezhuang.xlsx")), r::toString);
        assertTrue(r.err().contains("warning: plugin") && r.err().contains("corrupt.jar"),
                "the folder's corrupt jar is named: " + r);
    }

    private static void assertCsv(Path csv, Run r) throws IOException {
        assertTrue(Files.isRegularFile(csv), r::toString);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("indicator,weightedScore", lines.get(0), r::toString);
        assertEquals(1 + 9 + 1, lines.size(), String.join("\n", lines));
        assertEquals("项目支出钱数（万元）,18.0", lines.get(1));
        assertEquals("total,91", lines.get(lines.size() - 1));
    }

    @Test
    void brokenPluginsAreReportedByFormatsWithoutHidingTheOthers() throws Exception {
        Run r = run(bare, Map.of("SELFEVAL_JAR", cliJar.toString(), "SELFEVAL_PLUGIN_PATH", csvJar.toString()),
                "formats", "--plugin-path", brokenJar + File.pathSeparator + corruptJar);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("csv", "docx", "markdown", "pdf", "xlsx"), ids(r), r::toString);
        assertTrue(r.err().contains(corruptJar + ": not a readable jar"), r::toString);
        assertTrue(r.err().contains("com.example.selfeval.plugin.Missing"), r::toString);
    }

    @Test
    void withoutThePluginCsvIsAnUnknownFormat() throws Exception {
        Run r = run(bare, Map.of("SELFEVAL_JAR", cliJar.toString()), "export", seed.toString(), "--format", "csv",
                "-o", work.resolve("out-none") + "/");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown format; known formats: docx, markdown, pdf, xlsx"), r::toString);
    }

    // ------------------------------------------------------------------ the launcher itself

    @Test
    void theFirstRunSaysItMakesTheClassDataArchiveAndTheNextDoesNot() throws Exception {
        assertTrue(first.err().contains("making the class-data archive"), first::toString);
        assertTrue(Files.isRegularFile(cliJar.resolveSibling("selfeval.jsa")), "the archive is beside the jar");
        Run again = run(bare, Map.of("SELFEVAL_JAR", cliJar.toString()), "formats");
        assertEquals(0, again.exit(), again::toString);
        assertEquals("", again.err(), again::toString);
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed() throws Exception {
        Run r = run(bare, Map.of("SELFEVAL_JAR", cliJar.toString(), "JAVA_HOME", work.resolve("no-jdk").toString()), "formats");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("JAVA_HOME") && r.err().contains("bin/java"), r::toString);
    }

    @Test
    void aMissingSelfevalJarIsNamed() throws Exception {
        Run r = run(bare, Map.of("SELFEVAL_JAR", work.resolve("nope.jar").toString()), "formats");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("SELFEVAL_JAR=") && r.err().contains("no such file"), r::toString);
    }

    /**
     * The build, with a stand-in for {@code mvnw} that logs its arguments, prints Maven's reactor lines and
     * puts the jar in place: the launcher packages (never installs), shows one line per module, and two first
     * runs at once build once.
     */
    @Test
    void twoFirstRunsAtOnceBuildOnceWithPackageAndShowTheModules() throws Exception {
        Path home = work.resolve("home-build");
        Path script = install(home, Path.of(System.getProperty("selfeval.it.repositoryRoot", "..")).toAbsolutePath().normalize());
        Files.writeString(home.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(home.resolve("selfeval-cli/src/main"));
        Path calls = home.resolve("mvnw-calls");
        Path mvnw = home.resolve("mvnw");
        Files.writeString(mvnw, String.join("\n",
                "#!/usr/bin/env bash",
                "echo \"$@\" >> '" + calls + "'",
                "echo '[INFO] Scanning for projects...'",
                "echo '[INFO] Building selfeval-model 0.1.0-SNAPSHOT                       [1/2]'",
                "sleep 2",
                "echo '[INFO] Building jar: /somewhere/selfeval-model.jar'",
                "echo '[INFO] Building selfeval-cli 0.1.0-SNAPSHOT                         [2/2]'",
                "mkdir -p selfeval-cli/target",
                "cp '" + cliJar + "' selfeval-cli/target/selfeval.jar",
                "echo '[INFO] BUILD SUCCESS'",
                ""));
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));

        Map<String, String> env = Map.of("SELFEVAL_CDS", "off");
        Run[] runs = new Run[2];
        Thread other = new Thread(() -> {
            try {
                runs[1] = run(script, env, "formats");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        runs[0] = run(script, env, "formats");
        other.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        for (Run r : runs) {
            assertEquals(0, r.exit(), r::toString);
            assertEquals(List.of("docx", "markdown", "pdf", "xlsx"), ids(r), r::toString);
        }
        List<String> invocations = Files.readAllLines(calls);
        assertEquals(1, invocations.size(), "built once: " + invocations + "\n" + runs[0] + "\n" + runs[1]);
        assertTrue(invocations.get(0).contains("package") && !invocations.get(0).contains("install"), invocations.get(0));
        assertTrue(invocations.get(0).contains("-pl selfeval-cli -am"), invocations.get(0));
        String builder = runs[0].err().contains("building selfeval") ? runs[0].err() : runs[1].err();
        assertTrue(builder.contains("[1/2] selfeval-model") && builder.contains("[2/2] selfeval-cli"), builder);
        assertFalse(builder.contains("Building jar"), "only the reactor lines: " + builder);

        // Built and fresh: the next run builds nothing and says nothing.
        Run third = run(script, env, "formats");
        assertEquals(0, third.exit(), third::toString);
        assertEquals("", third.err(), third::toString);
        assertEquals(1, Files.readAllLines(calls).size());
    }

    // ------------------------------------------------------------------ the plugin jar

    private static Path csvPlugin(Path jar) throws IOException {
        Path root = resource("launcher-plugin");
        Path classes = Files.createDirectories(work.resolve("csv-classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-Xlint:all", "-Werror",
                "-cp", cliJar.toString(), "-d", classes.toString()));
        try (Stream<Path> s = Files.walk(root.resolve("src"))) {
            s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        ToolProvider javac = ToolProvider.findFirst("javac")
                .orElseThrow(() -> new IllegalStateException("run the tests on a JDK: no javac"));
        StringWriter log = new StringWriter();
        int code = javac.run(new PrintWriter(log, true), new PrintWriter(log, true), args.toArray(String[]::new));
        assertEquals(0, code, () -> "compiling the plugin failed:\n" + log);
        return jar(jar, classes, Map.of("META-INF/services/io.github.selfeval.export.ReportExporter",
                Files.readString(root.resolve("resources/META-INF/services/io.github.selfeval.export.ReportExporter"))));
    }

    private static Path jar(Path jar, Path classes, Map<String, String> resources) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            if (classes != null) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(classes)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
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

    private static Path resource(String name) {
        URL url = LauncherTest.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource /" + name + " missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
