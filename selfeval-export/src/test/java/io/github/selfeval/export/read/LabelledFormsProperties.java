package io.github.selfeval.export.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.testsupport.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generated reports laid out by each form description (by {@link FormLayouter}, not by selfeval's
 * writers) anywhere in a sheet, with blank rows and columns, merged label cells, label variants with
 * stray spaces and other brackets, numbers as numbers or text, or cut into Word tables: the label engine
 * reads back what the form shows, chooses that description, and points every value at its cell.
 */
class LabelledFormsProperties {

    private static Gen<SelfEvaluation> reports(FormDescription d) {
        return d.kind() == FormKind.PROJECT ? Reports.validProjectReports() : Reports.validReports(FormKind.DEPARTMENT);
    }

    /** The grids as text, for a failure's message. */
    static String dump(SourceDocument doc) {
        StringBuilder b = new StringBuilder();
        for (SourceDocument.Part p : doc.parts()) {
            if (p instanceof FormGrid g) {
                b.append("== ").append(g.describe()).append(' ').append(g.merges()).append('\n');
                for (int r = 0; r < g.rows(); r++) {
                    b.append(r + 1).append(':');
                    for (int c = 0; c < g.columns(); c++) {
                        String t = g.text(r, c);
                        b.append(" | ").append(t.length() > 12 ? t.substring(0, 12) : t);
                    }
                    b.append('\n');
                }
            } else {
                b.append("¶ ").append(((SourceDocument.Paragraph) p).text()).append('\n');
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"central-project", "sichuan-project", "hubei-project", "hebei-department"})
    void readsBackWhatTheFormShows(String id) {
        FormDescription d = FormDescriptions.standard().get(id);
        qt().withExamples(60).withShrinkCycles(0).forAll(reports(d), SourceDSL.longs().all(), SourceDSL.booleans().all())
                .checkAssert((report, seed, document) -> {
                    FormLayouter layout = new FormLayouter(report, d, seed);
                    SourceDocument doc = layout.layout(document);
                    List<ReadReport> read;
                    try {
                        read = LabelledForms.read(doc, ReadOptions.defaults());
                    } catch (RuntimeException e) {
                        throw new AssertionError(e.getMessage() + "\n" + dump(doc), e);
                    }
                    assertEquals(1, read.size(), "one form");
                    ReadReport r = read.get(0);
                    assertEquals(id, r.formId(), () -> "the form description chosen\n" + dump(doc));
                    List<String> diff = SameReport.differences(Shown.of(report, d, layout.columns()), r.report());
                    assertTrue(diff.isEmpty(), () -> "the read report differs:\n  " + String.join("\n  ", diff) + "\n"
                            + dump(doc));
                    assertTrue(r.issues().isEmpty(), () -> "issues: " + r.issues());
                    List<String> wrong = new ArrayList<>();
                    for (Map.Entry<String, SourceLocation> e : layout.wrote.entrySet()) {
                        if (!r.provenance().get(e.getKey()).equals(java.util.Optional.of(e.getValue()))) {
                            wrong.add(e.getKey() + ": typed at " + e.getValue() + ", provenance "
                                    + r.provenance().get(e.getKey()));
                        }
                    }
                    assertTrue(wrong.isEmpty(), () -> "provenance:\n  " + String.join("\n  ", wrong));
                });
    }
}
