package com.example.selfeval.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.AuditChecks;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.scoring.Severity;
import io.github.selfeval.testsupport.Seed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The published scoring module finds this check through ServiceLoader and runs it on the seed. */
class WholeTotalCheckTest {

    @Test
    void theCheckIsDiscoveredBesideTheBuiltInOnes() {
        AuditChecks checks = AuditChecks.standard();
        assertEquals(List.of(), checks.failures());
        assertTrue(checks.ids().contains("example-whole-total"), checks.ids().toString());
        assertTrue(checks.ids().contains("funds-parts"), checks.ids().toString());
    }

    @Test
    void itReportsTheSeedsWholeTotalAsInfoAndAFractionalOneAsAWarning() {
        SelfEvaluation seed = SelfEvaluationJson.read(Seed.json());
        Scorer scorer = Scorer.of(RulePacks.standard().get("hebei"));
        List<Finding> whole = scorer.score(seed).findings(WholeTotalCheck.TOTAL_NOT_WHOLE);
        assertEquals(1, whole.size());
        assertEquals(Severity.INFO, whole.get(0).severity());
        assertEquals("申报总分 91，计算总分 91", whole.get(0).message(Locale.CHINESE));
        assertEquals("declared total 91, computed 91", whole.get(0).message(Locale.ENGLISH));

        ScoreCard card = scorer.score(seed.toBuilder().declaredTotalScore(new BigDecimal("91.5")).build());
        assertEquals(Severity.WARNING, card.findings(WholeTotalCheck.TOTAL_NOT_WHOLE).get(0).severity());
    }
}
