package io.github.selfeval.model.internal;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.UniqueIndicatorNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks {@link UniqueIndicatorNames}; instantiated by the Bean Validation provider. */
public final class UniqueIndicatorNamesValidator implements ConstraintValidator<UniqueIndicatorNames, SelfEvaluation> {

    /** For the provider. */
    public UniqueIndicatorNamesValidator() {
    }

    @Override
    public boolean isValid(SelfEvaluation report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        boolean valid = true;
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < report.indicators().size(); i++) {
            Indicator row = report.indicators().get(i);
            // Names are unique within a block: the same 三级 name may recur under two goal blocks.
            if (!seen.add(List.of(row.goalBlock().map(Names::key).orElse(""), Names.key(row.level1()),
                    Names.key(row.level2()), Names.key(row.name())))) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                Paths.indicatorName(context, i);
            }
        }
        return valid;
    }
}
