package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.internal.DisplayWidth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The text rendering of a card: declared and computed side by side, aligned by display width. */
class ScoreCardTextTest {

    private static List<String> tableLines(String text) {
        List<String> lines = Arrays.asList(text.split("\n"));
        int end = lines.indexOf("");
        return lines.subList(1, end);
    }

    @Test
    void columnsLineUpByDisplayWidth() {
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei"), RoundingPolicy.DEFAULT).score(Seeds.seed());
        String text = ScoreCardText.render(card, Locale.CHINESE);
        List<String> table = tableLines(text);
        // header, rule, 9 rows, rule, total
        assertEquals(13, table.size(), text);
        // Right-aligned last column: every row (not the rules) ends at the same display column.
        int width = DisplayWidth.of(table.get(0));
        for (String line : table) {
            if (!line.startsWith("-")) {
                assertEquals(width, DisplayWidth.of(line), () -> "misaligned: " + line + "\n" + text);
            }
        }
        assertTrue(table.get(10).contains("75.24") && table.get(10).contains("7.52"), table.get(10));
        assertTrue(table.get(10).matches(".*\\s7\\.5\\s+7\\.52"), "declared next to computed: " + table.get(10));
        assertTrue(text.contains("自评得分：申报 91，计算 91.02（精确值 91.024），等级 优"), text);
        assertTrue(text.contains("预算执行进度：申报 —，计算 75.24%"), text);
        assertTrue(text.contains("[错误] TOTAL_SCORE_MISMATCH  declaredTotalScore  申报 91，计算 91.02"), text);
    }

    @Test
    void englishLabelsAndPointsColumns() {
        ScoreCard card = Scorer.of(RulePacks.standard().get("national")).score(Seeds.seed());
        String text = ScoreCardText.render(card, Locale.ENGLISH);
        assertTrue(text.lines().skip(1).findFirst().orElseThrow().contains("Points"), text);
        assertTrue(text.contains("Total score: declared 91, computed 91.02 (exact 91.024), grade 优"), text);
        assertTrue(text.contains("[WARNING] DEVIATION_REASON_MISSING"), text);
    }

    /**
     * Under points the columns are 得分系数 (declared, computed), 分值, 得分 (declared, computed): no two share a
     * name; a points mismatch is explained in points; a requirement reads as one.
     */
    @Test
    void pointsColumnsAreNamedOnceAndRequirementsReadAsRequirements() {
        SelfEvaluation r = io.github.selfeval.testsupport.Examples.report("2019-hebei-langfang-nuantong.json");
        RulePack national = RulePacks.standard().get("national");
        ScoreCard card = Scorer.builder(national).scheme(national.scheme().withQuantitative(QuantitativeRule.LINEAR
                .withoutSymbol(QuantitativeRule.WithoutSymbol.POSITIVE))).build().score(r);
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            String text = ScoreCardText.render(card, locale);
            List<String> header = Arrays.asList(text.lines().skip(1).findFirst().orElseThrow().trim().split("\\s{2,}"));
            assertEquals(header.size(), new java.util.HashSet<>(header).size(), "a column name twice: " + header);
        }
        String zh = ScoreCardText.render(card, Locale.CHINESE);
        assertTrue(zh.lines().skip(1).findFirst().orElseThrow().matches(
                ".*得分系数%\\(申报\\)\\s+得分系数%\\(计算\\)\\s+分值\\s+得分\\(申报\\)\\s+得分\\(计算\\).*"), zh);
        // 10 × 37.24 / 43.2: the row's share 86.2037…% (86.20 at two places) of its 10 points.
        Finding row = card.findings(FindingCode.WEIGHTED_SCORE_MISMATCH).get(0);
        assertTrue(row.message(Locale.CHINESE).contains("申报得分 9，得分系数 86.20% × 分值 10 = 8.62"),
                row.message(Locale.CHINESE));
        assertTrue(row.message(Locale.ENGLISH).contains("declares a score (得分) of 9; its share 86.20% × 10 points = 8.62"),
                row.message(Locale.ENGLISH));

        SelfEvaluation wrong = r.toBuilder().indicators(r.indicators().stream().map(i -> i.toBuilder()
                .weight(i.weight().orElseThrow().add(java.math.BigDecimal.ONE)).build()).toList()).build();
        ScoreCard over = Scorer.of(national).score(wrong);
        String text = ScoreCardText.render(over, Locale.CHINESE);
        Finding sum = over.findings(FindingCode.WEIGHTS_NOT_100).get(0);
        assertTrue(text.contains("WEIGHTS_NOT_100  indicators  申报 " + sum.declared().orElseThrow() + "，应为 100"), text);
        assertTrue(!text.contains("计算 100\n"), text);
        assertTrue(ScoreCardText.render(over, Locale.ENGLISH).contains("required 100"));
        assertTrue(sum.message(Locale.ENGLISH).contains("points (分值) sum to"), sum.message(Locale.ENGLISH));
    }

    @Test
    void everyColumnHasItsOwnNameInBothPresentationsAndLanguages() {
        for (Presentation p : Presentation.values()) {
            for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                java.util.Set<String> names = new java.util.HashSet<>();
                for (ScoreColumn c : ScoreColumn.values()) {
                    assertTrue(names.add(c.label(p, l)), p + " " + l + " " + c);
                }
            }
        }
    }

    @Test
    void displayWidthCountsCjkAsTwo() {
        assertEquals(4, DisplayWidth.of("优良"));
        assertEquals(5, DisplayWidth.of("a优良"));
        assertEquals(2, DisplayWidth.of("％"));
        assertEquals(1, DisplayWidth.of("≥"));
        assertEquals("优  ", DisplayWidth.pad("优", 4, false));
    }
}
