package io.github.selfeval.model.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Builds violation paths that render as JSON paths. */
final class Paths {
    private Paths() {
    }

    /** Adds a violation with the default template at {@code indicators[index].name}. */
    static void indicatorName(ConstraintValidatorContext context, int index) {
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("indicators")
                .addPropertyNode("name").inIterable().atIndex(index)
                .addConstraintViolation();
    }
}
