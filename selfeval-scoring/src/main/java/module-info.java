/**
 * Scoring and audit of a 绩效自评: {@link io.github.selfeval.scoring.Scorer}, rule packs, indicator
 * catalogues, score cards and their JSON and text renderings.
 *
 * <p>Rule packs and catalogues are JSON resources under {@code META-INF/selfeval/}; a user adds one by
 * putting a file there on the class path. Audit checks are an SPI ({@link io.github.selfeval.scoring.AuditCheck}),
 * found with {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
module io.github.selfeval.scoring {
    requires transitive io.github.selfeval.model;
    requires com.fasterxml.jackson.databind;
    // The API's nullness annotations; annotation-only, so optional at run time, and read by a consumer's checker.
    requires static transitive org.jspecify;

    exports io.github.selfeval.scoring;

    // Audit checks: this module's built-in ones and any a plugin provides (AuditChecks).
    uses io.github.selfeval.scoring.AuditCheck;
    provides io.github.selfeval.scoring.AuditCheck with io.github.selfeval.scoring.internal.checks.FundsPartsCheck;
}
