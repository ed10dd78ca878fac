package io.github.selfeval.model.internal;

import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.ProjectInfoForProjectForm;
import io.github.selfeval.model.SelfEvaluation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ProjectInfoForProjectForm}; instantiated by the Bean Validation provider. */
public final class ProjectInfoForProjectFormValidator
        implements ConstraintValidator<ProjectInfoForProjectForm, SelfEvaluation> {

    /** For the provider. */
    public ProjectInfoForProjectFormValidator() {
    }

    @Override
    public boolean isValid(SelfEvaluation report, ConstraintValidatorContext context) {
        if (report == null || report.kind() != FormKind.PROJECT || report.project().isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("project").addConstraintViolation();
        return false;
    }
}
