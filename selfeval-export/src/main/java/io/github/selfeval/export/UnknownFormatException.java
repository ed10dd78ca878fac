package io.github.selfeval.export;

import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.SelfEvalException;
import java.util.List;

/**
 * No exporter has the requested format id; the message lists the ids that are known.
 *
 * @since 0.1
 */
public class UnknownFormatException extends SelfEvalException {
    private static final long serialVersionUID = 1L;

    /** The error code. */
    public static final String CODE = ErrorCodes.UNKNOWN_FORMAT;

    /** The id asked for. */
    private final String formatId;
    /** The registered ids, sorted. */
    private final List<String> knownIds;

    /**
     * Creates the exception.
     *
     * @param formatId the id asked for
     * @param knownIds the ids that are registered
     */
    public UnknownFormatException(String formatId, List<String> knownIds) {
        super(CODE, "unknown export format '" + formatId + "'; known formats: "
                + (knownIds.isEmpty() ? "(none registered)" : String.join(", ", knownIds)));
        this.formatId = formatId;
        this.knownIds = List.copyOf(knownIds);
    }

    /**
     * The id asked for.
     *
     * @return the id
     */
    public String formatId() {
        return formatId;
    }

    /**
     * The ids that are registered, sorted.
     *
     * @return the ids, never null, unmodifiable
     */
    public List<String> knownIds() {
        return knownIds;
    }
}
