package io.github.selfeval.scoring;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.internal.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a validated {@link SelfEvaluation} into a {@link ScoreCard}: every indicator's computed score
 * next to the declared one, the raw and rounded totals, the result grade, the computed 预算执行进度 and
 * the audit findings.
 *
 * <p>Built once from a {@link RulePack} and reused: stateless, immutable and thread-safe.
 * <pre>{@code
 * Scorer scorer = Scorer.of(RulePacks.standard().get("hebei"));
 * ScoreCard card = scorer.score(report);
 * }</pre>
 * The indicator catalogue is, in order of precedence: the one given to {@link Builder#catalogue}, the
 * one the report names ({@code report.catalogue()}), the pack's; catalogues named by id are looked up
 * in {@link IndicatorCatalogues#standard()}, or in the registry given to {@link Builder#catalogues}
 * (so that a plugin's catalogue can serve a pack).
 *
 * <p>Besides the checks built into scoring, the audit runs every {@link AuditCheck} of
 * {@link AuditChecks#standard()} — or of the registry given to {@link Builder#checks}, with any
 * {@linkplain Builder#addCheck added} — in id order, after the rows and totals are scored.
 *
 * @since 0.1
 */
public final class Scorer {
    /** The pack {@link #forReport} uses for a report that names none: the seed's form. */
    public static final String DEFAULT_PACK = "hebei";

    private final RulePack pack;
    private final IndicatorCatalogue catalogue;
    private final AuditChecks checks;
    private final ScoringEngine engine;

    private Scorer(RulePack pack, Optional<IndicatorCatalogue> override, IndicatorCatalogues registry,
            AuditChecks checks) {
        this.pack = pack;
        IndicatorCatalogue packCatalogue = override.orElseGet(() -> registry.get(pack.catalogue()));
        this.catalogue = packCatalogue;
        this.checks = checks;
        this.engine = new ScoringEngine(pack, packCatalogue, override, registry::find, checks.all());
    }

    /**
     * A scorer applying a pack as it is, with the pack's own rounding.
     *
     * @param pack the rule pack
     * @return the scorer, never null
     * @throws io.github.selfeval.model.SelfEvalException when the pack's catalogue is unknown
     */
    public static Scorer of(RulePack pack) {
        return builder(pack).build();
    }

    /**
     * A scorer applying a pack with another rounding policy, e.g. {@link RoundingPolicy#DEFAULT}.
     *
     * @param pack the rule pack
     * @param rounding the rounding policy
     * @return the scorer, never null
     */
    public static Scorer of(RulePack pack, RoundingPolicy rounding) {
        return builder(pack).rounding(rounding).build();
    }

    /**
     * A scorer for the pack a report names, or {@value #DEFAULT_PACK} when it names none, from
     * {@link RulePacks#standard()}.
     *
     * @param report the report
     * @return the scorer, never null
     * @throws io.github.selfeval.model.SelfEvalException with code {@code PACK_UNKNOWN} when the report
     *     names a pack that is not known
     */
    public static Scorer forReport(SelfEvaluation report) {
        return of(RulePacks.standard().get(report.pack().orElse(DEFAULT_PACK)));
    }

    /**
     * A builder starting from a pack, for overriding its scheme, presentation, rounding, catalogue or
     * audit rules.
     *
     * @param pack the rule pack
     * @return a new builder, never null
     */
    public static Builder builder(RulePack pack) {
        return new Builder(pack);
    }

    /**
     * Scores and audits a report.
     *
     * @param report a validated report
     * @return the score card, never null
     */
    public ScoreCard score(SelfEvaluation report) {
        return engine.score(Objects.requireNonNull(report, "report"));
    }

    /**
     * The pack as applied, overrides included.
     *
     * @return the pack, never null
     */
    public RulePack pack() {
        return pack;
    }

    /**
     * The scheme applied.
     *
     * @return the scheme, never null
     */
    public ScoringScheme scheme() {
        return pack.scheme();
    }

    /**
     * The rounding policy applied.
     *
     * @return the policy, never null
     */
    public RoundingPolicy rounding() {
        return pack.rounding();
    }

    /**
     * The catalogue used for reports that name none (or for all reports when overridden).
     *
     * @return the catalogue, never null
     */
    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /**
     * The pluggable audit checks this scorer runs, in the order it runs them.
     *
     * @return the checks, never null
     * @since 0.3
     */
    public AuditChecks checks() {
        return checks;
    }

    /**
     * Builds a {@link Scorer} with overrides. Not thread-safe; the scorer it builds is.
     *
     * @since 0.1
     */
    public static final class Builder {
        private RulePack pack;
        private @Nullable IndicatorCatalogue catalogue;
        private IndicatorCatalogues catalogues = IndicatorCatalogues.standard();
        private @Nullable AuditChecks checks;
        private final List<AuditCheck> added = new ArrayList<>();

        private Builder(RulePack pack) {
            this.pack = Objects.requireNonNull(pack, "pack");
        }

        /**
         * Replaces the pack's scheme.
         *
         * @param scheme the scheme
         * @return this builder
         */
        public Builder scheme(ScoringScheme scheme) {
            pack = pack.withScheme(Objects.requireNonNull(scheme, "scheme"));
            return this;
        }

        /**
         * Shows the pack's scheme weighted or in points; the totals do not change.
         *
         * @param presentation the presentation
         * @return this builder
         */
        public Builder presentation(Presentation presentation) {
            pack = pack.withScheme(pack.scheme().withPresentation(Objects.requireNonNull(presentation, "presentation")));
            return this;
        }

        /**
         * Replaces the pack's rounding policy.
         *
         * @param rounding the policy
         * @return this builder
         */
        public Builder rounding(RoundingPolicy rounding) {
            pack = pack.withRounding(Objects.requireNonNull(rounding, "rounding"));
            return this;
        }

        /**
         * Uses this catalogue for every report, whatever the report names.
         *
         * @param catalogue the catalogue
         * @return this builder
         */
        public Builder catalogue(IndicatorCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Uses a catalogue of the {@linkplain #catalogues registry} for every report.
         *
         * @param id the catalogue's id, e.g. {@code 2021}
         * @return this builder
         * @throws io.github.selfeval.model.SelfEvalException when the id is unknown
         */
        public Builder catalogue(String id) {
            return catalogue(catalogues.get(id));
        }

        /**
         * Looks catalogues up by id in this registry — the pack's catalogue and those reports name —
         * instead of {@link IndicatorCatalogues#standard()}: e.g.
         * {@code IndicatorCatalogues.using(pluginLoader)}, so that a catalogue a plugin brings serves a
         * pack.
         *
         * @param registry the registry
         * @return this builder
         * @since 0.3
         */
        public Builder catalogues(IndicatorCatalogues registry) {
            this.catalogues = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Replaces the pack's audit rules.
         *
         * @param audit the rules
         * @return this builder
         */
        public Builder audit(AuditRules audit) {
            pack = pack.withAudit(Objects.requireNonNull(audit, "audit"));
            return this;
        }

        /**
         * Runs the checks of this registry instead of {@link AuditChecks#standard()}: e.g.
         * {@code AuditChecks.using(pluginLoader)} for a plugin's checks too, or {@code AuditChecks.of()} for
         * none but the ones built into scoring.
         *
         * @param registry the checks
         * @return this builder
         * @since 0.3
         */
        public Builder checks(AuditChecks registry) {
            this.checks = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Runs the checks a class loader finds (a plugin folder's), besides the built-in ones:
         * {@code checks(AuditChecks.using(loader))}.
         *
         * @param loader the class loader
         * @return this builder
         * @since 0.3
         */
        public Builder checks(ClassLoader loader) {
            return checks(AuditChecks.using(loader));
        }

        /**
         * Runs one more check, an application's own. A check whose id is taken, or whose id or description is
         * malformed, is left out and listed in the scorer's {@code checks().failures()}.
         *
         * @param check the check
         * @return this builder
         * @since 0.3
         */
        public Builder addCheck(AuditCheck check) {
            added.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * Builds the scorer.
         *
         * @return the scorer, never null
         * @throws io.github.selfeval.model.SelfEvalException when the pack's catalogue is unknown
         */
        public Scorer build() {
            AuditChecks base = checks == null ? AuditChecks.standard() : checks;
            return new Scorer(pack, Optional.ofNullable(catalogue), catalogues,
                    added.isEmpty() ? base : base.with(added));
        }
    }
}
