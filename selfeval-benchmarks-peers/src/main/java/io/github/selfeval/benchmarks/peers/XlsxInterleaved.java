package io.github.selfeval.benchmarks.peers;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cross-check of {@link XlsxBenchmark} that stands up to a busy machine: selfeval and FastExcel
 * export alternately, one each per round, so a change in load hits both alike; reports the median time
 * of each and the median of the per-round ratios.
 *
 * <p>Usage: {@code XlsxInterleaved [ROUNDS] [WARMUP_ROUNDS]} (defaults 200 and 100).
 */
public final class XlsxInterleaved {

    private XlsxInterleaved() {
    }

    /**
     * Runs the rounds for the seed and for the 200-indicator report and prints the results.
     *
     * @param args rounds and warm-up rounds
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        ReportExporter xlsx = Fixtures.exporter("xlsx");
        for (String which : new String[] {"seed", "200"}) {
            ScoreCard card = Fixtures.score("seed".equals(which) ? Fixtures.seed() : Fixtures.large());
            byte[] ours = Fixtures.export(xlsx, card);
            FastExcelWriter peer = new FastExcelWriter(CellGrid.read(ours));
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            peer.write(theirs);
            long[] a = new long[rounds];
            long[] b = new long[rounds];
            double[] ratio = new double[rounds];
            for (int i = -warmup; i < rounds; i++) {
                // alternate which side goes first, so neither always runs right after the other's garbage
                long ta;
                long tb;
                if ((i & 1) == 0) {
                    ta = timeSelfeval(xlsx, card);
                    tb = timePeer(peer);
                } else {
                    tb = timePeer(peer);
                    ta = timeSelfeval(xlsx, card);
                }
                if (i >= 0) {
                    a[i] = ta;
                    b[i] = tb;
                    ratio[i] = (double) ta / tb;
                }
            }
            Arrays.sort(a);
            Arrays.sort(b);
            Arrays.sort(ratio);
            System.out.printf(Locale.ROOT,
                    "xlsx %-4s  selfeval median %8.2f ms  fastexcel median %8.2f ms  median per-round ratio "
                            + "selfeval/fastexcel %.2f  (rounds %d, warm-up %d; sizes %d / %d bytes)%n",
                    which, a[rounds / 2] / 1e6, b[rounds / 2] / 1e6, ratio[rounds / 2], rounds, warmup, ours.length,
                    theirs.size());
        }
    }

    private static long timeSelfeval(ReportExporter xlsx, ScoreCard card) {
        long t0 = System.nanoTime();
        Fixtures.export(xlsx, card);
        return System.nanoTime() - t0;
    }

    private static long timePeer(FastExcelWriter peer) {
        long t0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        peer.write(out);
        return System.nanoTime() - t0;
    }
}
