package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.util.List;

/**
 * The 自评表 on landscape pages, laid out from its {@link FormDescription}: the title, the header and
 * money block, the goals, the indicator table with its total, text blocks and signature, then the notes.
 */
final class FormPages {

    private final PdfLayout layout;
    private final ScoreCard card;
    private final FormDescription form;
    private final Presentation presentation;

    FormPages(PdfLayout layout, ScoreCard card, FormDescription form, Presentation presentation) {
        this.layout = layout;
        this.card = card;
        this.form = form;
        this.presentation = presentation;
    }

    void render() {
        SelfEvaluation report = card.report();
        layout.applyTableMargins();
        layout.document.newPage();
        float size = Math.min(layout.style.titleSize(), 18f);
        List<String> title = form.titleLines(report);
        for (int i = 0; i < title.size(); i++) {
            layout.paragraph(title.get(i), FontRole.TITLE, size, Element.ALIGN_CENTER, 0, size * 1.6f,
                    "form title");
        }
        new FundsTable(layout, card, form).render();
        form.goals().ifPresent(g -> new GoalsTable(layout, report, g, form.report().none()).render());
        new IndicatorTableBlock(layout, card, form, presentation).render();
        notes(report);
        layout.applyPortraitMargins();
        layout.document.newPage();
    }

    /** 说明： and the numbered notes under the table. */
    private void notes(SelfEvaluation report) {
        List<String> notes = report.notes();
        if (notes.isEmpty()) {
            return;
        }
        float size = layout.style.tableFontSize();
        float leading = size * 1.6f;
        form.notes().ifPresent(label -> {
            Paragraph head = layout.paragraph(label.text(), FontRole.HEADING, size, Element.ALIGN_LEFT, 0, leading,
                    "notes");
            head.setSpacingBefore(size * 0.5f);
        });
        for (int i = 0; i < notes.size(); i++) {
            String n = notes.get(i);
            Paragraph p = layout.paragraph(NarrativeSections.NUMBERED.matcher(n).matches() ? n : (i + 1) + ". " + n,
                    FontRole.BODY, size, Element.ALIGN_JUSTIFIED, 0, leading, "notes[" + i + "]");
            p.setIndentationLeft(size);
        }
    }
}
