package io.github.selfeval.model;

import io.github.selfeval.model.internal.ModelValidation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Validates reports with the Jakarta Bean Validation provider the application brings.
 *
 * <p>selfeval does not ship a provider: put one on the class or module path (for example
 * {@code org.hibernate.validator:hibernate-validator}). The facade interpolates messages itself from
 * {@code ContributorValidationMessages} (an application's {@code ValidationMessages} bundle overrides
 * any key), so no Expression Language implementation is needed. Messages are Chinese by default
 * ({@link #CHINESE}); pass {@link Locale#ENGLISH} for English. Violations come sorted by JSON path (list indices in numeric order, so {@code indicators[2]} before {@code indicators[10]}), each
 * with the JSON path of the offending value. Thread-safe.
 *
 * @since 0.1
 */
public final class SelfEvaluations {

    /** The default message language, Simplified Chinese. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Error code when no Bean Validation provider is present. */
    public static final String VALIDATION_PROVIDER_MISSING = ErrorCodes.VALIDATION_PROVIDER_MISSING;

    private SelfEvaluations() {
    }

    /**
     * Every rule the report breaks, with Chinese messages.
     *
     * @param report the report
     * @return the violations sorted by path; empty when the report is valid; never null
     * @throws SelfEvalException with code {@code VALIDATION_PROVIDER_MISSING} when no Bean
     *     Validation provider can be found
     */
    public static List<ReportViolation> violations(SelfEvaluation report) {
        return violations(report, CHINESE);
    }

    /**
     * Every rule the report breaks, with messages in the given language.
     *
     * @param report the report
     * @param locale the message language ({@link #CHINESE} or {@link Locale#ENGLISH})
     * @return the violations sorted by path; empty when the report is valid; never null
     * @throws SelfEvalException with code {@code VALIDATION_PROVIDER_MISSING} when no provider is found
     */
    public static List<ReportViolation> violations(SelfEvaluation report, Locale locale) {
        return ModelValidation.violations(report, locale);
    }

    /**
     * Checks the report, with Chinese messages.
     *
     * @param report the report
     * @return the same report, for chaining
     * @throws ReportValidationException carrying every violation when the report breaks a rule
     * @throws SelfEvalException with code {@code VALIDATION_PROVIDER_MISSING} when no provider is found
     */
    public static SelfEvaluation validate(SelfEvaluation report) {
        return validate(report, CHINESE);
    }

    /**
     * Checks the report, with messages in the given language.
     *
     * @param report the report
     * @param locale the message language
     * @return the same report, for chaining
     * @throws ReportValidationException carrying every violation when the report breaks a rule
     * @throws SelfEvalException with code {@code VALIDATION_PROVIDER_MISSING} when no provider is found
     */
    public static SelfEvaluation validate(SelfEvaluation report, Locale locale) {
        List<ReportViolation> violations = violations(report, locale);
        if (!violations.isEmpty()) {
            throw new ReportValidationException(violations);
        }
        return report;
    }

    /**
     * Reads a report file and validates it: what a tool does with a file a person hands it.
     *
     * @param file the JSON file
     * @param locale the message language of validation errors
     * @return the valid report
     * @throws ReportReadException when the file is unreadable or not a selfeval document
     * @throws ReportValidationException when it reads but breaks a rule
     */
    public static SelfEvaluation readValid(Path file, Locale locale) {
        return validate(SelfEvaluationJson.read(file), locale);
    }
}
