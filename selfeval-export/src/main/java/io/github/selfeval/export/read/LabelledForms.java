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
