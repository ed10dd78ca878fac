package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSeedIsValid() {
        Cli.Result r = Cli.run("validate", Cli.SEED);
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r::toString);
        assertTrue(lines.get(0).contains("校验通过") && lines.get(0).contains("姜各庄镇人民政府"), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void aWeightOf120IsAViolationNamingItsPath() throws IOException {
        Path bad = dir.resolve("weight-120.json");
        String seed = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        // The third indicator's weight 10 becomes 120.
        int third = nthIndex(seed, "\"weight\"", 3);
        int comma = seed.indexOf(',', third);
        Files.writeString(bad, seed.substring(0, third) + "\"weight\": 120" + seed.substring(comma), StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", bad, "--lang", "en");
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r::toString);
        assertTrue(Pattern.matches("indicators\\[2]\\.weight: .*100.*", lines.get(0)), r::toString);
        assertFalse(r.all().contains("Exception"), r::toString);
    }

    @Test
    void aTruncatedFileIsUnreadableWithLineAndColumn() throws IOException {
        Path bad = dir.resolve("truncated.json");
        String seed = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        Files.writeString(bad, seed.substring(0, seed.length() / 2), StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", bad);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(Pattern.compile("truncated\\.json: line \\d+, column \\d+").matcher(r.err()).find(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertFalse(r.all().contains("\tat "), "no stack trace: " + r);
    }

    @Test
    void aMissingFileIsUnreadable() {
        Cli.Result r = Cli.run("validate", dir.resolve("nope.json"));
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("nope.json: no such file"), r::toString);
    }

    @Test
    void theSummaryLinesAreAllChineseInZhModeAndAllEnglishInEnMode() throws IOException {
        Cli.Result zh = Cli.run("validate", Cli.SEED);
        assertEquals(0, zh.exit(), zh::toString);
        assertTrue(zh.out().contains(": 校验通过 — 2023 年度"), zh::toString);
        assertFalse(zh.out().contains("valid"), "no English in zh mode: " + zh);
        Cli.Result en = Cli.run("validate", Cli.SEED, "--lang", "en");
        assertTrue(en.out().contains(": valid — ") && en.out().contains(", 9 indicators"), en::toString);
        assertFalse(en.out().contains("校验"), en::toString);

        Path bad = dir.resolve("weight-120.json");
        String seed = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        int first = nthIndex(seed, "\"weight\"", 1);
        Files.writeString(bad, seed.substring(0, first) + "\"weight\": 120" + seed.substring(seed.indexOf(',', first)),
                StandardCharsets.UTF_8);
        Cli.Result badZh = Cli.run("validate", bad);
        assertEquals(1, badZh.exit(), badZh::toString);
        assertEquals(bad + ": 校验未通过 — 1 处违规", badZh.err().strip(), badZh::toString);
        Cli.Result badEn = Cli.run("validate", bad, "--lang", "en");
        assertEquals(bad + ": invalid — 1 violation", badEn.err().strip(), "singular for one: " + badEn);
    }

    @Test
    void chineseIsTheDefaultLanguageOfViolations() throws IOException {
        Path bad = dir.resolve("weight-120.json");
        String seed = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        int first = nthIndex(seed, "\"weight\"", 1);
        int comma = seed.indexOf(',', first);
        Files.writeString(bad, seed.substring(0, first) + "\"weight\": 120" + seed.substring(comma), StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", bad);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().startsWith("indicators[0].weight: "), r::toString);
        assertTrue(r.out().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), r::toString);
    }

    @Test
    void bothDebugAndHelpWork() {
        Cli.Result help = Cli.run("validate", "--help");
        assertEquals(0, help.exit(), help::toString);
        assertTrue(help.out().contains("--lang"), help::toString);

        Cli.Result debug = Cli.run("validate", dir.resolve("nope.json"), "--debug");
        assertEquals(2, debug.exit(), debug::toString);
        assertTrue(debug.err().contains("\tat "), "--debug prints the stack trace: " + debug);
    }

    static int nthIndex(String s, String what, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf(what, at + 1);
        }
        return at;
    }
}
