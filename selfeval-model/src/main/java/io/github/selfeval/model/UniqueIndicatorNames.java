package io.github.selfeval.model;

import io.github.selfeval.model.internal.UniqueIndicatorNamesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No two indicators share a 三级 name under the same 一级 › 二级 parent (names compared after stripping white space).
 *
 * <p>Constraint code {@code INDICATOR_DUPLICATE}; the message key is {@code io.github.selfeval.model.UniqueIndicatorNames.message} in
 * {@code ContributorValidationMessages}. Each repeat is reported at {@code indicators[i].name}, the first occurrence stays valid.
 *
 * @since 0.1
 */
@Documented
@SuppressWarnings("exports") // the provider instantiates the validator; it is no part of the API
@Constraint(validatedBy = UniqueIndicatorNamesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIndicatorNames {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{io.github.selfeval.model.UniqueIndicatorNames.message}";

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
