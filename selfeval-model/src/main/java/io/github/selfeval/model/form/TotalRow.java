package io.github.selfeval.model.form;

import java.util.Objects;

/**
 * The total row under the indicator table: 自评得分 (the seed) or 总分 (the project form), with the
 * sum of weights (or 满分) under the weight column and the total under the score column.
 *
 * @param label the row's label as printed
 * @since 0.2
 */
public record TotalRow(Label label) {
    /**
     * Checks the argument.
     *
     * @param label the row's label as printed
     */
    public TotalRow {
        Objects.requireNonNull(label, "label");
    }
}
