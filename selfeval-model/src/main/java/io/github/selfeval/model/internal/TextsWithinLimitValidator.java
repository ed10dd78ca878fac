package io.github.selfeval.model.internal;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.TextsWithinLimit;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@link TextsWithinLimit}: walks the report's records, lists and optionals in component order
 * (the JSON order), adding up every string's length, and reports the string where the total passes the
 * limit. Instantiated by the Bean Validation provider.
 */
public final class TextsWithinLimitValidator implements ConstraintValidator<TextsWithinLimit, SelfEvaluation> {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private long max = io.github.selfeval.model.Limits.MAX_TEXT_CHARACTERS;

    /** For the provider. */
    public TextsWithinLimitValidator() {
    }

    @Override
    public void initialize(TextsWithinLimit annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(SelfEvaluation report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        List<Object> path = new ArrayList<>();
        if (within(report, path, new long[1])) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        violation(context, path);
        return false;
    }

    /** False once the total passes the limit; {@code path} then names the text that passed it. */
    private boolean within(Object value, List<Object> path, long[] total) {
        if (value instanceof String s) {
            total[0] += s.length();
            return total[0] <= max;
        }
        if (value instanceof Optional<?> o) {
            return o.isEmpty() || within(o.get(), path, total);
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                if (!within(list.get(i), path, total)) {
                    return false;
                }
                path.remove(path.size() - 1);
            }
            return true;
        }
        if (value instanceof Record) {
            for (RecordComponent c : COMPONENTS.get(value.getClass())) {
                Object v;
                try {
                    v = c.getAccessor().invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    continue; // not a component of the model's public records
                }
                if (v == null) {
                    continue;
                }
                path.add(c.getName());
                if (!within(v, path, total)) {
                    return false;
                }
                path.remove(path.size() - 1);
            }
        }
        return true;
    }

    /**
     * Adds the violation at the path: a list index belongs to the node after the list (as the provider
     * builds {@code indicators[3].name}), a trailing index to a bean node.
     */
    private static void violation(ConstraintValidatorContext context, List<Object> path) {
        ConstraintViolationBuilder root = context.buildConstraintViolationWithTemplate(
                context.getDefaultConstraintMessageTemplate());
        NodeBuilderCustomizableContext open = null;
        NodeBuilderDefinedContext indexed = null;
        Integer index = null;
        for (Object step : path) {
            if (step instanceof Integer i) {
                index = i;
                continue;
            }
            String name = (String) step;
            NodeBuilderCustomizableContext node = indexed != null ? indexed.addPropertyNode(name)
                    : open != null ? open.addPropertyNode(name) : root.addPropertyNode(name);
            if (index != null) {
                indexed = node.inIterable().atIndex(index);
                open = null;
                index = null;
            } else {
                open = node;
                indexed = null;
            }
        }
        if (index != null) {
            (indexed != null ? indexed.addBeanNode() : open != null ? open.addBeanNode() : root.addBeanNode())
                    .inIterable().atIndex(index).addConstraintViolation();
        } else if (indexed != null) {
            indexed.addConstraintViolation();
        } else if (open != null) {
            open.addConstraintViolation();
        } else {
            root.addConstraintViolation();
        }
    }
}
