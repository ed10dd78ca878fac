package io.github.selfeval.model.internal;

import io.github.selfeval.model.BudgetExecutionRateRowPresent;
import io.github.selfeval.model.ProjectInfoForProjectForm;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.model.SingleBudgetExecutionRateRow;
import io.github.selfeval.model.TextsWithinLimit;
import io.github.selfeval.model.UniqueIndicatorNames;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Runs Bean Validation on a report and turns the provider's violations into {@link ReportViolation}s
 * with JSON paths and stable codes. Thread-safe; the factory is built once, on first use.
 */
public final class ModelValidation {

    private static final Map<Class<? extends Annotation>, String> CODES = Map.ofEntries(
            Map.entry(NotNull.class, "NOT_NULL"),
            Map.entry(NotBlank.class, "NOT_BLANK"),
            Map.entry(Size.class, "SIZE"),
            Map.entry(Min.class, "TOO_SMALL"),
            Map.entry(DecimalMin.class, "TOO_SMALL"),
            Map.entry(Max.class, "TOO_LARGE"),
            Map.entry(DecimalMax.class, "TOO_LARGE"),
            Map.entry(PositiveOrZero.class, "NEGATIVE"),
            Map.entry(Digits.class, "OUT_OF_RANGE"),
            Map.entry(Pattern.class, "PATTERN"),
            Map.entry(BudgetExecutionRateRowPresent.class, "BUDGET_EXECUTION_RATE_ROW_MISSING"),
            Map.entry(SingleBudgetExecutionRateRow.class, "BUDGET_EXECUTION_RATE_ROW_DUPLICATE"),
            Map.entry(UniqueIndicatorNames.class, "INDICATOR_DUPLICATE"),
            Map.entry(ProjectInfoForProjectForm.class, "PROJECT_MISSING"),
            Map.entry(TextsWithinLimit.class, "TEXTS_TOO_LONG"));

    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[(\\d+)]");

    private static volatile @Nullable Factory factory;
    private static final Map<Locale, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private ModelValidation() {
    }

    private record Factory(ValidatorFactory factory, @Nullable MessageInterpolator fallback) {
    }

    private static Factory factory() {
        Factory f = factory;
        if (f == null) {
            synchronized (ModelValidation.class) {
                f = factory;
                if (f == null) {
                    f = build();
                    factory = f;
                }
            }
        }
        return f;
    }

    private static Factory build() {
        Configuration<?> config;
        try {
            config = Validation.byDefaultProvider().configure();
        } catch (NoProviderFoundException e) {
            throw new SelfEvalException(SelfEvaluations.VALIDATION_PROVIDER_MISSING,
                    "no Jakarta Bean Validation provider found on the class or module path; add one, for example"
                            + " org.hibernate.validator:hibernate-validator", e);
        }
        MessageInterpolator fallback;
        try {
            fallback = config.getDefaultMessageInterpolator();
        } catch (ValidationException | LinkageError e) {
            // The provider's own interpolator may need Expression Language; ours does not.
            fallback = null;
        }
        config.messageInterpolator(new ModelMessageInterpolator(fallback, SelfEvaluations.CHINESE));
        try {
            return new Factory(config.buildValidatorFactory(), fallback);
        } catch (ValidationException e) {
            throw new SelfEvalException(SelfEvaluations.VALIDATION_PROVIDER_MISSING,
                    "the Bean Validation provider could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Every violation of the report, sorted by path.
     *
     * @param report the report
     * @param locale the message language
     * @return the violations, never null
     */
    public static List<ReportViolation> violations(SelfEvaluation report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        Validator validator = VALIDATORS.computeIfAbsent(locale, l -> {
            Factory f = factory();
            return f.factory().usingContext()
                    .messageInterpolator(new ModelMessageInterpolator(f.fallback(), l))
                    .getValidator();
        });
        return validator.validate(report).stream()
                .map(v -> new ReportViolation(jsonPath(v.getPropertyPath()), code(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing((ReportViolation v) -> sortKey(v.path()))
                        .thenComparing(ReportViolation::code)
                        .thenComparing(ReportViolation::message))
                .toList();
    }

    private static String code(ConstraintViolation<?> v) {
        Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        String code = CODES.get(type);
        return code != null ? code : type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** Pads indices so that {@code indicators[10]} sorts after {@code indicators[9]}. */
    private static String sortKey(String path) {
        Matcher m = INDEX.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "[" + String.format("%010d", Long.parseLong(m.group(1))) + "]");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Renders a Bean Validation path as a JSON path: {@code indicators[3].weight}.
     *
     * <p>Container element nodes ({@code <list element>}, {@code <optional element>}) contribute only
     * their index; {@code points} of a {@code Percent} is dropped, since a percent is a plain number in JSON.
     *
     * @param path the provider's path
     * @return the JSON path, empty for the report itself
     */
    public static String jsonPath(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    sb.append('[').append(node.getKey()).append(']');
                }
            }
            String name = node.getName();
            if (node.getKind() == ElementKind.PROPERTY && name != null && !name.startsWith("<")
                    && !"points".equals(name)) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }
}
