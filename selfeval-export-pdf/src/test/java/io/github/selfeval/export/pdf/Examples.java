package io.github.selfeval.export.pdf;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real forms in {@code examples/}, scored with the pack each names, and their PDFs. */
final class Examples {

    private Examples() {
    }

    /** Every {@code examples/*.json}, by name. */
    static List<Path> all() {
        Path dir = Seed.repositoryRoot().orElseThrow(() -> new IllegalStateException("not in a checkout"))
                .resolve("examples");
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SelfEvaluation report(String fileName) {
        return SelfEvaluationJson.read(Seed.example(fileName));
    }

    static ScoreCard card(SelfEvaluation report) {
        return Scorer.of(RulePacks.standard().get(report.pack().orElseThrow())).score(report);
    }

    /** Scored with another pack than the one it names (the national pack prints 执行率 and 得分 to two places). */
    static ScoreCard card(SelfEvaluation report, String pack) {
        return Scorer.of(RulePacks.standard().get(pack)).score(report);
    }

    static byte[] pdf(ScoreCard card) {
        return SeedPdf.export(card, ExportOptions.builder().deterministic(true).build());
    }

    /** The PDF's text without white space and page numbers. */
    static String text(byte[] pdf) {
        try {
            return SeedPdf.squeeze(SeedPdf.text(pdf).replaceAll("—\\s*\\d+\\s*—", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
