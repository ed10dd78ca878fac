package io.github.selfeval.model.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A labelled text block below a form's table: 评价结论, 存在问题, 改进措施 …
 *
 * @param field the {@code FormTexts} component it holds
 * @param label the label as printed
 * @since 0.2
 */
public record TextBlock(Field field, Label label) {
    /**
     * Checks the arguments.
     *
     * @param field the {@code FormTexts} component it holds
     * @param label the label as printed
     */
    public TextBlock {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
    }

    /** The text blocks a form can print. */
    public enum Field implements FieldId {
        /** 评价结论 ({@code conclusion}). */
        CONCLUSION("conclusion"),
        /** 存在问题 ({@code problems}). */
        PROBLEMS("problems"),
        /** 改进措施 ({@code improvements}). */
        IMPROVEMENTS("improvements"),
        /** 偏差大或目标未完成原因分析 ({@code deviationAnalysis}). */
        DEVIATION_ANALYSIS("deviationAnalysis"),
        /** 改进措施及结果应用方案 ({@code resultApplication}). */
        RESULT_APPLICATION("resultApplication");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        @Override
        @JsonValue
        public String id() {
            return id;
        }

        /**
         * The field with a JSON id.
         *
         * @param id e.g. {@code conclusion}
         * @return the field
         */
        @JsonCreator
        public static Field of(String id) {
            return FieldId.of(Field.class, id, "text block");
        }

        /**
         * The text a report's form holds for this block.
         *
         * @param texts the report's text blocks
         * @return the text, empty when blank
         */
        public java.util.Optional<String> valueIn(io.github.selfeval.model.FormTexts texts) {
            return switch (this) {
                case CONCLUSION -> texts.conclusion();
                case PROBLEMS -> texts.problems();
                case IMPROVEMENTS -> texts.improvements();
                case DEVIATION_ANALYSIS -> texts.deviationAnalysis();
                case RESULT_APPLICATION -> texts.resultApplication();
            };
        }
    }
}
