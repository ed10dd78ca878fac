package io.github.selfeval.model;

import io.github.selfeval.model.internal.EnumText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 指标性质: whether an indicator is measured by a number or judged in words.
 *
 * @since 0.1
 */
public enum IndicatorNature {
    /** 定量: a number compared with a target. */
    QUANTITATIVE("定量"),
    /** 定性: a qualitative judgement, graded by the evaluator. */
    QUALITATIVE("定性");

    private final String label;

    IndicatorNature(String label) {
        this.label = label;
    }

    /**
     * The Chinese label.
     *
     * @return the label, never null
     */
    @JsonValue
    public String label() {
        return label;
    }

    /**
     * The nature written as {@code text}.
     *
     * @param text {@code 定量} / {@code 定性} or a constant name
     * @return the nature
     * @throws IllegalArgumentException naming the allowed labels
     */
    @JsonCreator
    public static IndicatorNature of(String text) {
        return EnumText.find(values(), text, IndicatorNature::label).orElseThrow(() -> new IllegalArgumentException(
                "unknown indicator nature '" + text + "', expected 定量 or 定性"));
    }
}
