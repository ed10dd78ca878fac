package io.github.selfeval.model.internal;

import io.github.selfeval.model.BudgetExecutionRateRowPresent;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BudgetExecutionRateRowPresent}; instantiated by the Bean Validation provider. */
public final class BudgetExecutionRateRowPresentValidator
        implements ConstraintValidator<BudgetExecutionRateRowPresent, SelfEvaluation> {

    /** For the provider. */
    public BudgetExecutionRateRowPresentValidator() {
    }

    @Override
    public boolean isValid(SelfEvaluation report, ConstraintValidatorContext context) {
        // A project form scores budget execution in its funds block (分值 printed), a department form in a row.
        if (report == null || report.budget().scoresExecution()
                || report.indicators().stream().anyMatch(Indicator::isBudgetExecutionRate)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("indicators").addConstraintViolation();
        return false;
    }
}
