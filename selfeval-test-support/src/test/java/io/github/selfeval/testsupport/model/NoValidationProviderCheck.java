package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.testsupport.Seed;
import org.junit.jupiter.api.Test;

/**
 * Without a Bean Validation provider, validating says so clearly. Run only by the surefire
 * execution {@code without-provider}, which removes Hibernate Validator from the class path.
 */
class NoValidationProviderCheck {

    /** Guards the run itself: if Hibernate Validator slipped back onto the class path, this run would prove nothing. */
    @Test
    void hibernateValidatorIsReallyAbsent() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.hibernate.validator.HibernateValidator"));
    }

    @Test
    void missingProviderIsAClearError() {
        SelfEvaluation seed = SelfEvaluationJson.read(Seed.path());
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> SelfEvaluations.validate(seed));
        assertEquals(SelfEvaluations.VALIDATION_PROVIDER_MISSING, e.code());
        assertTrue(e.getMessage().contains("hibernate-validator"), e.getMessage());
        // Reading and writing need no provider.
        assertEquals(seed, SelfEvaluationJson.read(SelfEvaluationJson.toJson(seed)));
    }
}
