package io.github.selfeval.export;

import io.github.selfeval.model.form.FormDescriptions;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a file: the limits for untrusted input, whether unreadable optional fields fail the read
 * or become {@link ReadIssue}s, the form descriptions to match, and the source's name for messages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param limits the limits for untrusted input
 * @param lenient false (the default): any cell that does not hold what the form expects fails the read;
 *     true: an optional field that cannot be read is left out and reported as a {@link ReadIssue}
 * @param forms the form descriptions a file is matched against
 * @param sourceName the file's name, for messages, if known
 * @since 0.3
 */
public record ReadOptions(ReadLimits limits, boolean lenient, FormDescriptions forms, Optional<String> sourceName) {

    /**
     * Checks the arguments.
     *
     * @param limits the limits
     * @param lenient whether unreadable optional fields become issues
     * @param forms the form descriptions
     * @param sourceName the file's name, if known
     */
    public ReadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(forms, "forms");
        sourceName = sourceName == null ? Optional.empty() : sourceName;
    }

    /**
     * Strict reading with the default limits and the standard form descriptions.
     *
     * @return the defaults
     */
    public static ReadOptions defaults() {
        return new ReadOptions(ReadLimits.DEFAULT, false, FormDescriptions.standard(), Optional.empty());
    }

    /**
     * These options with other limits.
     *
     * @param v the limits
     * @return the new options
     */
    public ReadOptions withLimits(ReadLimits v) {
        return new ReadOptions(v, lenient, forms, sourceName);
    }

    /**
     * These options, lenient or strict.
     *
     * @param v true for lenient
     * @return the new options
     */
    public ReadOptions withLenient(boolean v) {
        return new ReadOptions(limits, v, forms, sourceName);
    }

    /**
     * These options with other form descriptions (the standard ones plus a province's own, say).
     *
     * @param v the descriptions
     * @return the new options
     */
    public ReadOptions withForms(FormDescriptions v) {
        return new ReadOptions(limits, lenient, v, sourceName);
    }

    /**
     * These options with the source's name.
     *
     * @param v the file's name
     * @return the new options
     */
    public ReadOptions withSourceName(String v) {
        return new ReadOptions(limits, lenient, forms, Optional.of(v));
    }
}
