package io.github.selfeval.benchmarks;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The PDF and DOCX exporters on the seed (deterministic, audit appendix included), taking turns in one
 * JVM: each round exports N documents with one format and then N with the other, the order swapping every
 * round, and the medians of the per-document <em>thread CPU time</em> are printed with their ratio. CPU
 * time moves far less with the machine's load than wall time or JMH's averages do, so this is the
 * cross-check to {@link DocumentExportBenchmark} on a busy machine. A third argument {@code N} takes
 * {@link Fixtures#large(int) Fixtures.large(N)} (N indicators) instead of the seed.
 *
 * <pre>java -cp selfeval-benchmarks/target/benchmarks.jar io.github.selfeval.benchmarks.DocumentExportTurns 20 7 [200]</pre>
 */
public final class DocumentExportTurns {

    private DocumentExportTurns() {
    }

    /**
     * Runs the turns and prints the medians.
     *
     * @param args documents per turn (default 20), rounds (default 7), and optionally the number of
     *     indicators of a generated report to export instead of the seed
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ScoreCard seed = Scorer.of(RulePacks.standard().get("hebei"))
                .score(args.length > 2 ? Fixtures.large(Integer.parseInt(args[2])) : Seed.report());
        ReportExporter[] exporters = {ReportExporters.load().get("pdf"), ReportExporters.load().get("docx")};
        ExportOptions options = ExportOptions.builder().deterministic(true).includeAudit(true).build();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 60; i++) {
            for (ReportExporter e : exporters) {
                e.export(seed, new ByteArrayOutputStream(1 << 18), options);
            }
        }
        double[][] cpu = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int which = (k + r) % 2;
                long c0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    exporters[which].export(seed, new ByteArrayOutputStream(1 << 18), options);
                }
                cpu[which][r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / n;
            }
        }
        double pdf = median(cpu[0]);
        double docx = median(cpu[1]);
        System.out.printf(Locale.ROOT, "%s: pdf %.2f ms CPU/doc, docx %.2f ms CPU/doc (medians of %d rounds"
                + " of %d); docx/pdf %.2f%n", args.length > 2 ? args[2] + " indicators" : "seed", pdf, docx, rounds, n,
                docx / pdf);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
