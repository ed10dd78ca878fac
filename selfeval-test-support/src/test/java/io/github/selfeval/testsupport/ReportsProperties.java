package io.github.selfeval.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generators keep the promises their Javadoc makes, so other modules' properties can rely on them. */
class ReportsProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Test
    void validReportsAreValidAndConsistent() {
        qt().withExamples(1000).forAll(Reports.validReports()).checkAssert(r -> {
            assertEquals(List.of(), SelfEvaluations.violations(r), () -> "violations of a generated report");
            assertTrue(r.indicators().size() >= 2 && r.indicators().size() <= Reports.MAX_INDICATORS);
            assertEquals(0, HUNDRED.compareTo(weightSum(r)), "weights sum to exactly 100");
            List<Indicator> rateRows = r.indicators().stream().filter(Indicator::isBudgetExecutionRate).toList();
            assertEquals(1, rateRows.size());
            assertEquals(0, BigDecimal.TEN.compareTo(rateRows.get(0).weight().orElseThrow()));
            for (Indicator i : r.indicators()) {
                BigDecimal score = i.score().orElseThrow();
                assertEquals(score.multiply(i.weight().orElseThrow()).divide(HUNDRED, 2, RoundingMode.HALF_UP),
                        i.weightedScore().orElseThrow());
                if (!i.isBudgetExecutionRate()) {
                    assertTrue(inBand(i.grade().orElseThrow(), score), i.grade() + " " + score);
                }
            }
            assertEquals(r.indicators().stream().map(i -> i.weightedScore().orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add), r.declaredTotalScore().orElseThrow());
            BigDecimal budget = r.budget().budget().amount().orElseThrow();
            BigDecimal spent = r.budget().spent().amount().orElseThrow();
            assertTrue(budget.signum() > 0);
            r.budget().received().flatMap(Funds::amount).ifPresent(received -> {
                assertTrue(budget.compareTo(received) >= 0);
                assertTrue(received.compareTo(spent) >= 0);
            });
            assertTrue(budget.compareTo(spent) >= 0);
            for (Funds f : List.of(r.budget().budget(), r.budget().spent())) {
                if (f.total().isPresent() && f.fiscal().isPresent() && f.other().isPresent()) {
                    assertEquals(0, f.total().get().compareTo(f.fiscal().get().add(f.other().get())));
                }
                f.amount().ifPresent(a -> assertTrue(a.scale() <= 2 && a.scale() >= 0));
            }
            if (r.kind() == FormKind.PROJECT) {
                assertTrue(r.project().isPresent());
            }
        });
    }

    @Test
    void unbalancedReportsAreValidButTheirWeightsMiss100() {
        qt().withExamples(1000).forAll(Reports.validReportsWithWeightsNotSummingTo100()).checkAssert(r -> {
            assertEquals(List.of(), SelfEvaluations.violations(r));
            assertNotEquals(0, HUNDRED.compareTo(weightSum(r)));
            assertTrue(weightSum(r).compareTo(BigDecimal.valueOf(95)) >= 0);
        });
    }

    @Test
    void bothKindsAndOptionalFieldsAppear() {
        int[] seen = new int[4];
        qt().withExamples(300).forAll(Reports.validReports()).checkAssert(r -> {
            seen[r.kind() == FormKind.DEPARTMENT ? 0 : 1]++;
            seen[r.details().isPresent() ? 2 : 3]++;
        });
        for (int count : seen) {
            assertTrue(count > 0, java.util.Arrays.toString(seen));
        }
    }

    @Test
    void smallGeneratorsStayInRange() {
        qt().withExamples(1000).forAll(Reports.money(), Reports.percents()).checkAssert((m, p) -> {
            assertTrue(m.signum() >= 0 && m.scale() <= 2);
            assertTrue(p.points().signum() >= 0 && p.points().compareTo(HUNDRED) <= 0);
        });
        qt().withExamples(1000).forAll(Reports.grades().flatMap(g -> Reports.scores(g).map(s -> List.of(g, s))))
                .checkAssert(pair -> assertTrue(inBand((Grade) pair.get(0), (BigDecimal) pair.get(1))));
        qt().withExamples(1000).forAll(Reports.indicators()).checkAssert(i -> {
            assertTrue(!i.isBudgetExecutionRate() && !i.name().isBlank());
            assertTrue(inBand(i.grade().orElseThrow(), i.score().orElseThrow()));
        });
        qt().withExamples(1000).forAll(Reports.awkwardChineseText(1, 50)).checkAssert(t -> assertTrue(!t.isBlank()));
    }

    static BigDecimal weightSum(SelfEvaluation r) {
        return r.indicators().stream().map(i -> i.weight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static boolean inBand(Grade grade, BigDecimal score) {
        return switch (grade) {
            case EXCELLENT -> score.compareTo(BigDecimal.valueOf(90)) >= 0 && score.compareTo(HUNDRED) <= 0;
            case GOOD -> score.compareTo(BigDecimal.valueOf(80)) >= 0 && score.compareTo(BigDecimal.valueOf(90)) < 0;
            case FAIR -> score.compareTo(BigDecimal.valueOf(60)) >= 0 && score.compareTo(BigDecimal.valueOf(80)) < 0;
            case POOR -> score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(60)) < 0;
        };
    }
}
