package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void displayWidthCountsCjkAsTwo() {
        assertEquals(4, DisplayWidth.of("优良"));
        assertEquals(5, DisplayWidth.of("a优良"));
        assertEquals(2, DisplayWidth.of("％"));
        assertEquals(1, DisplayWidth.of("≥"));
        assertEquals("优  ", DisplayWidth.pad("优", 4, false));
    }
}
