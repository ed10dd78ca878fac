package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.scoring.RulePacks;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins given with {@code --plugin-path}: jars loaded by one child class loader that the exporter and
 * rule-pack registries share. (The launcher's plugins/ folder and SELFEVAL_PLUGIN_PATH are tested through
 * the launcher in selfeval-it.)
 */
class PluginsTest {

    @TempDir
    static Path jars;

    @TempDir
    Path dir;

    static Path csv;
    static Path missingProvider;
    static Path corrupt;

    @BeforeAll
    static void makeTheJars() throws IOException {
        csv = PluginJars.csvExporter(jars);
        missingProvider = PluginJars.missingProvider(jars);
        corrupt = PluginJars.corrupt(jars);
    }

    private static List<String> formatIds(Cli.Result r) {
        // The export formats' table comes first and ends at the first blank line (the readers' follows).
        return r.out().lines().skip(1).takeWhile(l -> !l.isBlank()).map(l -> l.split(" ")[0]).toList();
    }

    @Test
    void withoutPluginsThereIsNoCsv() {
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "csv", "-o", dir + "/");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown format"), r::toString);
    }

    @Test
    void aPluginJarAddsItsFormatBesideTheBundledOnes() {
        Cli.Result r = Cli.run("formats", "--plugin-path", csv);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("csv", "docx", "markdown", "pdf", "xlsx"), formatIds(r), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void exportWritesThePluginsFormat() throws IOException {
        // --plugin-path before the subcommand works as well as after it.
        Cli.Result r = Cli.run("--plugin-path", csv, "export", Cli.SEED, "--format", "csv,markdown", "-o", dir);
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = Files.readAllLines(dir.resolve("2023-jiangezhuang.csv"), StandardCharsets.UTF_8);
        assertEquals("indicator,weightedScore", lines.get(0));
        assertEquals(1 + 9 + 1, lines.size(), String.join("\n", lines));
        assertEquals("项目支出钱数（万元）,18.0", lines.get(1));
        assertEquals("total,91", lines.get(lines.size() - 1));
        assertTrue(Files.isRegularFile(dir.resolve("2023-jiangezhuang.md")));
    }

    @Test
    void aFolderOfPluginsWithBrokenOnesListsTheGoodAndNamesTheBad() {
        Cli.Result r = Cli.run("formats", "--plugin-path", jars);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("csv", "docx", "markdown", "pdf", "xlsx"), formatIds(r), "the broken ones hide nothing: " + r);
        assertTrue(r.err().contains(corrupt.getFileName() + ": not a readable jar"), r::toString);
        assertTrue(r.err().contains("com.example.plugin.MissingExporter"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void severalEntriesAreSeparatedByThePathSeparatorOrRepeated() {
        Cli.Result joined = Cli.run("formats", "--plugin-path", corrupt + File.pathSeparator + csv);
        assertEquals(0, joined.exit(), joined::toString);
        assertTrue(formatIds(joined).contains("csv"), joined::toString);
        assertTrue(joined.err().contains("corrupt.jar"), joined::toString);

        Cli.Result repeated = Cli.run("--plugin-path", corrupt, "formats", "--plugin-path", csv);
        assertEquals(0, repeated.exit(), repeated::toString);
        assertTrue(formatIds(repeated).contains("csv") && repeated.err().contains("corrupt.jar"), repeated::toString);
    }

    @Test
    void anotherCommandWarnsOnceAboutABrokenJarAndGoesOn() {
        Cli.Result r = Cli.run("export", Cli.SEED, "--format", "csv", "-o", dir + "/", "--plugin-path",
                corrupt + File.pathSeparator + csv);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("selfeval: warning: plugin ")).count(), r::toString);
        assertTrue(r.err().contains("corrupt.jar: not a readable jar"), r::toString);
    }

    @Test
    void aPluginPathThatDoesNotExistIsAUsageErrorForAnyCommand() {
        Path missing = dir.resolve("nowhere.jar");
        for (String command : List.of("formats", "validate", "score")) {
            Cli.Result r = command.equals("formats") ? Cli.run(command, "--plugin-path", missing)
                    : Cli.run(command, Cli.SEED, "--plugin-path", missing);
            assertEquals(2, r.exit(), r::toString);
            assertEquals("selfeval: --plugin-path " + missing + ": no such file or folder", r.err().strip(), r::toString);
        }
        Cli.Result help = Cli.run("formats", "--help", "--plugin-path", missing);
        assertEquals(0, help.exit(), "help needs no plugins: " + help);
    }

    @Test
    void aPluginRulePackIsFoundThroughTheSameClassLoader() throws IOException {
        String hebei;
        try (InputStream in = RulePacks.class.getClassLoader().getResourceAsStream("META-INF/selfeval/packs/hebei.json")) {
            hebei = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path pack = PluginJars.rulePack(dir, "plugin-province", hebei);
        Cli.Result without = Cli.run("score", Cli.SEED, "--pack", "plugin-province");
        assertEquals(2, without.exit(), without::toString);

        Cli.Result r = Cli.run("score", Cli.SEED, "--pack", "plugin-province", "--plugin-path", pack + File.pathSeparator + csv);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("规则包 plugin-province"), r::toString);
    }

    @Test
    void aPluginsAuditCheckRunsInScore() throws IOException {
        Path check = PluginJars.auditCheck(dir);
        Cli.Result without = Cli.run("score", Cli.SEED, "--format", "json");
        assertEquals(0, without.exit(), without::toString);
        assertFalse(without.out().contains(PluginJars.CHECK_CODE), without::toString);

        Cli.Result r = Cli.run("score", Cli.SEED, "--format", "json", "--plugin-path", check.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("\"" + PluginJars.CHECK_CODE + "\""), r::toString);
        assertTrue(r.out().contains("the plugin check saw the total 91") || r.out().contains("插件审核项看到了总分 91"),
                r::toString);
    }

    @Test
    void formatsListsTheAuditChecksAndNamesABrokenOneWithItsJar() throws IOException {
        Path good = PluginJars.auditCheck(dir);
        Path broken = PluginJars.missingCheck(dir);
        Cli.Result r = Cli.run("formats", "--plugin-path", good + File.pathSeparator + broken);
        assertEquals(0, r.exit(), r::toString);
        List<String> checks = r.out().lines().dropWhile(l -> !l.equals("audit checks:")).skip(2)
                .takeWhile(l -> !l.isBlank()).toList();
        assertEquals(2, checks.size(), r::toString);
        assertTrue(checks.get(0).startsWith("funds-parts") && checks.get(0).contains("built in"), r::toString);
        assertTrue(checks.get(1).startsWith("plugin-check") && checks.get(1).contains("audit-check.jar")
                && checks.get(1).contains("says it saw the report"), r::toString);
        assertTrue(r.err().contains("audit checks that could not be loaded:"), r::toString);
        String line = r.err().lines().filter(l -> l.contains("com.example.check.MissingCheck")).findFirst()
                .orElse("");
        assertTrue(line.contains("(" + broken.toAbsolutePath().normalize() + ")"), "the jar is named: " + r);
        assertTrue(line.contains("MissingCheck") && line.indexOf(": ") > 0, r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        // The score command runs the good check beside the broken one.
        Cli.Result scored = Cli.run("score", Cli.SEED, "--format", "json", "--plugin-path",
                good + File.pathSeparator + broken);
        assertEquals(0, scored.exit(), scored::toString);
        assertTrue(scored.out().contains("\"" + PluginJars.CHECK_CODE + "\""), scored::toString);
    }
}
