package io.github.selfeval.model;

import io.github.selfeval.model.internal.SingleBudgetExecutionRateRowValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A report has at most one 预算执行率 row.
 *
 * <p>Constraint code {@code BUDGET_EXECUTION_RATE_ROW_DUPLICATE}; the message key is {@code io.github.selfeval.model.SingleBudgetExecutionRateRow.message} in
 * {@code ContributorValidationMessages}. Each extra row is reported at its own path, {@code indicators[i].name}.
 *
 * @since 0.1
 */
@Documented
@SuppressWarnings("exports") // the provider instantiates the validator; it is no part of the API
@Constraint(validatedBy = SingleBudgetExecutionRateRowValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleBudgetExecutionRateRow {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{io.github.selfeval.model.SingleBudgetExecutionRateRow.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
