package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Grade;
import io.github.selfeval.model.SelfEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed (2023 姜各庄镇人民政府部门整体绩效自评报告) scored and audited: the form's own total is
 * reproduced, and the audit names exactly the problems DOMAIN.md §5 lists that the model can
 * represent.
 */
class SeedScoringTest {
    private final SelfEvaluation seed = Seeds.seed();

    /** The findings every pack must report on the seed (DOMAIN.md §5). */
    private static List<String> commonFindings() {
        return List.of(
                // 预算执行进度(%) left blank although 2819.17 / 3746.68 gives 75.24.
                "EXECUTION_RATE_MISSING WARNING budget.declaredExecutionRate - 75.24",
                // Goals 5 and 6 appear only in the completion column; goal 7 only in the goal column.
                "COMPLETION_WITHOUT_GOAL WARNING goals.items[4].target - -",
                "COMPLETION_WITHOUT_GOAL WARNING goals.items[5].target - -",
                "GOAL_WITHOUT_COMPLETION WARNING goals.items[6].completion - -",
                // 生态效益指标 › 改善困难群众生活 reads as a social benefit.
                "UNLIKELY_INDICATOR_CLASS WARNING indicators[6].level2 生态效益指标 社会效益指标",
                // 百分号 written for %.
                "UNIT_WRITTEN_AS_WORD INFO indicators[1].unit 百分号 %",
                "UNIT_WRITTEN_AS_WORD INFO indicators[2].unit 百分号 %",
                "UNIT_WRITTEN_AS_WORD INFO indicators[7].unit 百分号 %");
    }

    private static List<String> describe(ScoreCard card) {
        return card.findings().stream()
                .map(f -> f.code() + " " + f.severity() + " " + f.path() + " " + f.declared().orElse("-") + " "
                        + f.computed().orElse("-"))
                .toList();
    }

    private static void assertFindings(List<String> expected, ScoreCard card) {
        List<String> actual = describe(card);
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(),
                () -> "findings under " + card.packId() + "/" + card.rounding().name() + ":\n  "
                        + String.join("\n  ", actual));
    }

    @Test
    void hebeiReproducesTheFormsTotalsAndFlagsNoRoundingMismatch() {
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei")).score(seed);

        assertEquals(0, new BigDecimal("91.024").compareTo(card.rawTotalScore()), card.rawTotalScore().toPlainString());
        assertEquals("91", card.totalScore().toPlainString());
        assertEquals(Grade.EXCELLENT, card.grade());
        assertEquals(Optional.of(new BigDecimal("75.24")), card.budgetExecutionRate().map(p -> p.points()));
        IndicatorScore budget = card.indicators().get(8);
        assertEquals(IndicatorScore.ScoreSource.BUDGET_EXECUTION, budget.source());
        assertEquals("75.24", budget.score().toPlainString());
        assertEquals(0, new BigDecimal("7.524").compareTo(budget.rawWeightedScore()));
        assertEquals("7.5", budget.weightedScore().toPlainString());
        assertEquals("18.0", card.indicators().get(0).weightedScore().toPlainString());
        assertEquals(Presentation.WEIGHTED, card.presentation());

        assertFindings(commonFindings(), card);
    }

    @Test
    void defaultRoundingFlagsTheFormsRoundedBudgetScoreAndTotal() {
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei"), RoundingPolicy.DEFAULT).score(seed);

        assertEquals("91.02", card.totalScore().toPlainString());
        assertEquals("7.52", card.indicators().get(8).weightedScore().toPlainString());
        List<String> expected = new ArrayList<>(commonFindings());
        expected.add("WEIGHTED_SCORE_MISMATCH ERROR indicators[8].weightedScore 7.5 7.52");
        expected.add("TOTAL_SCORE_MISMATCH ERROR declaredTotalScore 91 91.02");
        assertFindings(expected, card);
        assertEquals(Severity.ERROR, card.findings().get(0).severity(), "most severe first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hebei", "national", "chongqing", "sichuan"})
    void everyPackGivesTheSameRawTotal(String pack) {
        ScoreCard card = Scorer.of(RulePacks.standard().get(pack)).score(seed);
        assertEquals("91.024", card.rawTotalScore().toPlainString(), "written exactly, without trailing zeros");
        for (Presentation p : Presentation.values()) {
            ScoreCard shown = Scorer.builder(RulePacks.standard().get(pack)).presentation(p).build().score(seed);
            assertEquals("91.024", shown.rawTotalScore().toPlainString(), pack + " " + p);
        }
        assertTrue(describe(card).containsAll(commonFindings()), () -> String.join("\n", describe(card)));
    }

    @Test
    void nationalAsksForDeviationReasonsOnEveryRowBelowFullMarks() {
        ScoreCard card = Scorer.of(RulePacks.standard().get("national")).score(seed);

        assertEquals(Presentation.POINTS, card.presentation());
        assertEquals("91.02", card.totalScore().toPlainString());
        List<String> expected = new ArrayList<>(commonFindings());
        expected.add("WEIGHTED_SCORE_MISMATCH ERROR indicators[8].weightedScore 7.5 7.52");
        expected.add("TOTAL_SCORE_MISMATCH ERROR declaredTotalScore 91 91.02");
        String[] scores = {"90.00", "90.00", "90.00", "95.00", "95.00", "95.00", "95.00", "95.00", "75.24"};
        for (int i = 0; i < scores.length; i++) {
            expected.add("DEVIATION_REASON_MISSING WARNING indicators[" + i + "].deviationReason - " + scores[i]);
        }
        assertFindings(expected, card);
    }

    @Test
    void sichuanAsksToExplainAnExecutionRateBelowNinety() {
        ScoreCard card = Scorer.of(RulePacks.standard().get("sichuan")).score(seed);

        List<Finding> low = card.findings(FindingCode.LOW_EXECUTION_RATE_UNEXPLAINED);
        assertEquals(1, low.size());
        assertEquals("indicators[8].deviationReason", low.get(0).path());
        assertEquals(Optional.of("75.24"), low.get(0).declared());
        assertEquals(Optional.of("90"), low.get(0).computed());
        // Sichuan weighs 产出 60 by default; the seed gives it 50.
        assertEquals(1, card.findings(FindingCode.LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT).size());
    }

    @Test
    void theReportsOwnPackIsUsedByForReport() {
        Scorer scorer = Scorer.forReport(seed);
        assertEquals("hebei", scorer.pack().id());
        assertEquals("91", scorer.score(seed).totalScore().toPlainString());
        Scorer unnamed = Scorer.forReport(seed.toBuilder().pack(null).build());
        assertEquals(Scorer.DEFAULT_PACK, unnamed.pack().id());
    }

    @Test
    void everyFindingCarriesBothLanguages() {
        ScoreCard card = Scorer.of(RulePacks.standard().get("national")).score(seed);
        for (Finding f : card.findings()) {
            assertTrue(f.messageZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), f.messageZh());
            assertTrue(f.messageEn().chars().anyMatch(c -> c >= 'a' && c <= 'z'), f.messageEn());
        }
    }
}
