package io.github.selfeval.model;

import io.github.selfeval.model.internal.EnumText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 金额单位: the unit every amount of a report is written in.
 *
 * @since 0.1
 */
public enum MoneyUnit {
    /** 万元 (ten thousand yuan), the usual unit and the default. */
    WAN_YUAN("万元"),
    /** 元. */
    YUAN("元");

    private final String label;

    MoneyUnit(String label) {
        this.label = label;
    }

    /**
     * The Chinese label as printed on the form.
     *
     * @return the label, never null
     */
    @JsonValue
    public String label() {
        return label;
    }

    /**
     * The unit written as {@code text}.
     *
     * @param text {@code 万元} or {@code 元} (or a constant name)
     * @return the unit
     * @throws IllegalArgumentException naming the allowed labels
     */
    @JsonCreator
    public static MoneyUnit of(String text) {
        return EnumText.find(values(), text, MoneyUnit::label).orElseThrow(() -> new IllegalArgumentException(
                "unknown money unit '" + text + "', expected 万元 or 元"));
    }
}
