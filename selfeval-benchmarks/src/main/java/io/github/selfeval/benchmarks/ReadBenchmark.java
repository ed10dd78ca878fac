package io.github.selfeval.benchmarks;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * Time to read a filled form as a finance bureau receives it, warm, through the reader registry (the
 * reader chosen by content, limits checked, every cell found by its printed label): the central project
 * template as a workbook (examples/files/2022-shanghai-putuo-tiyu.xlsx) and the seed's whole 自评报告 as a
 * Word document (examples/files/2023-jiangezhuang-report.docx), and each one's legacy-format twin.
 * Run from the repository root:
 *
 * <pre>java -jar selfeval-benchmarks/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s ReadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadBenchmark {

    /** The file, in examples/files/. */
    @Param({"2022-shanghai-putuo-tiyu.xlsx", "2022-shanghai-putuo-tiyu.xls", "2023-jiangezhuang-report.docx",
        "2023-jiangezhuang-report.doc"})
    public String file;

    private byte[] bytes;
    private ReportReader reader;
    private ReadOptions options;

    /** Loads the file and chooses its reader once. */
    @Setup
    public void setUp() {
        Path p = Path.of(System.getProperty("selfeval.examples", "examples"), "files", file);
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root (or set -Dselfeval.examples): " + p, e);
        }
        ReportReaders readers = ReportReaders.load();
        reader = readers.choose(file, Arrays.copyOf(bytes, Math.min(bytes.length, ReportReaders.HEAD_BYTES)))
                .orElseThrow(() -> new IllegalStateException("no reader for " + file));
        options = ReadOptions.defaults().withSourceName(file);
    }

    /**
     * Reads the file into its reports.
     *
     * @return the number of indicator rows read, so that the work is not optimised away
     */
    @Benchmark
    public int read() {
        return ReportReaders.read(reader, new ByteArrayInputStream(bytes), options).stream()
                .mapToInt(r -> r.report().indicators().size()).sum();
    }
}
