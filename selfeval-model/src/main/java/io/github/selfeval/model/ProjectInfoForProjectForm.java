package io.github.selfeval.model;

import io.github.selfeval.model.internal.ProjectInfoForProjectFormValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 项目支出 form ({@link FormKind#PROJECT}) names its project: {@code project} is present.
 *
 * <p>Constraint code {@code PROJECT_MISSING}; the message key is {@code io.github.selfeval.model.ProjectInfoForProjectForm.message} in
 * {@code ContributorValidationMessages}. The violation's path is {@code project}.
 *
 * @since 0.1
 */
@Documented
@SuppressWarnings("exports") // the provider instantiates the validator; it is no part of the API
@Constraint(validatedBy = ProjectInfoForProjectFormValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProjectInfoForProjectForm {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{io.github.selfeval.model.ProjectInfoForProjectForm.message}";

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
