package io.github.selfeval.model.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One field of the row under a form's table: 填报人：, 联系电话：, 填报日期：, 项目负责人：, 财务负责人：.
 *
 * @param field the model field the value holds
 * @param label the label as printed, colon included
 * @since 0.2
 */
public record Signature(Field field, Label label) {
    /**
     * Checks the arguments.
     *
     * @param field the model field the value holds
     * @param label the label as printed, colon included
     */
    public Signature {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
    }

    /** The fields a signature row can print. */
    public enum Field implements FieldId {
        /** 填报人 ({@code preparer}). */
        PREPARER("preparer"),
        /** 联系电话 ({@code phone}). */
        PHONE("phone"),
        /** 填报日期 ({@code filledOn}). */
        FILLED_ON("filledOn"),
        /** 项目负责人 ({@code project.leader}). */
        PROJECT_LEADER("project.leader"),
        /** 财务负责人 ({@code project.financeLeader}). */
        FINANCE_LEADER("project.financeLeader");

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
         * @param id e.g. {@code preparer}
         * @return the field
         */
        @JsonCreator
        public static Field of(String id) {
            return FieldId.of(Field.class, id, "signature field");
        }

        /**
         * The value a report holds for this field, as the form prints it (a date as 2024年4月15日).
         *
         * @param report the report
         * @return the value, empty when blank
         */
        public java.util.Optional<String> valueIn(io.github.selfeval.model.SelfEvaluation report) {
            var p = report.project();
            return switch (this) {
                case PREPARER -> report.preparer();
                case PHONE -> report.phone();
                case FILLED_ON -> report.filledOn().map(FormNumbers::date);
                case PROJECT_LEADER -> p.flatMap(io.github.selfeval.model.ProjectInfo::leader);
                case FINANCE_LEADER -> p.flatMap(io.github.selfeval.model.ProjectInfo::financeLeader);
            };
        }
    }
}
