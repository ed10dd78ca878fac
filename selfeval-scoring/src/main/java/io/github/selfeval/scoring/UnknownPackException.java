package io.github.selfeval.scoring;

import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.SelfEvalException;
import java.util.List;

/**
 * No rule pack has the requested id; the message lists the ids that are known. The counterpart of the
 * export registry's {@code UnknownFormatException}.
 *
 * @since 0.3
 */
public class UnknownPackException extends SelfEvalException {
    private static final long serialVersionUID = 1L;

    /** The error code. */
    public static final String CODE = ErrorCodes.PACK_UNKNOWN;

    /** The id asked for. */
    private final String packId;
    /** The known ids, sorted. */
    private final List<String> knownIds;

    /**
     * Creates the exception.
     *
     * @param packId the id asked for
     * @param knownIds the ids that are known
     */
    public UnknownPackException(String packId, List<String> knownIds) {
        super(CODE, "unknown rule pack '" + packId + "'; known packs: "
                + (knownIds.isEmpty() ? "(none found)" : String.join(", ", knownIds)));
        this.packId = packId;
        this.knownIds = List.copyOf(knownIds);
    }

    /**
     * The id asked for.
     *
     * @return the id
     */
    public String packId() {
        return packId;
    }

    /**
     * The ids that are known, sorted.
     *
     * @return the ids, never null, unmodifiable
     */
    public List<String> knownIds() {
        return knownIds;
    }
}
