package io.github.selfeval.export;

import java.util.Objects;

/**
 * An exporter that could not be registered: which provider, and why.
 *
 * @param provider the provider's class name as registered, or a description when unknown
 * @param reason what went wrong, for a person
 * @param cause the underlying error
 * @since 0.1
 */
public record LoadFailure(String provider, String reason, Throwable cause) {

    /**
     * Checks the arguments.
     *
     * @param provider the provider's class name
     * @param reason what went wrong
     * @param cause the underlying error
     */
    public LoadFailure {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String toString() {
        return provider + ": " + reason;
    }
}
