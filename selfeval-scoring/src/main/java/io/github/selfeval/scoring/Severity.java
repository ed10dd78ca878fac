package io.github.selfeval.scoring;

/**
 * How serious an audit {@link Finding} is.
 *
 * @since 0.1
 */
public enum Severity {
    /** The form breaks its own rules (a sum that is wrong, a weight that does not add up). */
    ERROR,
    /** Likely wrong or incomplete (a missing 偏差原因, an unlikely indicator class). */
    WARNING,
    /** Worth knowing, nothing to fix. */
    INFO
}
