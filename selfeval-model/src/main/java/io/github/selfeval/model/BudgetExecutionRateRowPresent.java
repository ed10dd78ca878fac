package io.github.selfeval.model;

import io.github.selfeval.model.internal.BudgetExecutionRateRowPresentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A report has a 预算执行率 row (一级 or 三级 named 预算执行率): every scheme scores it from the budget.
 *
 * <p>Constraint code {@code BUDGET_EXECUTION_RATE_ROW_MISSING}; the message key is {@code io.github.selfeval.model.BudgetExecutionRateRowPresent.message} in
 * {@code ContributorValidationMessages}. The violation's path is {@code indicators}.
 *
 * @since 0.1
 */
@Documented
@SuppressWarnings("exports") // the provider instantiates the validator; it is no part of the API
@Constraint(validatedBy = BudgetExecutionRateRowPresentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BudgetExecutionRateRowPresent {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{io.github.selfeval.model.BudgetExecutionRateRowPresent.message}";

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
