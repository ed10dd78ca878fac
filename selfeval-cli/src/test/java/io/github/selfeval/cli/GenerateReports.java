package io.github.selfeval.cli;

import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.QuickTheory;

/**
 * Writes generated valid reports as JSON files, for batch tests and for measuring a batch by hand.
 *
 * <p>The reports come from the shared generators ({@link Reports#validReports()}) with a fixed seed, so
 * the same arguments always give the same files. The generators now and then write 𠮷 (U+20BB7), a
 * character outside the Basic Multilingual Plane that the PDF exporter's bundled font lacks (it then
 * fails, rightly, naming the character); reports meant for a batch run are made printable by writing
 * its common variant 吉 instead, so every generated report exports to every format. Likewise a
 * generated report that names a pack no standard pack has ({@code sichuan-2023}) is given the known
 * pack it stands for ({@code sichuan}). Usage (from the repository root):
 * <pre>
 * ./mvnw -B -q -pl selfeval-cli test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.selfeval.cli.GenerateReports -Dexec.args="1000 /tmp/reports"
 * </pre>
 * Optional third argument: the seed (default 20231231).
 */
public final class GenerateReports {

    /** The default seed. */
    public static final long SEED = 20231231L;

    private GenerateReports() {
    }

    /**
     * Generates reports.
     *
     * @param count how many
     * @param seed the random seed
     * @return the reports, in generation order
     */
    static List<SelfEvaluation> reports(int count, long seed) {
        List<SelfEvaluation> reports = new ArrayList<>(count);
        QuickTheory.qt().withFixedSeed(seed).withExamples(count).withShrinkCycles(0)
                .forAll(Reports.validReports())
                .checkAssert(reports::add);
        if (reports.size() != count) {
            throw new IllegalStateException("asked for " + count + " reports, the generator gave " + reports.size());
        }
        return reports;
    }

    /**
     * Writes reports as {@code report-0001.json} … into a directory.
     *
     * @param count how many
     * @param seed the random seed
     * @param dir the directory (created if missing)
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    static List<Path> write(int count, long seed, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        int n = 0;
        List<String> packs = RulePacks.standard().ids();
        for (SelfEvaluation generated : reports(count, seed)) {
            // The generators sometimes name a pack no standard pack has (sichuan-2023): such a report
            // cannot be scored, and a batch rightly fails it. Reports for a batch name the nearest known one.
            SelfEvaluation r = generated.pack().filter(p -> !packs.contains(p))
                    .map(p -> generated.toBuilder().pack(packs.contains(p.replaceAll("-.*", "")) ? p.replaceAll("-.*", "")
                            : Scorer.DEFAULT_PACK).build())
                    .orElse(generated);
            Path f = dir.resolve(String.format(Locale.ROOT, "report-%04d.json", ++n));
            Files.writeString(f, printable(SelfEvaluationJson.toJson(r)), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    /** Replaces the one supplementary character the generators use by its BMP variant. */
    static String printable(String json) {
        return json.replace("\uD842\uDFB7", "吉");
    }

    /**
     * {@code GenerateReports N DIR [SEED]}.
     *
     * @param args the arguments
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateReports N DIR [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        List<Path> files = write(count, seed, dir);
        System.out.println(files.size() + " reports written to " + dir.toAbsolutePath());
    }
}
