package io.github.selfeval.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report breaks one or more rules of the model; carries every violation, not just the first.
 *
 * <p>Code {@code VALIDATION}. The message lists one violation per line as {@code path: message}.
 *
 * @since 0.1
 */
public class ReportValidationException extends SelfEvalException {
    private static final long serialVersionUID = 1L;

    /** The error code of every instance. */
    public static final String VALIDATION = ErrorCodes.VALIDATION;

    /** Kept as an unmodifiable list of serializable records. */
    private final List<ReportViolation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the violations, at least one, sorted by path
     */
    public ReportValidationException(List<ReportViolation> violations) {
        super(VALIDATION, format(violations));
        this.violations = List.copyOf(violations);
    }

    private static String format(List<ReportViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one violation");
        }
        return violations.size() + (violations.size() == 1 ? " violation:" : " violations:") + System.lineSeparator()
                + violations.stream().map(ReportViolation::toString).collect(Collectors.joining(System.lineSeparator()));
    }

    /**
     * Every violation, sorted by JSON path (indices numerically).
     *
     * @return the violations, never empty, unmodifiable
     */
    public List<ReportViolation> violations() {
        return violations;
    }
}
