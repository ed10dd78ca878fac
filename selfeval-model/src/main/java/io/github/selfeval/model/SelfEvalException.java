package io.github.selfeval.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception selfeval throws on purpose: catch this one type to handle them all.
 *
 * <p>Each carries a stable {@link #code() error code} (documented in {@code docs/errors.md}) and a
 * message meant for the person who supplied the input: it names the field (JSON path or
 * {@code sheet!cell}) and the rule that was broken.
 *
 * @since 0.1
 */
public class SelfEvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    private final String code;

    /**
     * Creates an exception.
     *
     * @param code the stable error code, e.g. {@code JSON_SYNTAX}
     * @param message what went wrong, where, and which rule
     */
    public SelfEvalException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a cause.
     *
     * @param code the stable error code
     * @param message what went wrong, where, and which rule
     * @param cause the underlying exception, kept for logs, or null
     */
    public SelfEvalException(String code, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * The stable error code, e.g. {@code JSON_SYNTAX}, {@code VALIDATION}, {@code EXPORT_FAILED}.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }
}
