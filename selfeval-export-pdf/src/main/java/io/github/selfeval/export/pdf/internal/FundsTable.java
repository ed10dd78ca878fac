package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.pdf.PdfPTable;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.scoring.BudgetScore;
import io.github.selfeval.scoring.ScoreCard;
import java.util.List;
import java.util.Optional;

/**
 * The form's first table: its header fields and its money block, in the block's layout
 * ({@link FundsBlock.Layout#GROUPED}: the seed's 预算执行情况; {@link FundsBlock.Layout#GRID}: the central
 * 项目资金 block with 分值 · 执行率 · 得分 on the total row).
 */
final class FundsTable {

    private final PdfLayout layout;
    private final ScoreCard card;
    private final SelfEvaluation report;
    private final FormDescription form;

    FundsTable(PdfLayout layout, ScoreCard card, FormDescription form) {
        this.layout = layout;
        this.card = card;
        this.report = card.report();
        this.form = form;
    }

    void render() {
        PdfPTable t = form.funds().layout() == FundsBlock.Layout.GROUPED ? grouped() : grid();
        t.setKeepTogether(true);
        layout.document.add(t);
    }

    private String unit() {
        return report.moneyUnit().label();
    }

    /** The header's fields, two to a row; a project's name takes a row of its own. */
    private void header(PdfPTable t, int cols, int firstValueSpan) {
        form.header().section().ifPresent(s -> t.addCell(layout.sectionRow(s.text(), cols)));
        List<HeaderField> fields = form.header().fields();
        for (int i = 0; i < fields.size(); i++) {
            HeaderField f = fields.get(i);
            t.addCell(layout.label(f.label().text(), 1, 1));
            boolean alone = f.field() == HeaderField.Field.PROJECT_NAME || i + 1 == fields.size()
                    || fields.get(i + 1).field() == HeaderField.Field.PROJECT_NAME;
            if (alone) {
                t.addCell(layout.value(FormValues.header(report, f.field()), cols - 1, 1, f.field().id()));
                continue;
            }
            HeaderField g = fields.get(++i);
            t.addCell(layout.value(FormValues.header(report, f.field()), firstValueSpan, 1, f.field().id()));
            t.addCell(layout.label(g.label().text(), 1, 1));
            t.addCell(layout.value(FormValues.header(report, g.field()), cols - 2 - firstValueSpan, 1,
                    g.field().id()));
        }
    }

    /** The seed's layout: each money column a pair of label and value cells, 预算执行进度(%) beside them. */
    private PdfPTable grouped() {
        FundsBlock funds = form.funds();
        List<FundsBlock.Column> money = funds.columns().stream().filter(c -> c.field().isMoney()).toList();
        int cols = 2 * money.size() + (funds.rate().isPresent() ? 1 : 0);
        float[] widths = new float[cols];
        for (int i = 0; i < money.size(); i++) {
            widths[2 * i] = 2.2f;
            widths[2 * i + 1] = 1.6f;
        }
        if (funds.rate().isPresent()) {
            widths[cols - 1] = 1.8f;
        }
        PdfPTable t = PdfLayout.table(widths);
        // Paragraphs are laid out when added, so the gap under the form's title is the table's.
        t.setSpacingBefore(layout.style.tableFontSize());
        header(t, cols, 3);

        funds.sectionText(unit(), report.budget().points()).ifPresent(s -> t.addCell(layout.sectionRow(s, cols)));
        for (FundsBlock.Column c : money) {
            t.addCell(layout.label(c.label().text(), 2, 1));
        }
        funds.rate().ifPresent(r -> t.addCell(layout.label(r.text(), 1, 1)));
        List<FundsBlock.Row> rows = funds.rows();
        for (int i = 0; i < rows.size(); i++) {
            FundsBlock.Row row = rows.get(i);
            for (FundsBlock.Column c : money) {
                String label = i == 0 ? c.totalLabel().orElse(row.label()).text() : row.label().text();
                t.addCell(layout.label(label, 1, 1));
                t.addCell(layout.value(FormValues.money(report, c.field(), row), 1, 1,
                        "budget." + c.field().id() + "." + row.field().id()));
            }
            if (i == 0 && funds.rate().isPresent()) {
                t.addCell(layout.value(FormValues.rate(funds, card.budgetExecutionRate(),
                        report.budget().declaredExecutionRate()), 1, rows.size(), "budget.declaredExecutionRate"));
            }
        }
        return t;
    }

    /** The central layout: one header row of columns, one row per source; 分值 · 执行率 · 得分 on the total. */
    private PdfPTable grid() {
        FundsBlock funds = form.funds();
        List<FundsBlock.Column> columns = funds.columns();
        int cols = 1 + columns.size();
        float[] widths = new float[cols];
        widths[0] = 2.6f;
        for (int i = 0; i < columns.size(); i++) {
            widths[i + 1] = switch (columns.get(i).field()) {
                case POINTS -> 1.0f;
                // Room for a computed value with the declared one beside it: 86.2（填报：86）.
                case RATE, SCORE -> 2.0f;
                case EXPLANATION -> 3.0f;
                default -> 1.7f;
            };
        }
        PdfPTable t = PdfLayout.table(widths);
        t.setSpacingBefore(layout.style.tableFontSize());
        header(t, cols, (cols - 2) / 2);

        Optional<BudgetScore> score = card.budgetScore();
        funds.sectionText(unit(), report.budget().points()).ifPresent(s -> t.addCell(layout.sectionRow(s, cols)));
        t.addCell(layout.label(funds.cornerText(unit()).orElse(" "), 1, 1));
        for (FundsBlock.Column c : columns) {
            t.addCell(layout.label(c.label().text(), 1, 1));
        }
        var b = report.budget();
        for (FundsBlock.Row row : funds.rows()) {
            boolean total = row.field() == FundsBlock.Row.Field.TOTAL;
            t.addCell(layout.label(row.label().text(), 1, 1));
            for (FundsBlock.Column c : columns) {
                String path = "budget." + c.field().id() + (c.field().isMoney() ? "." + row.field().id() : "");
                if (c.field().isMoney()) {
                    t.addCell(layout.value(FormValues.money(report, c.field(), row), 1, 1, path));
                } else if (!total) {
                    t.addCell(layout.value(funds.notApplicable(), 1, 1, path));
                } else {
                    String v = switch (c.field()) {
                        case POINTS -> FormNumbers.plain(b.points());
                        case RATE -> FormValues.rate(funds, score.flatMap(BudgetScore::rate)
                                .or(card::budgetExecutionRate), b.declaredExecutionRate());
                        case SCORE -> FormNumbers.shown(score.map(BudgetScore::score), b.declaredScore());
                        case EXPLANATION -> b.explanation().orElse("");
                        default -> "";
                    };
                    t.addCell(c.field() == FundsBlock.Column.Field.EXPLANATION ? layout.text(v, 1, 1, path)
                            : layout.value(v, 1, 1, path));
                }
            }
        }
        return t;
    }
}
