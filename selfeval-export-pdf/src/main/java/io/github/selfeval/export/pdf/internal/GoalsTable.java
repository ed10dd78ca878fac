package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.pdf.PdfPTable;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.GoalsBlock;
import java.util.List;

/**
 * The goals block: the seed's numbered goals with 总体完成率 ({@link GoalsBlock.Layout#LIST}), or the
 * central form's 预期目标 · 实际完成情况 ({@link GoalsBlock.Layout#PAIR}). Blank goals stay blank.
 */
final class GoalsTable {

    private final PdfLayout layout;
    private final SelfEvaluation report;
    private final GoalsBlock block;
    private final String none;

    GoalsTable(PdfLayout layout, SelfEvaluation report, GoalsBlock block, String none) {
        this.layout = layout;
        this.report = report;
        this.block = block;
        this.none = none;
    }

    void render() {
        boolean overall = block.layout() == GoalsBlock.Layout.LIST && block.overall().isPresent();
        PdfPTable t = overall ? PdfLayout.table(5f, 7f, 1.8f) : PdfLayout.table(1f, 1f);
        int cols = overall ? 3 : 2;
        t.addCell(layout.sectionRow(block.section().text(), cols));
        t.addCell(layout.label(block.target().text(), 1, 1));
        t.addCell(layout.label(block.completion().text(), 1, 1));
        if (overall) {
            t.addCell(layout.label(block.overall().get().text(), 1, 1));
        }
        t.setHeaderRows(2);
        List<Goal> goals = report.goals().items();
        String rate = FormNumbers.plain(report.goals().declaredOverallCompletion().map(p -> p.points()));
        if (goals.isEmpty()) {
            // The seed's form says so across an empty goals block; the central form leaves it blank.
            t.addCell(layout.value(overall ? none : "", 2, 1, "goals.items"));
            if (overall) {
                t.addCell(layout.value(rate, 1, 1, "goals.declaredOverallCompletion"));
            }
        }
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            int n = i + 1;
            String path = "goals.items[" + i + "]";
            t.addCell(layout.text(g.target().map(s -> block.target(n, s)).orElse(""), 1, 1, path + ".target"));
            t.addCell(layout.text(g.completion().map(s -> block.completion(n, s)).orElse(""), 1, 1,
                    path + ".completion"));
            if (overall && i == 0) {
                t.addCell(layout.value(rate, 1, goals.size(), "goals.declaredOverallCompletion"));
            }
        }
        layout.document.add(t);
    }
}
