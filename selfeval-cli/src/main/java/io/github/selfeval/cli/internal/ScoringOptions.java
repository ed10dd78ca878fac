package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.RulePack;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --pack}, {@code --scheme} and {@code --rounding}: which rules score a report. Scorers are
 * built once per pack and reused (they are stateless and thread-safe).
 */
public final class ScoringOptions {

    @Option(names = "--pack", paramLabel = "PACK|PATH", completionCandidates = PackIds.class,
            description = "Rule pack: the id of a known pack (${COMPLETION-CANDIDATES}) or a pack file. "
                + "Default: the pack the report names, else " + Scorer.DEFAULT_PACK + ".")
    String pack;

    /** The ids the rule-pack registry knows, for the help: a pack added to the registry shows up there. */
    static final class PackIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return RulePacks.standard().ids().iterator();
        }
    }

    @Option(names = "--scheme", paramLabel = "weighted|points",
            description = "Show scores weighted (单项得分 × 权重) or in points (分值 / 得分); the totals do not change. Default: the pack's.")
    Scheme scheme;

    @Option(names = "--rounding", paramLabel = "default|PACK",
            description = "Rounding policy: 'default' (HALF_UP to 2 places) or the id of a pack whose rounding to use. Default: the pack's.")
    String rounding;

    /** The two presentations, as option values. */
    enum Scheme {
        weighted(Presentation.WEIGHTED),
        points(Presentation.POINTS);

        final Presentation presentation;

        Scheme(Presentation presentation) {
            this.presentation = presentation;
        }
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private final Map<String, Scorer> scorers = new ConcurrentHashMap<>();
    private volatile RoundingPolicy roundingPolicy;

    /**
     * The scorer for a report: the option's pack, else the report's own, else the default pack.
     *
     * @param report the report
     * @return the scorer
     * @throws CliException with exit code 2 when the pack or rounding cannot be found
     */
    public Scorer scorerFor(SelfEvaluation report) {
        String id = pack != null ? pack : report.pack().orElse(Scorer.DEFAULT_PACK);
        return scorers.computeIfAbsent(id, this::build);
    }

    /**
     * Scores a report read from a file; errors name the file.
     *
     * @param file where the report came from
     * @param report the valid report
     * @return the score card
     * @throws CliException with exit code 2 for a bad --pack or --rounding, 1 when the report names a pack
     *     that does not exist or cannot be scored
     */
    public ScoreCard score(Path file, SelfEvaluation report) {
        return score(file.toString(), report);
    }

    /**
     * Scores a report; errors name it.
     *
     * @param file the report's name in messages, e.g. {@code in/a.xlsx#2}
     * @param report the valid report
     * @return the score card
     * @throws CliException as {@link #score(Path, SelfEvaluation)}
     */
    public ScoreCard score(String file, SelfEvaluation report) {
        Scorer scorer;
        try {
            scorer = scorerFor(report);
        } catch (CliException e) {
            if (pack != null || e.getCause() == null) {
                throw e;
            }
            throw new CliException(SelfevalCli.INVALID_INPUT, file + ": pack: " + e.getCause().getMessage(), e.getCause());
        }
        try {
            return scorer.score(report);
        } catch (SelfEvalException e) {
            throw new CliException(SelfevalCli.INVALID_INPUT, file + ": " + e.getMessage(), e);
        }
    }

    private Scorer build(String idOrPath) {
        RulePack p;
        try {
            p = packs().resolve(idOrPath);
        } catch (SelfEvalException e) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, (pack != null ? "--pack " : "pack ") + idOrPath + ": " + e.getMessage(), e);
        }
        Scorer.Builder b = Scorer.builder(p);
        if (command != null) {
            b.checks(RootCommand.plugins(command).checks());
        }
        if (scheme != null) {
            b.presentation(scheme.presentation);
        }
        rounding().ifPresent(b::rounding);
        try {
            return b.build();
        } catch (SelfEvalException e) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, "pack " + idOrPath + ": " + e.getMessage(), e);
        }
    }

    /** The rule packs of this run: the standard ones and any a plugin adds. */
    private RulePacks packs() {
        return command == null ? RulePacks.standard() : RootCommand.plugins(command).rulePacks();
    }

    private Optional<RoundingPolicy> rounding() {
        if (rounding == null) {
            return Optional.empty();
        }
        RoundingPolicy r = roundingPolicy;
        if (r == null) {
            String name = rounding.trim().toLowerCase(Locale.ROOT);
            if (name.equals(RoundingPolicy.DEFAULT.name())) {
                r = RoundingPolicy.DEFAULT;
            } else {
                try {
                    r = packs().resolve(rounding).rounding();
                } catch (SelfEvalException e) {
                    throw new CliException(SelfevalCli.UNREADABLE_INPUT, "--rounding " + rounding
                            + ": neither 'default' nor a known pack (" + e.getMessage() + ")", e);
                }
            }
            roundingPolicy = r;
        }
        return Optional.of(r);
    }

    /**
     * Fails early, before any report is read, when the options name a pack or rounding that does not exist.
     */
    public void check() {
        if (pack != null) {
            scorers.computeIfAbsent(pack, this::build);
        }
        rounding();
    }
}
