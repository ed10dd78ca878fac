package io.github.selfeval.benchmarks;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.Scorer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link ScoringBenchmark}'s {@code seed} and {@code indicators200} (the hebei pack, the whole audit) in
 * reports per second of the scoring thread's CPU time, which an overloaded shared machine moves much less
 * than JMH's wall-clock throughput: after a warm-up, the best of five rounds. Run from the repository root,
 * with any benchmarks jar after it on the class path (so one compiled copy measures an older jar too):
 *
 * <pre>java -cp selfeval-benchmarks/target/classes:BENCHMARKS_JAR io.github.selfeval.benchmarks.ScoringCpu [N]</pre>
 */
public final class ScoringCpu {

    private ScoringCpu() {
    }

    /**
     * Scores the seed N times per round (the 200-row report N / 20 times) and prints reports per CPU second.
     *
     * @param args N (default 100,000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Scorer hebei = Scorer.of(RulePacks.standard().get("hebei"));
        run("seed", hebei, Fixtures.seed(), n);
        run("indicators200", hebei, Fixtures.large(200), Math.max(1, n / 20));
    }

    private static void run(String name, Scorer scorer, SelfEvaluation report, int n) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += scorer.score(report).findings().size();
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += scorer.score(report).findings().size();
            }
            double perSecond = n / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
            best = Math.max(best, perSecond);
        }
        System.out.printf(Locale.ROOT, "%s: %,.0f reports per CPU second (best of 5 rounds of %d; %d)%n", name, best, n,
                sink);
    }
}
