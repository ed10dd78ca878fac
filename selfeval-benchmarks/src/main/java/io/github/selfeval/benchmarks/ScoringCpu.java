package io.github.selfeval.benchmarks;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link ScoringBenchmark}'s {@code seed} and {@code indicators200} (the hebei pack, the whole audit) in
 * reports per second of the scoring thread's CPU time, which an overloaded shared machine moves much less
 * than JMH's wall-clock throughput: after a warm-up, the best of five rounds. Each report's card is consumed as a
 * batch reads it: every finding's code, severity and path and the exact total. A second line per report also
 * formats every finding's Chinese text, as an exporter showing the card does (since 0.3 a finding's texts are
 * formatted when first asked for, so the first line no longer pays for them). Run from the repository root, with
 * any benchmarks jar after it on the class path (so one compiled copy measures an older jar too; it uses only API
 * that 0.1's {@code Finding} and {@code ScoreCard} already had):
 *
 * <pre>java -cp selfeval-benchmarks/target/classes:BENCHMARKS_JAR io.github.selfeval.benchmarks.ScoringCpu [N]</pre>
 */
public final class ScoringCpu {

    private ScoringCpu() {
    }

    /**
     * Scores the seed N times per round (the 200-row report N / 20 times) and prints reports per CPU second,
     * without and with the findings' Chinese texts.
     *
     * @param args N (default 100,000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Scorer hebei = Scorer.of(RulePacks.standard().get("hebei"));
        SelfEvaluation seed = Fixtures.seed();
        SelfEvaluation large = Fixtures.large(200);
        run("seed", hebei, seed, n, false);
        run("seed+zh", hebei, seed, n, true);
        run("indicators200", hebei, large, Math.max(1, n / 20), false);
        run("indicators200+zh", hebei, large, Math.max(1, n / 20), true);
    }

    private static void run(String name, Scorer scorer, SelfEvaluation report, int n, boolean texts) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += consume(scorer.score(report), texts);
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += consume(scorer.score(report), texts);
            }
            double perSecond = n / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
            best = Math.max(best, perSecond);
        }
        System.out.printf(Locale.ROOT, "%s: %,.0f reports per CPU second (best of 5 rounds of %d; %d)%n", name, best, n,
                sink);
    }

    /** What a batch reads of a card (and, with {@code texts}, an exporter), folded into a number. */
    private static long consume(ScoreCard card, boolean texts) {
        long h = card.rawTotalScore().hashCode();
        for (Finding f : card.findings()) {
            h = 31 * h + f.code().name().hashCode() + f.severity().ordinal() + f.path().length();
            if (texts) {
                h += f.messageZh().length();
            }
        }
        return h;
    }
}
