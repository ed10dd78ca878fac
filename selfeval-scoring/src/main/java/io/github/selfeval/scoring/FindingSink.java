package io.github.selfeval.scoring;

/**
 * Where an {@link AuditCheck} reports its findings for one report. Not thread-safe: a sink serves one check
 * auditing one report and must not be kept after {@link AuditCheck#check} returns.
 *
 * @since 0.3
 */
@FunctionalInterface
public interface FindingSink {

    /**
     * Adds a finding to the report's card (subject to the pack's {@code audit.findings} settings).
     *
     * @param finding the finding
     */
    void report(Finding finding);
}
