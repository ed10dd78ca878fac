package io.github.selfeval.export;

import java.util.Objects;

/**
 * Something a {@link ReadOptions#lenient() lenient} read could not take and left out: an optional field
 * whose cell does not hold what the form expects. A strict read throws a {@link ReadException} with the
 * same code instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, one of {@link ReadException}'s
 * @param path the JSON path of the field left out, e.g. {@code indicators[3].weight}
 * @param location the cell that held it
 * @param message what was found and what was expected, for a person
 * @since 0.3
 */
public record ReadIssue(String code, String path, SourceLocation location, String message) {

    /**
     * Checks the arguments.
     *
     * @param code the stable code
     * @param path the JSON path of the field left out
     * @param location the cell that held it
     * @param message what was found and what was expected
     */
    public ReadIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location + " (" + path + "): " + message + " [" + code + "]";
    }
}
