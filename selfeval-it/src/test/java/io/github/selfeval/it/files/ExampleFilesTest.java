package io.github.selfeval.it.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.it.files.ExampleFiles.Fixture;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.scoring.RulePack;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture file of {@code examples/files/} — real forms as people fill them, in xlsx, xls, docx and
 * doc — read through the reader registry as an application reads a file, gives the report its
 * transcription in {@code examples/} holds, field by field, and scores the same under the example's pack:
 * the same total, the same findings at the same paths.
 */
class ExampleFilesTest {

    private static final ReportReaders READERS = ReportReaders.load();

    @TestFactory
    Stream<DynamicTest> eachFileReadsToItsExampleAndScoresTheSame() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Fixture f : ExampleFiles.ALL) {
            for (String ext : f.extensions()) {
                Path file = f.file(ext);
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(f, file)));
            }
        }
        return tests.stream();
    }

    private static List<ReadReport> read(Path file, String name) {
        try {
            return READERS.read(file, ReadOptions.defaults());
        } catch (ReadException e) {
            throw new AssertionError(name + ": not read: " + e.code() + " " + e.getMessage(), e);
        }
    }

    private static void check(Fixture f, Path file) {
        String name = file.getFileName().toString();
        List<ReadReport> reads = read(file, name);
        assertEquals(f.examples().size(), reads.size(), () -> name + ": the forms read are " + reads.stream()
                .map(r -> r.formId() + " " + r.report().project().map(p -> p.name()).orElse(r.report().cover()
                        .department())).toList());
        for (int i = 0; i < reads.size(); i++) {
            String where = name + ", form " + (i + 1) + " of " + reads.size() + " (" + f.examples().get(i) + ")";
            SelfEvaluation example = ExampleFiles.example(f.examples().get(i));
            SelfEvaluation expected = ExampleFiles.expected(f.examples().get(i), f.notInFile());
            ReadReport read = reads.get(i);

            assertEquals(example.formId(), read.formId(), () -> where + ": the form description matched");
            assertEquals(example.formId(), read.report().formId(), () -> where + ": the report's form");
            assertTrue(read.issues().isEmpty(), () -> where + ": a strict read reports no issues: " + read.issues());

            ObjectNode want = ExampleFiles.tree(expected);
            ObjectNode got = ExampleFiles.tree(read.report());
            ExampleFiles.remove(want, ExampleFiles.NOT_PRINTED);
            ExampleFiles.remove(got, ExampleFiles.NOT_PRINTED);
            JsonDifference.first(want, got).ifPresent(d -> fail(where + ": " + d.describe()
                    + read.provenance().locate(d.path()).map(l -> " (read from " + l + ")").orElse("")));

            // Scored as the example is: under its pack and catalogue, which the file does not print.
            SelfEvaluation scored = read.report().toBuilder().pack(example.pack().orElse(null))
                    .catalogue(example.catalogue().orElse(null)).build();
            assertEquals(List.of(), SelfEvaluations.violations(scored).stream().map(v -> v.path() + " " + v.message())
                    .toList(), () -> where + ": the report read validates");
            RulePack pack = RulePacks.standard().get(example.pack().orElse(Scorer.DEFAULT_PACK));
            ScoreCard wantCard = Scorer.of(pack).score(expected);
            ScoreCard gotCard = Scorer.of(pack).score(scored);
            assertEquals(wantCard.totalScore(), gotCard.totalScore(), () -> where + ": the total under " + pack.id());
            assertEquals(ExampleFilesPresentTest.describe(wantCard), ExampleFilesPresentTest.describe(gotCard),
                    () -> where + ": the findings under " + pack.id());
        }
    }
}
