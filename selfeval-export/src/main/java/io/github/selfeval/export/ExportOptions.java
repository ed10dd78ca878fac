package io.github.selfeval.export;

import io.github.selfeval.scoring.Presentation;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to export: typed options every exporter reads what it needs from.
 *
 * <p>Immutable and thread-safe; {@link #defaults()} or {@link #builder()} to make one.
 *
 * @param locale the language of labels and messages; documents filed in China use Chinese
 *     ({@code zh-CN}, the default); English changes messages of the audit only, never the form's labels
 * @param deterministic when true, the same input gives byte-identical output: fixed creation time
 *     ({@link #creationTime()}), fixed document ids, no machine-dependent metadata
 * @param creationTime the creation time to write into document metadata; empty means now, or in
 *     deterministic mode {@link #FIXED_TIME}
 * @param includeAudit whether to include the audit findings (XLSX sheet 审核, PDF appendix)
 * @param presentation weighted or points layout; empty means the score card's own
 * @param fonts fonts for formats that embed them (PDF)
 * @param provenance where each value of the report came from in the user's own file (read through a
 *     {@link ReportReader}), so that an exporter can name the user's cell beside a finding (the XLSX 审核
 *     sheet does); {@link Provenance#empty()} by default and for reports made in code or read from JSON
 *     (since 0.3)
 * @since 0.1
 */
public record ExportOptions(
        Locale locale,
        boolean deterministic,
        Optional<Instant> creationTime,
        boolean includeAudit,
        Optional<Presentation> presentation,
        Fonts fonts,
        Provenance provenance) {

    /** The creation time deterministic exports write when none is given: 2000-01-01T00:00:00Z. */
    public static final Instant FIXED_TIME = Instant.parse("2000-01-01T00:00:00Z");

    private static final ExportOptions DEFAULTS = builder().build();

    /**
     * Checks and normalises the arguments; absent optionals may be given as null.
     *
     * @param locale the language of labels and messages
     * @param deterministic whether the same input gives byte-identical output
     * @param creationTime the creation time, empty for the default
     * @param includeAudit whether to include the audit findings
     * @param presentation weighted or points layout, empty for the card's own
     * @param fonts fonts for formats that embed them
     * @param provenance where the report's values came from; null is taken as {@link Provenance#empty()}
     */
    public ExportOptions {
        Objects.requireNonNull(locale, "locale");
        creationTime = creationTime == null ? Optional.empty() : creationTime;
        presentation = presentation == null ? Optional.empty() : presentation;
        Objects.requireNonNull(fonts, "fonts");
        provenance = provenance == null ? Provenance.empty() : provenance;
    }

    /**
     * The options of 0.1, without a provenance ({@link Provenance#empty()}): kept so that code written
     * against six components still compiles.
     *
     * @param locale the language of labels and messages
     * @param deterministic whether the same input gives byte-identical output
     * @param creationTime the creation time, empty for the default
     * @param includeAudit whether to include the audit findings
     * @param presentation weighted or points layout, empty for the card's own
     * @param fonts fonts for formats that embed them
     */
    public ExportOptions(Locale locale, boolean deterministic, Optional<Instant> creationTime, boolean includeAudit,
            Optional<Presentation> presentation, Fonts fonts) {
        this(locale, deterministic, creationTime, includeAudit, presentation, fonts, Provenance.empty());
    }

    /**
     * Chinese, not deterministic, audit included, the card's presentation, the bundled fonts.
     *
     * @return the default options, never null
     */
    public static ExportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.locale = locale;
        b.deterministic = deterministic;
        b.creationTime = creationTime.orElse(null);
        b.includeAudit = includeAudit;
        b.presentation = presentation.orElse(null);
        b.fonts = fonts;
        b.provenance = provenance;
        return b;
    }

    /**
     * The creation time to write: the given one, else {@link #FIXED_TIME} when deterministic, else now.
     *
     * @return the instant, never null
     */
    public Instant effectiveCreationTime() {
        return creationTime.orElseGet(() -> deterministic ? FIXED_TIME : Instant.now());
    }

    /**
     * Fonts per role for formats that embed fonts. Empty roles use the bundled font (or, with
     * {@code discoverSystemFonts}, the usual office fonts found on this machine).
     *
     * @param title the font for titles (小标宋-style), if supplied
     * @param heading the font for headings (黑体 / 楷体-style), if supplied
     * @param body the font for body text and tables (仿宋-style), if supplied
     * @param discoverSystemFonts whether to look for 仿宋 / 黑体 / 宋体 in the usual Windows and Linux
     *     font folders for roles not supplied
     */
    public record Fonts(Optional<FontSource> title, Optional<FontSource> heading, Optional<FontSource> body,
            boolean discoverSystemFonts) {

        /** Bundled fonts only. */
        public static final Fonts BUNDLED = new Fonts(Optional.empty(), Optional.empty(), Optional.empty(), false);

        /**
         * Normalises absent values; null optionals become empty.
         *
         * @param title the title font, if supplied
         * @param heading the heading font, if supplied
         * @param body the body font, if supplied
         * @param discoverSystemFonts whether to look for office fonts on this machine
         */
        public Fonts {
            title = title == null ? Optional.empty() : title;
            heading = heading == null ? Optional.empty() : heading;
            body = body == null ? Optional.empty() : body;
        }
    }

    /** Builds {@link ExportOptions}. Not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private boolean deterministic;
        private @Nullable Instant creationTime;
        private boolean includeAudit = true;
        private @Nullable Presentation presentation;
        private Fonts fonts = Fonts.BUNDLED;
        private Provenance provenance = Provenance.empty();

        private Builder() {
        }

        /**
         * Sets the locale.
         *
         * @param v the locale
         * @return this builder
         */
        public Builder locale(Locale v) { locale = Objects.requireNonNull(v, "locale"); return this; }
        /**
         * Sets deterministic output.
         *
         * @param v deterministic output
         * @return this builder
         */
        public Builder deterministic(boolean v) { deterministic = v; return this; }
        /**
         * Sets the creation time, or null for the default.
         *
         * @param v the creation time, or null for the default
         * @return this builder
         */
        public Builder creationTime(@Nullable Instant v) { creationTime = v; return this; }
        /**
         * Sets whether to include the audit.
         *
         * @param v whether to include the audit
         * @return this builder
         */
        public Builder includeAudit(boolean v) { includeAudit = v; return this; }
        /**
         * Sets the presentation, or null for the card's.
         *
         * @param v the presentation, or null for the card's
         * @return this builder
         */
        public Builder presentation(@Nullable Presentation v) { presentation = v; return this; }
        /**
         * Sets the fonts.
         *
         * @param v the fonts
         * @return this builder
         */
        public Builder fonts(Fonts v) { fonts = Objects.requireNonNull(v, "fonts"); return this; }
        /**
         * Sets the title font, or null for the default.
         *
         * @param v the title font, or null for the default
         * @return this builder
         */
        public Builder titleFont(@Nullable FontSource v) {
            fonts = new Fonts(Optional.ofNullable(v), fonts.heading(), fonts.body(), fonts.discoverSystemFonts());
            return this;
        }
        /**
         * Sets the heading font, or null for the default.
         *
         * @param v the heading font, or null for the default
         * @return this builder
         */
        public Builder headingFont(@Nullable FontSource v) {
            fonts = new Fonts(fonts.title(), Optional.ofNullable(v), fonts.body(), fonts.discoverSystemFonts());
            return this;
        }
        /**
         * Sets the body font, or null for the default.
         *
         * @param v the body font, or null for the default
         * @return this builder
         */
        public Builder bodyFont(@Nullable FontSource v) {
            fonts = new Fonts(fonts.title(), fonts.heading(), Optional.ofNullable(v), fonts.discoverSystemFonts());
            return this;
        }
        /**
         * Sets whether to discover system fonts.
         *
         * @param v whether to discover system fonts
         * @return this builder
         */
        public Builder discoverSystemFonts(boolean v) {
            fonts = new Fonts(fonts.title(), fonts.heading(), fonts.body(), v);
            return this;
        }

        /**
         * Sets where the report's values came from, or null for none.
         *
         * @param v the provenance of the report read, or null
         * @return this builder
         * @since 0.3
         */
        public Builder provenance(@Nullable Provenance v) {
            provenance = v == null ? Provenance.empty() : v;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ExportOptions build() {
            return new ExportOptions(locale, deterministic, Optional.ofNullable(creationTime), includeAudit,
                    Optional.ofNullable(presentation), fonts, provenance);
        }
    }
}
