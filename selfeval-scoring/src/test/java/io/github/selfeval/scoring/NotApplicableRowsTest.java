package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.testsupport.Examples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows printed {@code /} or {@code 不适用} are dropped and the rest rescaled to 100, as the pack says. */
class NotApplicableRowsTest {

    /** Shanghai 2022 with its 时效指标 row (20 points) printed as not applicable. */
    private static SelfEvaluation shanghaiWithRowNotApplicable(String mark) {
        SelfEvaluation r = Examples.report("2022-shanghai-putuo-tiyu.json");
        List<Indicator> rows = new ArrayList<>(r.indicators());
        rows.set(2, rows.get(2).toBuilder().expected(mark).actual(mark).weightedScore((java.math.BigDecimal) null)
                .build());
        return r.toBuilder().indicators(rows).build();
    }

    private static List<String> describe(ScoreCard card) {
        return card.findings().stream().map(f -> f.code() + " " + f.path() + " " + f.declared().orElse("-") + " "
                + f.computed().orElse("-")).sorted().toList();
    }

    @Test
    void aRowPrintedNotApplicableIsDroppedAndTheRestRescaledToHundred() {
        ScoreCard card = Scorer.of(RulePacks.standard().get("national")).score(shanghaiWithRowNotApplicable("/"));
        // 8.62 (funds) + 10 + 20 + 30 + 10 = 78.62 of 80 points (the 20-point row dropped); × 100 / 80 = 98.275 → 98.28.
        assertEquals(IndicatorScore.ScoreSource.NOT_APPLICABLE, card.indicators().get(2).source());
        assertEquals(0, card.indicators().get(2).rawWeightedScore().signum());
        assertEquals("98.28", card.totalScore().toPlainString());
        // Exact: (8.618304 + 70) × 100 / 80 = 98.27288.
        assertEquals(0, new java.math.BigDecimal("98.27288").compareTo(card.rawTotalScore()), card.rawTotalScore()::toString);
        assertEquals(List.of(
                "COMPLETION_WITHOUT_GOAL goals.items[0].target - -",
                "EXECUTION_RATE_MISMATCH budget.declaredExecutionRate 86.19 86.18",
                "INDICATOR_NOT_APPLICABLE indicators[2].actual / 20",
                // The form's own 98.62 counted the row: against the rescaled 98.28 it is a mismatch.
                "TOTAL_RESCALED_FOR_NOT_APPLICABLE declaredTotalScore 78.62 98.28",
                "TOTAL_SCORE_MISMATCH declaredTotalScore 98.62 98.28"), describe(card));
    }

    @Test
    void marksCompareAsTheyLookAndTheWordCounts() {
        for (String mark : List.of("／", "不适用", "—", " / ")) {
            ScoreCard card = Scorer.of(RulePacks.standard().get("national")).score(shanghaiWithRowNotApplicable(mark));
            assertEquals(IndicatorScore.ScoreSource.NOT_APPLICABLE, card.indicators().get(2).source(), mark);
        }
        // A row that still declares its 得分 was scored by the form: it stands.
        SelfEvaluation r = Examples.report("2022-shanghai-putuo-tiyu.json");
        List<Indicator> rows = new ArrayList<>(r.indicators());
        rows.set(2, rows.get(2).toBuilder().expected("/").actual("/").build());
        ScoreCard card = Scorer.of(RulePacks.standard().get("national")).score(r.toBuilder().indicators(rows).build());
        assertEquals(IndicatorScore.ScoreSource.DECLARED, card.indicators().get(2).source());
        assertEquals("98.62", card.totalScore().toPlainString());
    }

    @Test
    void withoutRescalingTheRowIsOnlyDroppedAndWithoutTheRuleItIsAMissingScore() {
        RulePack national = RulePacks.standard().get("national");
        SelfEvaluation r = shanghaiWithRowNotApplicable("不适用");
        ScoreCard dropped = Scorer.builder(national).scheme(national.scheme()
                .withNotApplicable(new NotApplicableRule(NotApplicableRule.PRINTED_MARKS, false))).build().score(r);
        assertEquals("78.62", dropped.totalScore().toPlainString());
        assertTrue(dropped.findings(FindingCode.TOTAL_RESCALED_FOR_NOT_APPLICABLE).isEmpty());
        assertFalse(dropped.findings(FindingCode.INDICATOR_NOT_APPLICABLE).isEmpty());

        ScoreCard none = Scorer.builder(national).scheme(national.scheme().withNotApplicable(NotApplicableRule.NONE))
                .build().score(r);
        assertEquals(IndicatorScore.ScoreSource.DECLARED, none.indicators().get(2).source());
        assertFalse(none.findings(FindingCode.SCORE_MISSING).isEmpty(), describe(none).toString());
    }

    @Test
    void thePackSaysWhichMarksAndAMisspeltKeyIsRefused() {
        String pack = "{\"id\":\"na\",\"name\":\"n\",\"catalogue\":\"2020\",\"rounding\":\"default\","
                + "\"scheme\":{\"presentation\":\"points\",\"indicatorBands\":\"qualitative-shares\","
                + "\"notApplicable\":{\"marks\":[\"无此项\"],\"rescal\":true}}}";
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> RulePacks.load(
                new ByteArrayInputStream(pack.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("scheme.notApplicable.rescal: unknown key 'rescal'"), e.getMessage());
        assertTrue(e.getMessage().contains("marks, rescale"), e.getMessage());
        RulePack ok = RulePacks.load(new ByteArrayInputStream(pack.replace("rescal\"", "rescale\"")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("无此项"), ok.scheme().notApplicable().marks());
        assertTrue(ok.scheme().notApplicable().rescale());
    }
}
