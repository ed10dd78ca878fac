package io.github.selfeval.export.read;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import java.util.List;
import java.util.Objects;

/**
 * Finds 自评表 in a {@link SourceDocument} by their printed labels and reads them: the engine every file
 * reader shares, driven by the {@link io.github.selfeval.model.form.FormDescription form descriptions}.
 *
 * <p>A form is found by its indicator table's header (the description's 一级指标 · 二级指标 · 三级指标) wherever
 * it sits; the description whose labels match most cells around it is chosen (on a tie, the one whose
 * printed texts match more, then the one with fewer labels left unmatched). A sheet is searched alone; a
 * document's tables are searched together with the few title, 填报 and 说明 paragraphs around them, so a
 * form cut into several tables reads as one. Labels match after {@link
 * io.github.selfeval.model.form.Label#normalise normalising}, also with a bracketed suffix (项目资金（元）) or
 * with the value after a colon in the same cell (执行数：2819.17). Empty template rows (指标2, ……) are
 * dropped. Every value read is in the report's {@link io.github.selfeval.export.Provenance} under the JSON
 * path findings use ({@code budget.spent.total}, {@code indicators[3].actual}, {@code goals.items[0].target}).
 * A document's paragraphs outside the forms become the narrative (sections 一 to 五 by the description's
 * headings, the sub-sections of 三 at headings and numbered lines) when the document holds one form.
 *
 * <p>Strict by default: a number cell holding text is {@link ReadException#BAD_CELL}; with {@link
 * ReadOptions#lenient()} it becomes a {@link io.github.selfeval.export.ReadIssue} and the value is left
 * out. A missing required label is {@link ReadException#MISSING_LABEL}, two candidate blocks {@link
 * ReadException#AMBIGUOUS}. Work is linear in the filled cells: labels are looked up in an index, never
 * searched cell by cell over a sheet's rows and columns.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.3
 */
public final class LabelledForms {

    private LabelledForms() {
    }

    /**
     * Reads every form the document holds, in document order.
     *
     * @param document the sheets or tables and paragraphs of a file
     * @param options limits, strictness and the form descriptions to match
     * @return the reports, never empty
     * @throws ReadException {@link ReadException#NO_FORM} when no grid carries a known form's labels, or
     *     naming the cell whose content the form cannot take
     */
    public static List<ReadReport> read(SourceDocument document, ReadOptions options) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        return io.github.selfeval.export.internal.labels.LabelEngine.read(document, options);
    }
}
