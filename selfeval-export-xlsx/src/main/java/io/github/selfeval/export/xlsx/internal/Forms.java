package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Label;
import io.github.selfeval.model.form.Signature;
import java.util.Optional;

/**
 * Looks up the labels a layout prints in the form description. A field the report fills but its own
 * form does not label (a department report with a 项目名称) takes the label of the first standard form
 * that has one, so that no label is spelled here.
 */
final class Forms {
    private Forms() {
    }

    static Label headerLabel(FormDescription form, HeaderField.Field field) {
        return headerIn(form, field)
                .or(() -> FormDescriptions.standard().ids().stream()
                        .map(FormDescriptions.standard()::get)
                        .flatMap(d -> headerIn(d, field).stream()).findFirst())
                .orElseThrow(() -> new IllegalStateException("no form description labels the header field "
                        + field.id()));
    }

    static String header(FormDescription form, HeaderField.Field field) {
        return headerLabel(form, field).text();
    }

    private static Optional<Label> headerIn(FormDescription form, HeaderField.Field field) {
        return form.header().fields().stream().filter(f -> f.field() == field).map(HeaderField::label).findFirst();
    }

    static FundsBlock.Column fundsColumn(FundsBlock block, FundsBlock.Column.Field field) {
        return block.column(field).orElseThrow(() -> new IllegalStateException("the funds block has no column "
                + field.id()));
    }

    static String fundsRow(FundsBlock block, FundsBlock.Row.Field field) {
        return fundsRowLabel(block, field).text();
    }

    static Label fundsRowLabel(FundsBlock block, FundsBlock.Row.Field field) {
        return block.rows().stream().filter(r -> r.field() == field).map(FundsBlock.Row::label).findFirst()
                .orElseThrow(() -> new IllegalStateException("the funds block has no row " + field.id()));
    }

    /** A column's label in a presentation, or null when the table has no such column. */
    static String column(IndicatorTable table, IndicatorTable.Column.Field field, boolean points) {
        return table.column(field).map(c -> c.label(points).text()).orElse(null);
    }

    /** The heading a column sits under, or null. */
    static String group(IndicatorTable table, IndicatorTable.Column.Field field) {
        return table.column(field).flatMap(IndicatorTable.Column::group).map(Label::text).orElse(null);
    }

    static Label signatureLabel(FormDescription form, Signature.Field field) {
        return signatureIn(form, field)
                .or(() -> FormDescriptions.standard().ids().stream()
                        .map(FormDescriptions.standard()::get)
                        .flatMap(d -> signatureIn(d, field).stream()).findFirst())
                .orElseThrow(() -> new IllegalStateException("no form description labels the signature field "
                        + field.id()));
    }

    static String signature(FormDescription form, Signature.Field field) {
        return signatureLabel(form, field).text();
    }

    private static Optional<Label> signatureIn(FormDescription form, Signature.Field field) {
        return form.signature().stream().filter(f -> f.field() == field).map(Signature::label).findFirst();
    }

    /** The notes label of a form, or of the first standard form that has one. */
    static Optional<String> notes(FormDescription form) {
        return form.notes().or(() -> FormDescriptions.standard().ids().stream()
                .map(FormDescriptions.standard()::get).flatMap(d -> d.notes().stream()).findFirst())
                .map(Label::text);
    }

    /** A numbered note as printed: {@code 1. …}. */
    static String note(int n, String text) {
        return notePrefix(n) + text;
    }

    static String notePrefix(int n) {
        return n + ". ";
    }
}
