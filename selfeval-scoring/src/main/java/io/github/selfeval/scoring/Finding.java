package io.github.selfeval.scoring;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where a form disagrees with its own rules, or lacks something the rules ask for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, e.g. {@link FindingCode#WEIGHTED_SCORE_MISMATCH}
 * @param severity how serious
 * @param path the JSON path of the value concerned, e.g. {@code indicators[8].weightedScore};
 *     {@code $} for the report as a whole
 * @param declared what the form says, as written, if there is a value to compare
 * @param computed what the rules give, if there is a value to compare
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 * @since 0.1
 */
public record Finding(
        FindingCode code,
        Severity severity,
        String path,
        Optional<String> declared,
        Optional<String> computed,
        String messageZh,
        String messageEn) {

    /**
     * Checks the arguments.
     *
     * @param code the stable code, e.g. {@link FindingCode#WEIGHTED_SCORE_MISMATCH}
     * @param severity how serious
     * @param path the JSON path of the value concerned, e.g. {@code indicators[8].weightedScore}; {@code $} for the report as a whole
     * @param declared what the form says, as written, if there is a value to compare
     * @param computed what the rules give, if there is a value to compare
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        declared = declared == null ? Optional.empty() : declared;
        computed = computed == null ? Optional.empty() : computed;
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The message in the given language: Chinese unless the locale's language is English.
     *
     * @param locale the reader's locale
     * @return the message, never null
     */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
