package io.github.selfeval.model;

import io.github.selfeval.model.internal.EnumText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 完成等级: the completion grade a form declares for an indicator, or the result grade of a total.
 *
 * <p>Written in JSON and in every exported document by its Chinese label ({@code 优}, {@code 良},
 * {@code 中}, {@code 差}).
 *
 * @since 0.1
 */
public enum Grade {
    /** 优. */
    EXCELLENT("优"),
    /** 良. */
    GOOD("良"),
    /** 中. */
    FAIR("中"),
    /** 差. */
    POOR("差");

    private final String label;

    Grade(String label) {
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
     * The grade whose label (or constant name) is {@code text}.
     *
     * @param text a label such as {@code 优}, or a constant name such as {@code EXCELLENT}
     * @return the grade
     * @throws IllegalArgumentException if no grade has that label, naming the allowed labels
     */
    @JsonCreator
    public static Grade of(String text) {
        return EnumText.find(values(), text, Grade::label).orElseThrow(() -> new IllegalArgumentException(
                "unknown grade '" + text + "', expected one of 优, 良, 中, 差"));
    }
}
