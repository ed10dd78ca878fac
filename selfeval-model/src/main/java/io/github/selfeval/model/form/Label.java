package io.github.selfeval.model.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A label as a form prints it, and the variants other templates print for the same thing
 * ({@code 其中：当年财政拨款} / {@code 本年财政拨款} / {@code 本年一般公共预算拨款}).
 *
 * <p>Writers print {@link #text()}; readers accept the text or any variant, compared after
 * {@link #normalise(String) normalising} spaces, full-width punctuation and the leading 其中. In JSON a
 * label is a string, or an object {@code {"text": …, "variants": […]}}. Immutable and thread-safe.
 *
 * @param text the label selfeval prints, never blank
 * @param variants other spellings real forms print, in no order; never null
 * @since 0.2
 */
public record Label(String text, List<String> variants) {

    /**
     * Checks and copies the arguments.
     *
     * @param text the label selfeval prints, never blank
     * @param variants other spellings real forms print; never null
     */
    @JsonCreator
    public Label(@JsonProperty(value = "text", required = true) String text,
            @JsonProperty("variants") List<String> variants) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a label's text must not be blank");
        }
        this.text = text;
        this.variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /**
     * A label without variants: what a JSON string gives.
     *
     * @param text the label
     * @return the label
     */
    @JsonCreator
    public static Label of(String text) {
        return new Label(text, List.of());
    }

    /**
     * Whether a cell's text is this label or one of its variants, after normalising both.
     *
     * @param cell the cell's text, may be null
     * @return true when the cell reads as this label
     */
    public boolean matches(@Nullable String cell) {
        if (cell == null) {
            return false;
        }
        String c = normalise(cell);
        if (c.isEmpty()) {
            return false;
        }
        if (c.equals(normalise(text))) {
            return true;
        }
        for (String v : variants) {
            if (c.equals(normalise(v))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A label's text for comparison: without white space (ideographic space included), full-width
     * brackets, colons and percent signs as ASCII, without a leading 其中 and colon, without a trailing colon.
     *
     * @param text the text
     * @return the normalised text, never null
     */
    public static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            switch (c) {
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                case '：' -> b.append(':');
                case '％' -> b.append('%');
                default -> b.append(c);
            }
        }
        String s = b.toString();
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("其中:")) {
            s = s.substring(3);
        } else if (s.startsWith("其中")) {
            s = s.substring(2);
        }
        return s;
    }
}
