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
 * <p>Usage: {@code GenerateReports N DIR [SEED] [--exportable]}; files are {@code DIR/r00000.json} …
 *
 * <p>{@code --exportable} makes every report exportable to PDF and scoreable by the CLI: the generator
 * deliberately writes 𠮷 (U+20BB7, outside the BMP), which the bundled GBK-subset font lacks, so the
 * PDF exporter refuses those reports (by design: FONT_MISSING_GLYPH); it becomes 吉. And it names a
 * rule pack {@code sichuan-2023} that the standard packs do not have; it becomes {@code sichuan}.
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
        long seed = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : 7L;
        boolean exportable = java.util.Arrays.asList(args).contains("--exportable");
        AtomicInteger count = new AtomicInteger();
        QuickTheory.qt().withFixedSeed(seed).withExamples(n).withShrinkCycles(0).withGenerateAttempts(1)
                .forAll(Reports.validReports())
                .checkAssert(report -> write(dir.resolve(String.format(Locale.ROOT, "r%05d.json",
                        count.getAndIncrement())), SelfEvaluationJson.toJson(report), exportable));
        System.out.println(count.get() + " reports in " + dir);
    }

    private static void write(Path file, String json, boolean exportable) {
        String text = exportable ? json.replace(FAR, "吉").replace("\\uD842\\uDFB7", "吉")
                .replace("\"sichuan-2023\"", "\"sichuan\"") : json;
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String FAR = new String(Character.toChars(0x20BB7));
}
