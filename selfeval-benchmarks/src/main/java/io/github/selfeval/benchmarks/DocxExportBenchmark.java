package io.github.selfeval.benchmarks;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.docx.DocxStyle;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
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
 * Time to export the seed report (examples/2023-jiangezhuang.json, scored with the hebei pack) to DOCX,
 * warm: the whole document (cover, narrative, the 自评表 on a landscape section, the audit appendix),
 * built with POI XWPF and rewritten into a deterministic package. Run it beside {@link PdfExportBenchmark}
 * to compare the two formats in one JVM:
 *
 * <pre>java -jar selfeval-benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 '(Pdf|Docx)Export'</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocxExportBenchmark {

    /** With or without the audit appendix. */
    @Param({"true", "false"})
    public boolean audit;

    private ScoreCard seed;
    private ReportExporter docx;
    private ExportOptions options;

    /** Scores the seed and makes the exporter once. */
    @Setup
    public void setUp() {
        seed = Scorer.of(RulePacks.standard().get("hebei")).score(Seed.report());
        docx = DocxStyle.gbt9704().exporter();
        options = ExportOptions.builder().deterministic(true).includeAudit(audit).build();
    }

    /**
     * Exports the seed to DOCX in memory.
     *
     * @return the document's size, so that the work is not optimised away
     */
    @Benchmark
    public int exportSeed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        docx.export(seed, out, options);
        return out.size();
    }
}
