package io.github.selfeval.benchmarks.peers;

import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.testsupport.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.quicktheories.QuickTheory;

/**
 * Writes N generated valid reports as JSON files (the shared generator {@link Reports#validReports()},
 * fixed seed, so every run writes the same files) for the batch measurements.
 *
 * <p>Usage: {@code GenerateReports N DIR [SEED]}; files are {@code DIR/r00000.json} …
 */
public final class GenerateReports {

    private GenerateReports() {
    }

    /**
     * Writes the reports.
     *
     * @param args N, the directory, and optionally the seed (default 7)
     * @throws Exception when a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GenerateReports N DIR [SEED]");
        }
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
        AtomicInteger count = new AtomicInteger();
        QuickTheory.qt().withFixedSeed(seed).withExamples(n).withShrinkCycles(0).withGenerateAttempts(1)
                .forAll(Reports.validReports())
                .checkAssert(report -> SelfEvaluationJson.write(report,
                        dir.resolve(String.format(Locale.ROOT, "r%05d.json", count.getAndIncrement()))));
        System.out.println(count.get() + " reports in " + dir);
    }
}
