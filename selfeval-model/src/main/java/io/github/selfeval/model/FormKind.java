package io.github.selfeval.model;

import io.github.selfeval.model.internal.EnumText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which self-evaluation form a report is: one model serves both.
 *
 * @since 0.1
 */
public enum FormKind {
    /** 部门整体绩效自评: the whole department's budget. JSON {@code department}. */
    DEPARTMENT("department", "部门整体绩效自评"),
    /** 项目支出绩效自评: one budget project. JSON {@code project}. */
    PROJECT("project", "项目支出绩效自评");

    private final String id;
    private final String label;

    FormKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The JSON id, {@code department} or {@code project}.
     *
     * @return the id, never null
     */
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The Chinese name of the form.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The kind with the given JSON id.
     *
     * @param text {@code department} or {@code project}
     * @return the kind
     * @throws IllegalArgumentException naming the allowed ids
     */
    @JsonCreator
    public static FormKind of(String text) {
        return EnumText.find(values(), text, FormKind::id, FormKind::label).orElseThrow(() -> new IllegalArgumentException(
                "unknown form kind '" + text + "', expected department or project"));
    }
}
