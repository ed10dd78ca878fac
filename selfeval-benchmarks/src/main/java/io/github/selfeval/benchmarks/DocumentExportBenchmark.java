package io.github.selfeval.benchmarks;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
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
 * Time to export the seed report (examples/2023-jiangezhuang.json, scored with the hebei pack) to a
 * whole document, warm, side by side in one run: PDF (cover, narrative, the 自评表 on landscape pages,
 * the audit appendix, including parsing the bundled font and embedding its subset — the font's bytes
 * are read once per JVM) and DOCX (the same content built with POI XWPF and rewritten into a
 * deterministic package, fonts named not embedded). Each format is found through the registry, as
 * applications find it.
 *
 * <pre>java -jar selfeval-benchmarks/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s DocumentExport</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocumentExportBenchmark {

    /** The format. */
    @Param({"pdf", "docx"})
    public String format;

    /** With or without the audit appendix. */
    @Param({"true", "false"})
    public boolean audit;

    private ScoreCard seed;
    private ReportExporter exporter;
    private ExportOptions options;

    /** Scores the seed and makes the exporter once. */
    @Setup
    public void setUp() {
        seed = Scorer.of(RulePacks.standard().get("hebei")).score(Seed.report());
        exporter = ReportExporters.load().get(format);
        options = ExportOptions.builder().deterministic(true).includeAudit(audit).build();
    }

    /**
     * Exports the seed in memory.
     *
     * @return the document's size, so that the work is not optimised away
     */
    @Benchmark
    public int exportSeed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        exporter.export(seed, out, options);
        return out.size();
    }
}
