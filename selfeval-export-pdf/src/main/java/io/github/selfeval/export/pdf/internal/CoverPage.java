package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.pdf.ColumnText;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.HeaderDetails;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.ReportText;
import java.util.ArrayList;
import java.util.List;

/**
 * The cover, placed at fixed heights: the title lines from about a fifth of the text block down,
 * the 编制单位 and date at its foot, as a filed report's cover has them.
 */
final class CoverPage {

    private final PdfLayout layout;
    private final SelfEvaluation report;
    private final ReportText text;

    CoverPage(PdfLayout layout, SelfEvaluation report, ReportText text) {
        this.layout = layout;
        this.report = report;
        this.text = text;
    }

    void render() {
        Cover c = report.cover();
        var style = layout.style;
        List<String> lines = text.coverLines(report);
        float left = layout.document.left();
        float right = layout.document.right();
        float top = PdfLayout.mm(style.pageHeightMm() - style.topMarginMm());
        float bottom = PdfLayout.mm(style.pageHeightMm() - style.topMarginMm() - style.textHeightMm());
        float height = top - bottom;

        ColumnText title = new ColumnText(layout.writer.getDirectContent());
        title.setSimpleColumn(left, bottom + height * 0.3f, right, top - height * 0.16f);
        for (int i = 0; i < lines.size(); i++) {
            title.addElement(layout.centred(lines.get(i), FontRole.TITLE, style.coverTitleSize(),
                    style.coverTitleSize() * 1.9f, "cover.titleLines[" + i + "]"));
        }
        title.go();

        List<String[]> foot = new ArrayList<>();
        report.details().ifPresent(d -> foot.addAll(details(d)));
        // 部门名称 belongs on the cover; custom title lines may not carry it.
        String unitName = c.preparingUnit().orElse(c.department());
        if (lines.stream().noneMatch(l -> l.contains(c.department())) && !unitName.equals(c.department())) {
            foot.add(new String[] {text.department() + c.department(), "cover.department"});
        }
        foot.add(new String[] {text.preparingUnit() + unitName, "cover.preparingUnit"});
        c.date().ifPresent(d -> foot.add(new String[] {FormNumbers.date(d), "cover.date"}));
        ColumnText unit = new ColumnText(layout.writer.getDirectContent());
        unit.setSimpleColumn(left, bottom, right, bottom + (foot.size() + 1) * style.bodyLeading());
        for (String[] line : foot) {
            unit.addElement(layout.centred(line[0], FontRole.BODY, style.bodySize(), style.bodyLeading(), line[1]));
        }
        unit.go();
        layout.writer.setPageEmpty(false);
    }

    /** The optional header details some provinces print on the cover (no standard form prints them in its table). */
    private static List<String[]> details(HeaderDetails d) {
        return io.github.selfeval.model.form.CoverDetails.lines(d).stream()
                .map(l -> new String[] {l.text(), l.path()}).toList();
    }
}
