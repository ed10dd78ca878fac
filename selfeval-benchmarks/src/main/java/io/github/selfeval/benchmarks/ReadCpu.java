package io.github.selfeval.benchmarks;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link ReadBenchmark}'s reads timed in the reading thread's CPU time rather than wall time, which a
 * shared, overloaded machine moves much less: per file, after {@code WARMUP} reads, the median and the
 * 90th percentile of {@code N} reads. Run from the repository root, with any benchmarks jar after it on
 * the class path (so one compiled copy of this class measures an older jar too):
 *
 * <pre>java -cp selfeval-benchmarks/target/classes:BENCHMARKS_JAR io.github.selfeval.benchmarks.ReadCpu [N] [WARMUP] [FILE...]</pre>
 */
public final class ReadCpu {

    private ReadCpu() {
    }

    /**
     * Reads each file N times after the warm-up and prints the CPU times.
     *
     * @param args N (default 200), WARMUP (default 300), files in examples/files (default the xlsx and docx)
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String[] files = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length)
                : new String[] {"2022-shanghai-putuo-tiyu.xlsx", "2023-jiangezhuang-report.docx"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ReportReaders readers = ReportReaders.load();
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(Path.of("examples", "files", file));
            ReportReader reader = readers.choose(file, Arrays.copyOf(bytes, Math.min(bytes.length,
                    ReportReaders.HEAD_BYTES))).orElseThrow();
            ReadOptions options = ReadOptions.defaults().withSourceName(file);
            int rows = 0;
            for (int i = 0; i < warmup; i++) {
                rows += read(reader, bytes, options);
            }
            long[] cpu = new long[n];
            for (int i = 0; i < n; i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                rows += read(reader, bytes, options);
                cpu[i] = mx.getCurrentThreadCpuTime() - t0;
            }
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%s: CPU per read median %.2f ms, p90 %.2f ms (%d reads after %d; %d rows)%n",
                    file, cpu[n / 2] / 1e6, cpu[n * 9 / 10] / 1e6, n, warmup, rows);
        }
    }

    private static int read(ReportReader reader, byte[] bytes, ReadOptions options) {
        return ReportReaders.read(reader, new ByteArrayInputStream(bytes), options).stream()
                .mapToInt(r -> r.report().indicators().size()).sum();
    }
}
