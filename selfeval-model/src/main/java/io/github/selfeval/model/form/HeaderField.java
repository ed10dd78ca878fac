package io.github.selfeval.model.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One labelled field of a form's header: 项目名称, 主管部门, 实施主管部门, 金额单位 …
 *
 * @param field the model field the value cell holds
 * @param label the label as printed
 * @since 0.2
 */
public record HeaderField(Field field, Label label) {

    /**
     * Checks the arguments.
     *
     * @param field the model field the value cell holds
     * @param label the label as printed
     */
    public HeaderField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
    }

    /** The header fields a form can print. */
    public enum Field implements FieldId {
        /** 实施主管部门 ({@code implementingDepartment}). */
        IMPLEMENTING_DEPARTMENT("implementingDepartment"),
        /** 金额单位 ({@code moneyUnit}). */
        MONEY_UNIT("moneyUnit"),
        /** 项目名称 ({@code project.name}). */
        PROJECT_NAME("project.name"),
        /** 项目编码 ({@code project.code}). */
        PROJECT_CODE("project.code"),
        /** 主管部门 ({@code project.supervisingDepartment}). */
        SUPERVISING_DEPARTMENT("project.supervisingDepartment"),
        /** 实施单位 ({@code project.implementingUnit}). */
        IMPLEMENTING_UNIT("project.implementingUnit"),
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
         * @param id e.g. {@code project.name}
         * @return the field
         * @throws IllegalArgumentException naming the known ids
         */
        @JsonCreator
        public static Field of(String id) {
            return FieldId.of(Field.class, id, "header field");
        }

        /**
         * The value a report holds for this field: the one place that says which model field a header cell
         * shows, for every writer and reader.
         *
         * @param report the report
         * @return the value as written, empty when blank
         */
        public java.util.Optional<String> valueIn(io.github.selfeval.model.SelfEvaluation report) {
            var p = report.project();
            return switch (this) {
                case IMPLEMENTING_DEPARTMENT -> report.implementingDepartment();
                case MONEY_UNIT -> java.util.Optional.of(report.moneyUnit().label());
                case PROJECT_NAME -> p.map(io.github.selfeval.model.ProjectInfo::name);
                case PROJECT_CODE -> p.flatMap(io.github.selfeval.model.ProjectInfo::code);
                case SUPERVISING_DEPARTMENT -> p.flatMap(io.github.selfeval.model.ProjectInfo::supervisingDepartment);
                case IMPLEMENTING_UNIT -> p.flatMap(io.github.selfeval.model.ProjectInfo::implementingUnit);
                case PROJECT_LEADER -> p.flatMap(io.github.selfeval.model.ProjectInfo::leader);
                case FINANCE_LEADER -> p.flatMap(io.github.selfeval.model.ProjectInfo::financeLeader);
            };
        }
    }
}
