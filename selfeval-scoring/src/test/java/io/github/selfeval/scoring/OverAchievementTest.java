package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.testsupport.Examples;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 130 % rule (DOMAIN.md §9): 完成值 ≥ 130 % of the target is 指标偏离 — two points off (one platform's manual) or
 * an explanation due (Guangxi), as the pack says; the sign is read inside the 年度指标值 cell as forms print it.
 */
class OverAchievementTest {
    private static final RulePack NATIONAL = RulePacks.standard().get("national");

    /** Shanghai 2022 with its first row (10 points, declared 10) written as {@code expected} / {@code actual}. */
    private static SelfEvaluation shanghai(String expected, String actual) {
        SelfEvaluation r = Examples.report("2022-shanghai-putuo-tiyu.json");
        List<Indicator> rows = new ArrayList<>(r.indicators());
        rows.set(0, rows.get(0).toBuilder().expected(expected).actual(actual).build());
        return r.toBuilder().indicators(rows).build();
    }

    private static Scorer deducting() {
        return Scorer.builder(NATIONAL).scheme(NATIONAL.scheme().withOverAchievement(
                Optional.of(new OverAchievementRule(new BigDecimal("1.3"), BigDecimal.valueOf(2))))).build();
    }

    private static Scorer explaining() {
        return Scorer.builder(NATIONAL).audit(new AuditRules(true, Optional.empty(), Optional.of(new BigDecimal("1.3")),
                AuditRules.DEFAULT_UNIT_WORDS, Optional.empty())).build();
    }

    private static List<String> describe(ScoreCard card) {
        return card.findings().stream().map(f -> f.code() + " " + f.path() + " " + f.declared().orElse("-") + " "
                + f.computed().orElse("-")).sorted().toList();
    }

    @Test
    void reachingHundredAndThirtyPercentCostsTwoPointsWhereThePackDeducts() {
        // ≥100个 against 130个: 130 ≥ 1.3 × 100, so 10 points − 2 = 8; the form's 10 and 98.62 no longer add up.
        ScoreCard card = deducting().score(shanghai("≥100个", "130个"));
        assertEquals("8.00", card.indicators().get(0).weightedScore().toPlainString());
        assertEquals("96.62", card.totalScore().toPlainString());
        assertEquals(List.of(
                "COMPLETION_WITHOUT_GOAL goals.items[0].target - -",
                // Below full marks now, the deviation wants its reason like any other.
                "DEVIATION_REASON_MISSING indicators[0].deviationReason - 80.00",
                "EXECUTION_RATE_MISMATCH budget.declaredExecutionRate 86.19 86.18",
                "OVER_ACHIEVEMENT_DEDUCTED indicators[0].score 10 8",
                "TOTAL_SCORE_MISMATCH declaredTotalScore 98.62 96.62",
                "WEIGHTED_SCORE_MISMATCH indicators[0].weightedScore 10 8.00"), describe(card));
        // Just below the ratio, and on a reverse row, nothing is deducted.
        assertTrue(deducting().score(shanghai("≥100个", "129.99个")).findings(FindingCode.OVER_ACHIEVEMENT_DEDUCTED)
                .isEmpty());
        assertTrue(deducting().score(shanghai("≤100个", "140个")).findings(FindingCode.OVER_ACHIEVEMENT_DEDUCTED)
                .isEmpty());
        // Never below 0: a two-point deduction on a row worth one point leaves 0.
        SelfEvaluation r = shanghai("≥100个", "200个");
        List<Indicator> rows = new ArrayList<>(r.indicators());
        rows.set(0, rows.get(0).toBuilder().weight("1").weightedScore("1").build());
        IndicatorScore one = deducting().score(r.toBuilder().indicators(rows).build()).indicators().get(0);
        assertEquals(0, one.rawWeightedScore().signum(), one::toString);
        assertEquals(0, one.score().signum(), one::toString);
    }

    @Test
    void theExplanationRuleReadsTheSignInsideTheCell() {
        // No 符号 column: the ≥ is printed in the cell, as on most forms; units agree (个).
        ScoreCard card = explaining().score(shanghai("≥100个", "150个"));
        assertEquals(List.of("OVER_ACHIEVEMENT_UNEXPLAINED indicators[0].deviationReason 150 130.0"),
                describe(card).stream().filter(d -> d.startsWith("OVER")).toList());
        // Units that differ say nothing of each other; a reverse sign is no over-achievement; an explanation suffices.
        assertTrue(explaining().score(shanghai("≥100个", "150米")).findings(FindingCode.OVER_ACHIEVEMENT_UNEXPLAINED)
                .isEmpty());
        assertTrue(explaining().score(shanghai("≤100个", "150个")).findings(FindingCode.OVER_ACHIEVEMENT_UNEXPLAINED)
                .isEmpty());
        SelfEvaluation explained = shanghai("≥100个", "150个");
        List<Indicator> rows = new ArrayList<>(explained.indicators());
        rows.set(0, rows.get(0).toBuilder().deviationReason("年中追加任务").build());
        assertTrue(explaining().score(explained.toBuilder().indicators(rows).build())
                .findings(FindingCode.OVER_ACHIEVEMENT_UNEXPLAINED).isEmpty());
    }

    @Test
    void thePackSetsTheDeductionAndRefusesWhatItDoesNotKnow() {
        String pack = "{\"id\":\"oa\",\"name\":\"n\",\"catalogue\":\"2020\",\"rounding\":\"default\","
                + "\"scheme\":{\"presentation\":\"points\",\"indicatorBands\":\"qualitative-shares\","
                + "\"overAchievement\":{\"ratio\":1.3,\"deducton\":2}}}";
        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> RulePacks.load(new ByteArrayInputStream(pack.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("scheme.overAchievement.deducton: unknown key 'deducton'"), e.getMessage());
        RulePack ok = RulePacks.load(new ByteArrayInputStream(pack.replace("deducton", "deduction")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(new OverAchievementRule(new BigDecimal("1.3"), BigDecimal.valueOf(2))),
                ok.scheme().overAchievement());
        SelfEvalException ratio = assertThrows(SelfEvalException.class, () -> RulePacks.load(new ByteArrayInputStream(
                pack.replace("deducton", "deduction").replace("1.3", "0.9").getBytes(StandardCharsets.UTF_8))));
        assertTrue(ratio.getMessage().contains("scheme.overAchievement: ratio must be above 1"), ratio.getMessage());
    }
}
