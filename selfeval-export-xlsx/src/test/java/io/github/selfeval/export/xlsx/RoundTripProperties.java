package io.github.selfeval.export.xlsx;

import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.testsupport.Reports;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * model → XLSX → model is the identity, for generated valid reports of both kinds (so both layouts:
 * project forms use the points layout), with and without the audit sheet.
 */
class RoundTripProperties {

    /** Examples per property: each one writes and reads a workbook (~10 ms). */
    static final int EXAMPLES = 200;

    @Test
    void exportThenReadGivesTheSameReport() {
        qt().withExamples(EXAMPLES).withShrinkCycles(50)
                .forAll(Reports.validReports())
                .checkAssert(r -> assertRoundTrip(r, ExportOptions.defaults()));
    }

    @Test
    void theWeightedLayoutRoundTripsProjectFormsToo() {
        ExportOptions weighted = ExportOptions.builder().presentation(Presentation.WEIGHTED).includeAudit(false).build();
        qt().withExamples(EXAMPLES / 4).withShrinkCycles(50)
                .forAll(Reports.validReports())
                .checkAssert(r -> assertRoundTrip(r, weighted));
    }

    @Test
    void thePointsLayoutRoundTripsDepartmentFormsToo() {
        ExportOptions points = ExportOptions.builder().presentation(Presentation.POINTS).build();
        qt().withExamples(EXAMPLES / 4).withShrinkCycles(50)
                .forAll(Reports.validReports())
                .checkAssert(r -> assertRoundTrip(r, points));
    }

    private static void assertRoundTrip(SelfEvaluation report, ExportOptions options) {
        byte[] xlsx = Workbooks.export(Workbooks.score(report), options);
        SelfEvaluation back = XlsxReportReader.read(new ByteArrayInputStream(xlsx));
        if (!report.equals(back)) {
            // The JSON forms make the difference readable.
            org.junit.jupiter.api.Assertions.assertEquals(SelfEvaluationJson.toJson(report),
                    SelfEvaluationJson.toJson(back));
            org.junit.jupiter.api.Assertions.assertEquals(report, back);
        }
    }
}
