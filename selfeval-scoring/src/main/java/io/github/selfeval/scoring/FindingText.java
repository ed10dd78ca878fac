package io.github.selfeval.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finding's message in Chinese and English, each formatted from its template and arguments the first time it is
 * asked for and then kept: a batch that only counts codes never pays for the texts, and an exporter showing one
 * language formats only that one. Immutable as a value and thread-safe: two texts are equal when their Chinese
 * and their English texts are equal, however they were made.
 *
 * <p>{@link FindingMessages#finding} makes the lazy kind (the templates are those its messages hold when the
 * finding is made, application overrides included, so a finding reads the same whenever and on whichever thread
 * it is shown); {@link #of(String, String)} wraps texts already written.
 *
 * @since 0.3
 */
public final class FindingText {

    private static final Object[] NO_ARGS = {};

    /** The templates by key per language; null for ready-made texts. */
    private final @Nullable Map<String, FindingMessages.Template> zhTemplates;
    private final @Nullable Map<String, FindingMessages.Template> enTemplates;
    private final String key;
    /** The arguments: immutable values only (see {@link FindingMessages#finding}). */
    private final Object[] args;
    /** The formatted texts, null until first asked for; formatting twice on a race gives the same text. */
    private volatile @Nullable String zh;
    private volatile @Nullable String en;

    private FindingText(@Nullable Map<String, FindingMessages.Template> zhTemplates,
            @Nullable Map<String, FindingMessages.Template> enTemplates, String key, Object[] args,
            @Nullable String zh, @Nullable String en) {
        this.zhTemplates = zhTemplates;
        this.enTemplates = enTemplates;
        this.key = key;
        this.args = args;
        this.zh = zh;
        this.en = en;
    }

    /**
     * Texts already written.
     *
     * @param zh the message in Chinese
     * @param en the message in English
     * @return the text, never null
     */
    public static FindingText of(String zh, String en) {
        return new FindingText(null, null, "", NO_ARGS, Objects.requireNonNull(zh, "zh"),
                Objects.requireNonNull(en, "en"));
    }

    /** A text formatted on first use from the key's templates; {@code args} must not change afterwards. */
    static FindingText lazy(Map<String, FindingMessages.Template> zhTemplates,
            Map<String, FindingMessages.Template> enTemplates, String key, Object[] args) {
        return new FindingText(zhTemplates, enTemplates, key, args, null, null);
    }

    /**
     * The message in Chinese.
     *
     * @return the text, never null
     */
    public String zh() {
        String t = zh;
        if (t == null) {
            t = fill(zhTemplates);
            zh = t;
        }
        return t;
    }

    /**
     * The message in English.
     *
     * @return the text, never null
     */
    public String en() {
        String t = en;
        if (t == null) {
            t = fill(enTemplates);
            en = t;
        }
        return t;
    }

    /** One language's text from its templates (a racing second thread computes the same string). */
    private String fill(@Nullable Map<String, FindingMessages.Template> templates) {
        return templates == null ? "" : FindingMessages.fill(templates, key, args);
    }

    /**
     * The message in the given language: Chinese unless the locale's language is English.
     *
     * @param locale the reader's locale
     * @return the text, never null
     */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en() : zh();
    }

    /**
     * Equal when both languages' texts are equal.
     *
     * @param o the other object
     * @return whether it is a text with the same Chinese and English
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o == this || o instanceof FindingText t && zh().equals(t.zh()) && en().equals(t.en());
    }

    /**
     * A hash of both languages' texts.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return 31 * zh().hashCode() + en().hashCode();
    }

    /**
     * Both texts, for debugging.
     *
     * @return {@code FindingText[zh=…, en=…]}
     */
    @Override
    public String toString() {
        return "FindingText[zh=" + zh() + ", en=" + en() + "]";
    }
}
