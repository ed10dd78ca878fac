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
 * before them, the reason and the improvement apart (where the form has the column), and nothing of the appendix
 * among the suggestions.
 */
class NarrativeReadBackTest {

    static List<String> examples() {
        return Examples.ALL;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExamplesDocxReadsBackWithItsNarrative(String example) {
        readsBack(example, Examples.report(example));
    }

    /** No example gives an indicator both a reason and an improvement: here every other one has both. */
    @ParameterizedTest
    @MethodSource("examples")
    void reasonsAndImprovementsReadBackApart(String example) {
        SelfEvaluation r = Examples.report(example);
        List<Indicator> is = new java.util.ArrayList<>();
        for (int k = 0; k < r.indicators().size(); k++) {
            Indicator i = r.indicators().get(k);
            is.add(k % 2 == 1 ? i : new Indicator(i.level1(), i.level2(), i.name(), i.description(), i.comparison(),
                    i.expected(), i.unit(), i.actual(), i.grade(), i.score(), i.weight(), i.weightedScore(), i.nature(),
                    i.core(), Optional.of("进度滞后于计划。\n部分资金未及时拨付。"), Optional.of("加快项目实施进度。"),
                    i.scoringNote(), i.goalBlock(), i.scoringMethod()));
        }
        readsBack(example, r.toBuilder().indicators(is).build());
    }

    private static void readsBack(String example, SelfEvaluation original) {
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
        // A form without the column (hubei's) prints neither.
        boolean printed = io.github.selfeval.model.form.FormDescriptions.standard().get(read.get(0).formId()).indicators()
                .column(io.github.selfeval.model.form.IndicatorTable.Column.Field.DEVIATION_REASON).isPresent();
        if (printed) {
            assertEquals(deviations(original), deviations(back), example + ": deviation reasons and improvements");
        }
    }

    private static List<List<Optional<String>>> deviations(SelfEvaluation r) {
        return r.indicators().stream().map(NarrativeReadBackTest::deviation).toList();
    }

    private static List<Optional<String>> deviation(Indicator i) {
        return List.of(i.deviationReason(), i.improvement());
    }
}
