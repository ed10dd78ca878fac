package io.github.selfeval.model;

import io.github.selfeval.model.internal.TextsWithinLimitValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * All the report's texts together have at most {@link #max()} characters ({@link Limits#MAX_TEXT_CHARACTERS}):
 * with every list at its most entries and every text at its longest, a report would be larger than the
 * readers take back, so the total is bounded as well.
 *
 * <p>Constraint code {@code TEXTS_TOO_LONG}; the message key is
 * {@code io.github.selfeval.model.TextsWithinLimit.message} in {@code ContributorValidationMessages}. One
 * violation, at the text where the running total (in JSON order) first passes the limit, for example
 * {@code narrative.problems[40]}.
 *
 * @since 0.3
 */
@Documented
@SuppressWarnings("exports") // the provider instantiates the validator; it is no part of the API
@Constraint(validatedBy = TextsWithinLimitValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TextsWithinLimit {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{io.github.selfeval.model.TextsWithinLimit.message}";

    /**
     * The most characters of all texts together.
     *
     * @return the limit
     */
    long max() default Limits.MAX_TEXT_CHARACTERS;

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
