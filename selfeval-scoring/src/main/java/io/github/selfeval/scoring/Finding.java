package io.github.selfeval.scoring;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where a form disagrees with its own rules, or lacks something the rules ask for.
 *
 * <p>Immutable and thread-safe. Since 0.3 the two messages are one {@link FindingText}, formatted per language
 * when first asked for ({@link #messageZh()}, {@link #messageEn()}, {@link #message(Locale)}); the constructor
 * taking the two texts is kept.
 *
 * @param code the stable code, e.g. {@link FindingCode#WEIGHTED_SCORE_MISMATCH}
 * @param severity how serious
 * @param path the JSON path of the value concerned, e.g. {@code indicators[8].weightedScore};
 *     {@code $} for the report as a whole
 * @param declared what the form says, as written, if there is a value to compare
 * @param computed what the rules give, if there is a value to compare
 * @param text the message in Chinese and English (since 0.3; before, two components {@code messageZh} and
 *     {@code messageEn}, now methods)
 * @since 0.1
 */
public record Finding(
        FindingCode code,
        Severity severity,
        String path,
        Optional<String> declared,
        Optional<String> computed,
        FindingText text) {

    /**
     * Checks the arguments.
     *
     * @param code the stable code, e.g. {@link FindingCode#WEIGHTED_SCORE_MISMATCH}
     * @param severity how serious
     * @param path the JSON path of the value concerned, e.g. {@code indicators[8].weightedScore}; {@code $} for the report as a whole
     * @param declared what the form says, as written, if there is a value to compare
     * @param computed what the rules give, if there is a value to compare
     * @param text the message in Chinese and English
     * @since 0.3
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        declared = declared == null ? Optional.empty() : declared;
        computed = computed == null ? Optional.empty() : computed;
        Objects.requireNonNull(text, "text");
    }

    /**
     * A finding with messages already written.
     *
     * @param code the stable code, e.g. {@link FindingCode#WEIGHTED_SCORE_MISMATCH}
     * @param severity how serious
     * @param path the JSON path of the value concerned, e.g. {@code indicators[8].weightedScore}; {@code $} for the report as a whole
     * @param declared what the form says, as written, if there is a value to compare
     * @param computed what the rules give, if there is a value to compare
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     */
    public Finding(FindingCode code, Severity severity, String path, Optional<String> declared,
            Optional<String> computed, String messageZh, String messageEn) {
        this(code, severity, path, declared, computed, FindingText.of(Objects.requireNonNull(messageZh, "messageZh"),
                Objects.requireNonNull(messageEn, "messageEn")));
    }

    /**
     * The message in Chinese, formatted when first asked for.
     *
     * @return the message, never null
     */
    public String messageZh() {
        return text.zh();
    }

    /**
     * The message in English, formatted when first asked for.
     *
     * @return the message, never null
     */
    public String messageEn() {
        return text.en();
    }

    /**
     * The message in the given language: Chinese unless the locale's language is English.
     *
     * @param locale the reader's locale
     * @return the message, never null
     */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /**
     * The components and both messages, as a record with the two message components showed them before 0.3.
     *
     * @return {@code Finding[code=…, severity=…, path=…, declared=…, computed=…, messageZh=…, messageEn=…]}
     */
    @Override
    public String toString() {
        return "Finding[code=" + code + ", severity=" + severity + ", path=" + path + ", declared=" + declared
                + ", computed=" + computed + ", messageZh=" + messageZh() + ", messageEn=" + messageEn() + "]";
    }
}
