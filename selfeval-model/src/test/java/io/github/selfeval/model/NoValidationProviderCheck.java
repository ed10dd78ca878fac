package io.github.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Without a Bean Validation provider, validating says so clearly. Run only by the surefire
 * execution {@code without-provider}, which removes Hibernate Validator from the class path.
 */
class NoValidationProviderCheck {

    @Test
    void missingProviderIsAClearError() {
        SelfEvaluation seed = SelfEvaluationJson.read(SeedFiles.seed());
        SelfEvalException e = assertThrows(SelfEvalException.class, () -> SelfEvaluations.validate(seed));
        assertEquals(SelfEvaluations.VALIDATION_PROVIDER_MISSING, e.code());
        assertTrue(e.getMessage().contains("hibernate-validator"), e.getMessage());
        // Reading and writing need no provider.
        assertEquals(seed, SelfEvaluationJson.read(SelfEvaluationJson.toJson(seed)));
    }
}
