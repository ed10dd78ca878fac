package io.github.selfeval.benchmarks.peers;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.scoring.ScoreCard;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * XLSX export: selfeval's exporter (through the registry, from a score card) against FastExcel writing
 * the same cells (text, numbers, formulas with cached values, merges, column widths) of the same sheets.
 *
 * <p>Both sides run in the same JVM on the same POI (5.5.1, the version selfeval ships with; FastExcel
 * 1.3.0 was built against 5.4.1 and Maven mediates it to the managed 5.5.1 — see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class XlsxBenchmark {

    /** Which report: the seed (9 indicators) or the 200-indicator one. */
    @Param({"seed", "200"})
    public String report;

    private ReportExporter xlsx;
    private ScoreCard card;
    private FastExcelWriter peer;
    private PoiGridWriter poiDom;
    private PoiGridWriter poiStreaming;

    /** Scores the report and prepares the peer's cells from selfeval's own output, once. */
    @Setup(Level.Trial)
    public void setUp() {
        xlsx = Fixtures.exporter("xlsx");
        card = Fixtures.score("seed".equals(report) ? Fixtures.seed() : Fixtures.large());
        CellGrid grid = CellGrid.read(Fixtures.export(xlsx, card));
        peer = new FastExcelWriter(grid);
        poiDom = new PoiGridWriter(grid, false);
        poiStreaming = new PoiGridWriter(grid, true);
    }

    /** selfeval: score card → the official 自评表 with formulas, 审核 and 数据 sheets. */
    @Benchmark
    public byte[] selfeval() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        xlsx.export(card, out, Fixtures.options());
        return out.toByteArray();
    }

    /** FastExcel: the same cells, from rows prepared in advance. */
    @Benchmark
    public byte[] fastexcel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        peer.write(out);
        return out.toByteArray();
    }

    /** Diagnostic: plain POI XSSF (the DOM model selfeval uses) writing the same cells, no styles. */
    @Benchmark
    public byte[] poiXssf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        poiDom.write(out);
        return out.toByteArray();
    }

    /** Diagnostic: plain POI SXSSF (streaming, unlimited window; FastExcel's engine) writing the same cells. */
    @Benchmark
    public byte[] poiSxssf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        poiStreaming.write(out);
        return out.toByteArray();
    }
}
