package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(Cli.Result r) throws IOException {
        assertEquals(0, r.exit(), r::toString);
        return JSON.readTree(r.out());
    }

    private static BigDecimal number(JsonNode n) {
        return new BigDecimal(n.asText());
    }

    @Test
    void theSeedScores91024BeforeRoundingUnderEveryPack() throws IOException {
        for (String pack : List.of("hebei", "national", "chongqing")) {
            JsonNode card = json(Cli.run("score", Cli.SEED, "--format", "json", "--pack", pack));
            assertEquals(0, new BigDecimal("91.024").compareTo(number(card.get("rawTotalScore"))), pack + ": " + card);
        }
    }

    @Test
    void underHebeiTheTotalIsTheForms91WithoutAMismatch() throws IOException {
        JsonNode card = json(Cli.run("score", Cli.SEED, "--format", "json", "--pack", "hebei"));
        assertEquals(0, new BigDecimal("91").compareTo(number(card.get("totalScore"))), card::toString);
        List<String> codes = codes(card);
        assertTrue(!codes.contains("TOTAL_SCORE_MISMATCH") && !codes.contains("WEIGHTED_SCORE_MISMATCH"), codes::toString);
        assertTrue(codes.contains("EXECUTION_RATE_MISSING"), codes::toString);
    }

    @Test
    void defaultRoundingGives9102AndNamesBothMismatches() throws IOException {
        JsonNode card = json(Cli.run("score", Cli.SEED, "--format", "json", "--rounding", "default"));
        assertEquals(0, new BigDecimal("91.02").compareTo(number(card.get("totalScore"))), card::toString);
        assertEquals("91.02", card.get("totalScore").asText(), "plain decimal");
        JsonNode weighted = find(card, "WEIGHTED_SCORE_MISMATCH");
        assertEquals("indicators[8].weightedScore", weighted.get("path").asText());
        assertEquals("7.5", weighted.get("declared").asText());
        assertEquals("7.52", weighted.get("computed").asText());
        JsonNode total = find(card, "TOTAL_SCORE_MISMATCH");
        assertEquals("91", total.get("declared").asText());
        assertEquals("91.02", total.get("computed").asText());
        JsonNode rate = find(card, "EXECUTION_RATE_MISSING");
        assertEquals("75.24", rate.get("computed").asText());
    }

    @Test
    void textIsATableWithTotalsAndFindings() {
        Cli.Result r = Cli.run("score", Cli.SEED);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("群众满意度") && r.out().contains("91.024") && r.out().contains("EXECUTION_RATE_MISSING"), r::toString);
    }

    @Test
    void failOnTurnsFindingsIntoExit4() {
        Cli.Result warnings = Cli.run("score", Cli.SEED, "--fail-on", "warning");
        assertEquals(4, warnings.exit(), warnings::toString);
        assertTrue(warnings.err().contains("--fail-on warning"), warnings::toString);
        // Under hebei the seed has no ERROR finding, only warnings and infos.
        Cli.Result errors = Cli.run("score", Cli.SEED, "--fail-on", "error", "--pack", "hebei");
        assertEquals(0, errors.exit(), errors::toString);
        Cli.Result defaultRounding = Cli.run("score", Cli.SEED, "--fail-on", "error", "--rounding", "default");
        assertEquals(4, defaultRounding.exit(), defaultRounding::toString);
    }

    @Test
    void invalidAndUnreadableReportsAndBadOptions() throws IOException {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        assertEquals(2, Cli.run("score", empty).exit());

        Path bad = dir.resolve("bad.json");
        String seed = Files.readString(Cli.SEED, StandardCharsets.UTF_8);
        int w = seed.indexOf("\"weight\"");
        Files.writeString(bad, seed.substring(0, w) + "\"weight\": 120" + seed.substring(seed.indexOf(',', w)),
                StandardCharsets.UTF_8);
        Cli.Result invalid = Cli.run("score", bad, "--lang", "en");
        assertEquals(1, invalid.exit(), invalid::toString);
        assertTrue(invalid.err().contains("indicators[0].weight"), invalid::toString);

        Cli.Result unknownPack = Cli.run("score", Cli.SEED, "--pack", "atlantis");
        assertEquals(2, unknownPack.exit(), unknownPack::toString);
        assertTrue(unknownPack.err().contains("hebei"), "lists the known packs: " + unknownPack);

        Cli.Result badOption = Cli.run("score", Cli.SEED, "--format", "yaml");
        assertEquals(2, badOption.exit(), badOption::toString);
        assertTrue(badOption.err().contains("--format"), badOption::toString);
    }

    @Test
    void aReportNamingAnUnknownPackIsInvalidInputNamingFileAndField() throws IOException {
        Path atlantis = dir.resolve("atlantis.json");
        Files.writeString(atlantis, Files.readString(Cli.SEED, StandardCharsets.UTF_8)
                .replace("\"pack\": \"hebei\"", "\"pack\": \"atlantis\""), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("score", atlantis);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("atlantis.json: pack: ") && r.err().contains("hebei"), r::toString);
        assertEquals(0, Cli.run("score", atlantis, "--pack", "hebei").exit(), "--pack overrides the report's");
    }

    @Test
    void pointsPresentationKeepsTheTotal() throws IOException {
        JsonNode card = json(Cli.run("score", Cli.SEED, "--format", "json", "--scheme", "points", "--pack", "hebei"));
        assertEquals("points", card.get("presentation").asText(), card::toString);
        assertEquals(0, new BigDecimal("91.024").compareTo(number(card.get("rawTotalScore"))));
    }

    private static List<String> codes(JsonNode card) {
        List<String> codes = new ArrayList<>();
        card.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    private static JsonNode find(JsonNode card, String code) {
        for (JsonNode f : card.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + code + " in " + card);
    }
}
