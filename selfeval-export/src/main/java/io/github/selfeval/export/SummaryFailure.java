package io.github.selfeval.export;

import java.util.Objects;

/**
 * A file of a batch that gave no roll-up row, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file, as the batch names it
 * @param error the error, one or more lines naming the place and the rule
 * @since 0.3
 */
public record SummaryFailure(String file, String error) {

    /**
     * Checks the arguments.
     *
     * @param file the file
     * @param error the error
     */
    public SummaryFailure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(error, "error");
    }
}
