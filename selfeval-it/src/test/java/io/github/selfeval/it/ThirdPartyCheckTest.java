package io.github.selfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's audit check, compiled into its own jar at test time against the published jars, is discovered
 * by an application that uses only the public scoring API — on the class path and on the module path, each in a
 * JVM of its own: it runs next to the built-in checks, reads its texts from its own bundle, the application's
 * {@code FindingMessages_en.properties} overrides its English text and one of the library's own (a key of
 * {@code findings_en.properties}), and a rule pack can switch its code off.
 */
class ThirdPartyCheckTest {

    static final String CHECK_ID = "example-whole-total";
    static final String CHECK_MODULE = "com.example.selfeval.checks";

    @TempDir
    static Path work;

    static Path checkJar;
    static Path probeJar;

    @BeforeAll
    static void buildTheJars() throws IOException {
        // The exporter test's helpers compile, jar and run in its work folder: this class's own.
        ThirdPartyExporterTest.work = work;
        ThirdPartyExporterTest.buildTheJars();
        // The consumer project's check (.ci/consumer builds it outside the reactor too), its main sources only.
        Path check = Path.of("src/test/consumer/check/src/main").toAbsolutePath();
        checkJar = ThirdPartyExporterTest.compileAndJar("third-party-check", check.resolve("java"),
                check.resolve("resources"), ThirdPartyExporterTest.runtime, "example-checks.jar");
        probeJar = ThirdPartyExporterTest.compileAndJar("check-probe", ThirdPartyExporterTest.runtime,
                "check-probe.jar");
    }

    private static List<Path> path() {
        List<Path> p = new ArrayList<>(ThirdPartyExporterTest.runtime);
        p.add(checkJar);
        p.add(probeJar);
        return p;
    }

    private static String join(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    /** What both runs share: listed beside the built-in check, run on the seed, its texts, the pack's switch. */
    private static void assertFoundAndRun(ThirdPartyExporterTest.Run run) {
        assertEquals(0, run.exitCode(), run::describe);
        List<String> ids = Arrays.asList(run.values().getOrDefault("ids", "").split(","));
        assertEquals(List.of(CHECK_ID, "funds-parts"), ids, run.describe());
        assertEquals(null, run.values().get("failure"), "load failures\n" + run.describe());
        // The seed declares 91 and scores 91 under hebei.
        assertEquals("INFO declaredTotalScore 91 91", run.values().get("finding"), run.describe());
        assertEquals("申报总分 91，计算总分 91", run.values().get("zh"), "the plugin's own Chinese text\n" + run.describe());
        assertEquals("total as declared 91 / as computed 91", run.values().get("en"),
                "the application's override of the plugin's English text\n" + run.describe());
        // A library text the application overrides (UNIT_WRITTEN_AS_WORD, moved to the bundle in 0.3), its
        // Chinese left as the library has it.
        assertEquals("row 2: the unit '百分号' is written '%'", run.values().get("unit.en"),
                "the application's override of a library text\n" + run.describe());
        assertEquals("第 2 行单位写作「百分号」，应为「%」", run.values().get("unit.zh"), run.describe());
        assertEquals("0", run.values().get("quiet"), "a pack switching the plugin's code off\n" + run.describe());
    }

    @Test
    void aThirdPartyCheckIsDiscoveredOnTheClassPath() throws Exception {
        ThirdPartyExporterTest.Run run = ThirdPartyExporterTest.runJava(List.of("-cp", join(path()),
                "com.example.checkprobe.CheckProbe", ThirdPartyExporterTest.seed.toString()), "check-classpath");
        assertFoundAndRun(run);
        assertEquals("unnamed", run.values().get("probe.module"), run.describe());
        assertEquals("unnamed", run.values().get("module." + CHECK_ID), run.describe());
    }

    @Test
    void aThirdPartyCheckIsDiscoveredOnTheModulePath() throws Exception {
        ThirdPartyExporterTest.Run run = ThirdPartyExporterTest.runJava(List.of("-p", join(path()), "-m",
                "com.example.checkprobe/com.example.checkprobe.CheckProbe", ThirdPartyExporterTest.seed.toString()),
                "check-modulepath");
        assertFoundAndRun(run);
        assertEquals("com.example.checkprobe", run.values().get("probe.module"), run.describe());
        assertEquals(CHECK_MODULE, run.values().get("module." + CHECK_ID),
                "bound through 'provides' in its module-info\n" + run.describe());
        assertEquals("io.github.selfeval.scoring", run.values().get("module.funds-parts"), run.describe());
        assertTrue(run.stderr().isBlank(), run.describe());
    }
}
