package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.testsupport.Examples;
import io.github.selfeval.testsupport.Reports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The row rules' invariants: a rule-scored row earns 0…分值; raising 完成值 never lowers a positive row's score and
 * never raises a reverse row's; dropping a not-applicable row keeps the total within [0, 100].
 */
class RuleScoringProperties {
    private static final int EXAMPLES = 1_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The packs that score rows by rule: with and without a rule for rows that print no comparison. */
    private static final List<Scorer> RULE_SCORERS = List.of("national", "hebei-project", "hubei", "sichuan",
            "chongqing", "anhui").stream().map(id -> Scorer.of(RulePacks.standard().get(id))).toList();
    private static final SelfEvaluation SHANGHAI = Examples.report("2022-shanghai-putuo-tiyu.json");

    private static QuickTheory qt1000() {
        return qt().withExamples(EXAMPLES + EXAMPLES / 20);
    }

    private static Gen<Scorer> scorers() {
        return Generate.pick(RULE_SCORERS);
    }

    /** A comparison printed in the cell, as a 符号 column, or none (the pack's rule for rows without one). */
    private static Gen<String> signs() {
        return Generate.pick(List.of("≥", "＞", ">=", "≤", "<", "=", "", "＝"));
    }

    /** Numbers as forms print them: 0–2000 with up to two places. */
    private static Gen<BigDecimal> numbers() {
        return integers().between(0, 200_000).map(i -> BigDecimal.valueOf(i, 2));
    }

    private static Gen<String> units() {
        return Generate.pick(List.of("", "%", "米", "万元", "个"));
    }

    /** Shanghai 2022 with its first row (10 points) replaced by a generated one. */
    private static SelfEvaluation withFirstRow(String expected, String actual, BigDecimal weight) {
        List<Indicator> rows = new ArrayList<>(SHANGHAI.indicators());
        rows.set(0, rows.get(0).toBuilder().expected(expected).actual(actual).weight(weight)
                .weightedScore((BigDecimal) null).build());
        return SHANGHAI.toBuilder().indicators(rows).build();
    }

    @Test
    void aRuleScoredRowEarnsBetweenZeroAndItsPoints() {
        qt1000().forAll(signs().zip(units(), (a, b) -> List.of(a, b)), numbers(), numbers(), scorers())
                .checkAssert((signAndUnit, target, actual, s) -> {
            String sign = signAndUnit.get(0);
            String unit = signAndUnit.get(1);
            BigDecimal weight = BigDecimal.TEN;
            IndicatorScore row = s.score(withFirstRow(sign + target.toPlainString() + unit,
                    actual.toPlainString() + unit, weight)).indicators().get(0);
            assertTrue(row.score().signum() >= 0 && row.score().compareTo(HUNDRED) <= 0, row::toString);
            assertTrue(row.rawWeightedScore().signum() >= 0 && row.rawWeightedScore().compareTo(weight) <= 0,
                    row::toString);
        });
    }

    @Test
    void raisingTheActualValueNeverLowersAPositiveRowNorRaisesAReverseOne() {
        qt1000().forAll(Generate.pick(List.of("≥", ">", "≤", "<", "")), numbers(), numbers().zip(numbers(),
                (x, y) -> List.of(x, y)), scorers()).checkAssert((sign, target, pair, s) -> {
                    BigDecimal a = pair.get(0);
                    BigDecimal b = pair.get(1);
                    BigDecimal low = a.min(b);
                    BigDecimal high = a.max(b);
                    IndicatorScore lower = s.score(withFirstRow(sign + target.toPlainString(), low.toPlainString(),
                            BigDecimal.TEN)).indicators().get(0);
                    IndicatorScore higher = s.score(withFirstRow(sign + target.toPlainString(), high.toPlainString(),
                            BigDecimal.TEN)).indicators().get(0);
                    Optional<Comparison> c = sign.isEmpty() ? Optional.empty() : Optional.of(Comparison.of(sign));
                    if (c.isPresent() && c.get().isReverse()) {
                        assertTrue(higher.score().compareTo(lower.score()) <= 0, lower + " → " + higher);
                    } else {
                        assertTrue(higher.score().compareTo(lower.score()) >= 0, lower + " → " + higher);
                    }
                });
    }

    @Test
    void droppingANotApplicableRowKeepsTheTotalWithinZeroAndHundred() {
        List<Scorer> scorers = new ArrayList<>(RULE_SCORERS);
        RulePack hebei = RulePacks.standard().get("hebei");
        scorers.add(Scorer.builder(hebei).scheme(hebei.scheme().withNotApplicable(NotApplicableRule.RESCALE)).build());
        Gen<SelfEvaluation> reports = Reports.validReports().mix(Reports.validProjectReports())
                .mix(TestReports.validReports());
        qt1000().forAll(reports, Generate.pick(scorers), integers().between(0, 1000),
                Generate.pick(NotApplicableRule.PRINTED_MARKS)).checkAssert((r, s, at, mark) -> {
                    List<Indicator> rows = new ArrayList<>(r.indicators());
                    int i = at % rows.size();
                    if (rows.get(i).isBudgetExecutionRate()) {
                        return;
                    }
                    rows.set(i, rows.get(i).toBuilder().expected(mark).actual(mark).score((BigDecimal) null)
                            .weightedScore((BigDecimal) null).grade(null).build());
                    ScoreCard c = s.score(r.toBuilder().indicators(rows).build());
                    assertEquals(IndicatorScore.ScoreSource.NOT_APPLICABLE, c.indicators().get(i).source());
                    assertTrue(c.rawTotalScore().signum() >= 0 && c.rawTotalScore().compareTo(HUNDRED) <= 0,
                            c.rawTotalScore()::toString);
                    assertTrue(c.totalScore().signum() >= 0 && c.totalScore().compareTo(HUNDRED) <= 0,
                            c.totalScore()::toString);
                });
    }
}
