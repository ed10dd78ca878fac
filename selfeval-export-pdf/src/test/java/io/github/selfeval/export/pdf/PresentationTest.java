package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the form shows when the computed values differ from the declared ones, and other presentations. */
class PresentationTest {

    private static String text(ScoreCard card, ExportOptions options) throws IOException {
        return SeedPdf.squeeze(SeedPdf.text(SeedPdf.export(card, options)).replaceAll("— \\d+ —", ""));
    }

    @Test
    void computedValuesComeFirstAndDeclaredOnesBesideThemWhenTheyDiffer() throws IOException {
        // Under the default rounding (2 places) 75.24 × 10% = 7.52 and the total 91.02: the form wrote 7.5 and 91.
        ScoreCard exact = Scorer.of(RulePacks.standard().get("hebei"), RoundingPolicy.DEFAULT).score(SeedPdf.report());
        String t = text(exact, ExportOptions.builder().deterministic(true).build());
        assertTrue(t.contains("7.52（填报：7.5）"), "the 预算执行率 row does not show 7.52 beside the declared 7.5");
        assertTrue(t.contains("91.02（填报：91）"), "the total does not show 91.02 beside the declared 91");
        // Under the seed's own rounding nothing differs, so nothing is shown twice.
        assertFalse(text(SeedPdf.card(), ExportOptions.builder().deterministic(true).build()).contains("填报："));
    }

    @Test
    void thePointsPresentationShowsCoefficientsPointsAndScores() throws IOException {
        String t = text(SeedPdf.card(), ExportOptions.builder().deterministic(true).presentation(Presentation.POINTS)
                .build());
        assertTrue(t.contains("得分系数(%)分值得分"), "the points presentation's headers are missing");
        assertFalse(t.contains("单项指标折算得分"));
    }

    @Test
    void theAuditSpeaksTheOptionsLanguageWhileTheFormStaysChinese() throws IOException {
        ScoreCard card = SeedPdf.card();
        Finding first = card.findings().get(0);
        String en = text(card, ExportOptions.builder().deterministic(true).locale(Locale.ENGLISH).build());
        assertTrue(en.contains(SeedPdf.squeeze(first.messageEn())), "the English finding is missing");
        assertTrue(en.contains("四、年度绩效指标完成情况"), "the form's labels must stay Chinese");
        String zh = text(card, ExportOptions.builder().deterministic(true).build());
        assertTrue(zh.contains(SeedPdf.squeeze(first.messageZh())), "the Chinese finding is missing");
    }
}
