package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.docx.internal.DocxReportReader;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Examples;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example exported to .docx (with the audit appendix) reads back with its narrative and its indicators'
 * deviation reasons and improvements as they were: sub-section titles without the numbers the document prints
 * before them, the reason and the improvement apart, and nothing of the appendix among the suggestions.
 */
class NarrativeReadBackTest {

    static List<String> examples() {
        return Examples.ALL;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExamplesDocxReadsBackWithItsNarrative(String example) {
        SelfEvaluation original = Examples.report(example);
        byte[] docx = SeedDocx.export(Scorer.forReport(original).score(original),
                ExportOptions.builder().deterministic(true).build());
        List<ReadReport> read = ReportReaders.read(new DocxReportReader(), new ByteArrayInputStream(docx),
                ReadOptions.defaults().withSourceName(example + ".docx"));
        assertEquals(1, read.size(), example);
        SelfEvaluation back = read.get(0).report();
        Narrative n = original.narrative();
        Narrative m = back.narrative();
        assertEquals(n.performanceAnalysis(), m.performanceAnalysis(), example + ": 三's sections");
        assertEquals(n.problems(), m.problems(), example + ": 四");
        assertEquals(n.suggestions(), m.suggestions(), example + ": 五");
        assertEquals(n.goalsAndIndicators(), m.goalsAndIndicators(), example + ": 二");
        assertEquals(n.overview().paragraphs(), m.overview().paragraphs(), example + ": 一");
        assertEquals(deviations(original), deviations(back), example + ": deviation reasons and improvements");
    }

    private static List<List<Optional<String>>> deviations(SelfEvaluation r) {
        return r.indicators().stream().map(NarrativeReadBackTest::deviation).toList();
    }

    private static List<Optional<String>> deviation(Indicator i) {
        return List.of(i.deviationReason(), i.improvement());
    }
}
