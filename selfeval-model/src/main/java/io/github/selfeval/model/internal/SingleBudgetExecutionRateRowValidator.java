package io.github.selfeval.model.internal;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SingleBudgetExecutionRateRow;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleBudgetExecutionRateRow}; instantiated by the Bean Validation provider. */
public final class SingleBudgetExecutionRateRowValidator
        implements ConstraintValidator<SingleBudgetExecutionRateRow, SelfEvaluation> {

    /** For the provider. */
    public SingleBudgetExecutionRateRowValidator() {
    }

    @Override
    public boolean isValid(SelfEvaluation report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        boolean valid = true;
        // With the funds block's 分值 printed, a 预算执行率 row would score budget execution twice.
        boolean seen = report.budget().scoresExecution();
        for (int i = 0; i < report.indicators().size(); i++) {
            if (!report.indicators().get(i).isBudgetExecutionRate()) {
                continue;
            }
            if (seen) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                Paths.indicatorName(context, i);
            }
            seen = true;
        }
        return valid;
    }
}
