package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.testsupport.Seed;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Without an Expression Language implementation (Hibernate Validator's default interpolator needs
 * one), the facade still validates and still speaks both languages. Run only by the surefire
 * execution {@code without-el}, which removes expressly from the class path.
 */
class NoExpressionLanguageCheck {

    @Test
    void expresslyIsReallyAbsent() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
    }

    @Test
    void facadeWorksWithoutExpressionLanguage() {
        SelfEvaluation seed = SelfEvaluationJson.read(Seed.path());
        assertEquals(List.of(), SelfEvaluations.violations(seed));
        List<Indicator> rows = new java.util.ArrayList<>(seed.indicators());
        rows.set(2, rows.get(2).toBuilder().weight("120").build());
        SelfEvaluation bad = seed.toBuilder().indicators(rows).build();
        assertEquals(List.of(new ReportViolation("indicators[2].weight", "TOO_LARGE", "不能大于 100")),
                SelfEvaluations.violations(bad));
        assertEquals(List.of(new ReportViolation("indicators[2].weight", "TOO_LARGE", "must not be greater than 100")),
                SelfEvaluations.violations(bad, Locale.ENGLISH));
    }
}
