package io.github.selfeval.benchmarks;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.export.xlsx.XlsxReportReader;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to export a scored report to XLSX (the 自评表 with formulas, 审核 with highlighting, the hidden
 * 数据 sheet, deterministic zip), and to read the workbook back with {@link XlsxReportReader}, warm:
 * the seed report (examples/2023-jiangezhuang.json, 9 rows) and a 200-row table.
 *
 * <pre>java -jar selfeval-benchmarks/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s XlsxExport</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class XlsxExportBenchmark {

    /** The report: the seed, or a 200-row table. */
    @Param({"seed", "rows200"})
    public String report;

    private ScoreCard card;
    private ReportExporter xlsx;
    private ExportOptions options;
    private byte[] workbook;

    /** Scores the report, finds the exporter and writes the workbook the read benchmark reads. */
    @Setup
    public void setUp() {
        SelfEvaluation r = "seed".equals(report) ? Seed.report() : Fixtures.large(200);
        card = Scorer.of(RulePacks.standard().get("hebei")).score(r);
        xlsx = ReportExporters.load().get("xlsx");
        options = ExportOptions.builder().deterministic(true).build();
        workbook = export();
    }

    /**
     * Exports the report to XLSX in memory.
     *
     * @return the workbook's size, so that the work is not optimised away
     */
    @Benchmark
    public int exportWorkbook() {
        return export().length;
    }

    /**
     * Reads the exported workbook back into the model.
     *
     * @return the number of indicator rows read
     */
    @Benchmark
    public int readWorkbook() {
        return XlsxReportReader.read(new ByteArrayInputStream(workbook)).indicators().size();
    }

    private byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        xlsx.export(card, out, options);
        return out.toByteArray();
    }
}
