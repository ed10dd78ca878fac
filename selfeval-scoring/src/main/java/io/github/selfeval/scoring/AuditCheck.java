package io.github.selfeval.scoring;

/**
 * One check of the audit, reporting the places where a scored form disagrees with its own rules: this
 * library's built-in checks and any a plugin brings implement it.
 *
 * <p>Checks are found with {@link java.util.ServiceLoader} ({@link AuditChecks}): a check declares itself in
 * {@code META-INF/services/io.github.selfeval.scoring.AuditCheck} (class path) and with
 * {@code provides io.github.selfeval.scoring.AuditCheck with ...} in its {@code module-info} (module path),
 * and has a public no-argument constructor. A check runs after the rows and totals are scored and sees them
 * in its {@link AuditContext}; it reports through the {@link FindingSink}. A pack's {@code audit.findings}
 * switches any check's codes off or changes their severity, whichever check reports them.
 *
 * <p>Implementations must be stateless, or immutable, and thread-safe: one instance audits every report of
 * every scorer, possibly at once. A check that throws loses its findings for that report only; the card
 * then carries {@link FindingCode#AUDIT_CHECK_FAILED}.
 *
 * @since 0.3
 */
public interface AuditCheck {

    /**
     * The check's stable id: lower-case words joined by hyphens ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, at most
     * 64 characters), e.g. {@code funds-parts}; unique among the checks loaded.
     *
     * @return the id, never null
     */
    String id();

    /**
     * What the check looks at, in one English sentence for a person listing the checks.
     *
     * @return the description, never blank
     */
    String description();

    /**
     * The codes this check may report that are not this library's, so that a rule pack's {@code audit.findings}
     * may name them (a pack naming a code no loaded check declares is refused, as a misspelling).
     *
     * @return the codes, never null; none by default
     */
    default java.util.List<FindingCode> codes() {
        return java.util.List.of();
    }

    /**
     * Audits one scored report, reporting each finding to the sink.
     *
     * @param context the report, its scores and the rules it was scored by
     * @param sink where the findings go
     */
    void check(AuditContext context, FindingSink sink);
}
