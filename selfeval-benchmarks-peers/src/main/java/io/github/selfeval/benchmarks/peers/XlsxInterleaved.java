package io.github.selfeval.benchmarks.peers;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A cross-check of {@link XlsxBenchmark} that stands up to a busy machine: in every round each
 * contender exports once (the order rotating from round to round), so a change in load hits all alike;
 * reports each contender's median time and the median of the per-round ratios to FastExcel.
 * Contenders: selfeval's exporter, FastExcel, and (diagnostic) plain POI XSSF and SXSSF writing the
 * same cells.
 *
 * <p>Usage: {@code XlsxInterleaved [ROUNDS] [WARMUP_ROUNDS] [BASELINE_JAR]} (defaults 200 and 100). With a
 * third argument, the {@code selfeval-export-xlsx} jar of another build (say the one before a change) takes
 * its turns too, as {@code baseline} ({@link BaselineExporter}).
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
        ReportExporter baseline = args.length > 2 ? BaselineExporter.load(java.nio.file.Path.of(args[2])) : null;
        for (String which : new String[] {"seed", "200"}) {
            ScoreCard card = Fixtures.score("seed".equals(which) ? Fixtures.seed() : Fixtures.large());
            byte[] ours = Fixtures.export(xlsx, card);
            CellGrid grid = CellGrid.read(ours);
            FastExcelWriter fast = new FastExcelWriter(grid);
            PoiGridWriter dom = new PoiGridWriter(grid, false);
            PoiGridWriter streaming = new PoiGridWriter(grid, true);
            Map<String, Runnable> contenders = new LinkedHashMap<>();
            contenders.put("selfeval", () -> Fixtures.export(xlsx, card));
            contenders.put("fastexcel", () -> fast.write(new ByteArrayOutputStream(64 * 1024)));
            contenders.put("poi-xssf", () -> dom.write(new ByteArrayOutputStream(64 * 1024)));
            contenders.put("poi-sxssf", () -> streaming.write(new ByteArrayOutputStream(64 * 1024)));
            if (baseline != null) {
                contenders.put("baseline", () -> Fixtures.export(baseline, card));
            }
            String[] names = contenders.keySet().toArray(String[]::new);
            Runnable[] runs = contenders.values().toArray(Runnable[]::new);
            long[][] t = new long[names.length][rounds];
            double[][] ratio = new double[names.length][rounds];
            double[] toBaseline = new double[rounds];
            for (int i = -warmup; i < rounds; i++) {
                long[] round = new long[names.length];
                for (int k = 0; k < names.length; k++) {
                    int j = Math.floorMod(i + k, names.length); // rotate who goes first
                    long t0 = System.nanoTime();
                    runs[j].run();
                    round[j] = System.nanoTime() - t0;
                }
                if (i >= 0) {
                    for (int j = 0; j < names.length; j++) {
                        t[j][i] = round[j];
                        ratio[j][i] = (double) round[j] / round[1];
                    }
                    toBaseline[i] = baseline == null ? 0 : (double) round[0] / round[names.length - 1];
                }
            }
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            fast.write(theirs);
            System.out.printf(Locale.ROOT, "xlsx %s: %d rounds after %d warm-up rounds; sizes selfeval %d, fastexcel %d bytes%n",
                    which, rounds, warmup, ours.length, theirs.size());
            for (int j = 0; j < names.length; j++) {
                Arrays.sort(t[j]);
                Arrays.sort(ratio[j]);
                System.out.printf(Locale.ROOT, "  %-10s median %8.2f ms   median ratio to fastexcel %5.2f%n",
                        names[j], t[j][rounds / 2] / 1e6, ratio[j][rounds / 2]);
            }
            if (baseline != null) {
                Arrays.sort(toBaseline);
                System.out.printf(Locale.ROOT, "  selfeval / baseline: median ratio %5.2f%n", toBaseline[rounds / 2]);
            }
        }
    }
}
