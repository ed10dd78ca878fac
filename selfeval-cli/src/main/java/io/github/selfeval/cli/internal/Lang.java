package io.github.selfeval.cli.internal;

import java.util.Locale;

/** The language of messages: {@code zh} (default) or {@code en}. */
public enum Lang {
    /** Chinese. */
    zh(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /**
     * The locale of this language.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }
}
