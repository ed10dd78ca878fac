package io.github.selfeval.model;

import java.util.Objects;

/**
 * One broken rule of a report: where (a JSON path), which rule (a stable code) and a message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the JSON path of the offending value, e.g. {@code indicators[3].weight}; empty for
 *     the report as a whole
 * @param code the stable constraint code, e.g. {@code TOO_LARGE} or {@code INDICATOR_DUPLICATE}
 *     (listed in {@code docs/errors.md})
 * @param message the message in the requested language, without the path
 * @since 0.1
 */
public record ReportViolation(String path, String code, String message) {

    /**
     * Checks the arguments.
     *
     * @param path the JSON path of the offending value, e.g. {@code indicators[3].weight}; empty for the report as a whole
     * @param code the stable constraint code, e.g. {@code TOO_LARGE} or {@code INDICATOR_DUPLICATE} (listed in {@code docs/errors.md})
     * @param message the message in the requested language, without the path
     */
    public ReportViolation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Returns {@code path: message}, the form tools print one per line. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(report)" : path) + ": " + message;
    }
}
