package io.github.selfeval.model.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicator table: its columns in form order, and how block labels carry their points.
 *
 * <p>A column may sit under a group heading (预期指标值 over 符号 · 值; 自评得分 over 单项指标得分 · 权重占比(%) ·
 * 单项指标折算得分), may print another label in the points presentation (得分系数(%) for 单项指标得分), and
 * may be {@code optional}: printed only when some row fills it. Immutable and thread-safe.
 *
 * @param section the table's label (四、年度绩效指标完成情况 / 绩效指标)
 * @param columns the columns in form order
 * @param blockLabel how a 一级 label with points prints, {@code {name}} and {@code {points}}: {@code {name}({points}分)}
 * @param goalBlockLabel how a goal block's label prints: {@code {name}({points}分)}
 * @param improvementPrefix what precedes 改进措施 where it shares the 偏差原因 cell (on a line of its own):
 *     {@code 改进措施：}
 * @since 0.2
 */
public record IndicatorTable(Label section, List<Column> columns, String blockLabel, String goalBlockLabel,
        String improvementPrefix) {

    /**
     * Checks and copies the arguments.
     *
     * @param section the table's label
     * @param columns the columns in form order
     * @param blockLabel how a 一级 label with points prints
     * @param goalBlockLabel how a goal block's label prints
     * @param improvementPrefix what precedes 改进措施 in the 偏差原因 cell; {@code 改进措施：} when absent
     */
    public IndicatorTable {
        Objects.requireNonNull(section, "section");
        columns = List.copyOf(columns);
        blockLabel = blockLabel == null ? "{name}({points}分)" : blockLabel;
        goalBlockLabel = goalBlockLabel == null ? "{name}({points}分)" : goalBlockLabel;
        improvementPrefix = improvementPrefix == null || improvementPrefix.isBlank() ? "改进措施：" : improvementPrefix;
    }

    /**
     * The 偏差原因分析及改进措施 cell's text: the reason, then {@link #improvementPrefix()} and the
     * improvement on a new line.
     *
     * @param reason the deviation reason, if any
     * @param improvement the improvement, if any
     * @return the text, empty when both are absent
     */
    public Optional<String> deviationText(Optional<String> reason, Optional<String> improvement) {
        Optional<String> imp = improvement.map(s -> improvementPrefix + s);
        if (reason.isEmpty()) {
            return imp;
        }
        return Optional.of(imp.map(i -> reason.get() + "\n" + i).orElse(reason.get()));
    }

    /**
     * The column for a field, if the table has one.
     *
     * @param field the field
     * @return the column
     */
    public Optional<Column> column(Column.Field field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    /**
     * A block label as printed: {@code 产出指标(50分)}, or the bare name when no points are printed.
     *
     * @param name the block's name
     * @param points its printed points, if any
     * @return the label
     */
    public String blockLabel(String name, Optional<BigDecimal> points) {
        return points.map(p -> blockLabel.replace("{name}", name).replace("{points}", FormNumbers.plain(p)))
                .orElse(name);
    }

    /**
     * A goal block's label as printed.
     *
     * @param name the goal block's name
     * @param points its printed points, if any
     * @return the label
     */
    public String goalBlockLabel(String name, Optional<BigDecimal> points) {
        return points.map(p -> goalBlockLabel.replace("{name}", name).replace("{points}", FormNumbers.plain(p)))
                .orElse(name);
    }

    /**
     * A column of the indicator table.
     *
     * @param field what its cells hold
     * @param label the label as printed (the weighted presentation's, where the two differ)
     * @param pointsLabel the label in the points presentation, where it differs
     * @param group the heading it sits under, if any
     * @param optional whether the column is printed only when some row fills it
     */
    public record Column(Field field, Label label, Optional<Label> pointsLabel, Optional<Label> group,
            boolean optional) {
        /**
         * Checks the arguments.
         *
         * @param field what its cells hold
         * @param label the label as printed
         * @param pointsLabel the label in the points presentation, where it differs
         * @param group the heading it sits under, if any
         * @param optional whether the column is printed only when some row fills it
         */
        public Column {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(label, "label");
            pointsLabel = pointsLabel == null ? Optional.empty() : pointsLabel;
            group = group == null ? Optional.empty() : group;
        }

        /**
         * The label in a presentation.
         *
         * @param points whether the card is in the points presentation
         * @return the label to print
         */
        public Label label(boolean points) {
            return points ? pointsLabel.orElse(label) : label;
        }

        /** What an indicator column holds: one component of {@code Indicator}. */
        public enum Field implements FieldId {
            /** The goal block a row sits under, 年度绩效目标1(40分) ({@code goalBlock}). */
            GOAL_BLOCK("goalBlock"),
            /** 一级指标 ({@code level1}). */
            LEVEL1("level1"),
            /** 二级指标 ({@code level2}). */
            LEVEL2("level2"),
            /** 三级指标 ({@code name}). */
            NAME("name"),
            /** 指标说明 ({@code description}). */
            DESCRIPTION("description"),
            /** 符号 / 指标性质 as =, ≥, ≤ ({@code comparison}). */
            COMPARISON("comparison"),
            /** 预期指标值 / 年度指标值 ({@code expected}). */
            EXPECTED("expected"),
            /** 单位 / 度量单位 ({@code unit}). */
            UNIT("unit"),
            /** 实际完成值 ({@code actual}). */
            ACTUAL("actual"),
            /** 完成情况 (优/良/中/差) ({@code grade}). */
            GRADE("grade"),
            /** 单项指标得分 / 得分系数(%) ({@code score}). */
            SCORE("score"),
            /** 权重占比(%) / 分值 / 权重 ({@code weight}). */
            WEIGHT("weight"),
            /** 单项指标折算得分 / 得分 ({@code weightedScore}). */
            WEIGHTED_SCORE("weightedScore"),
            /** 偏差原因分析及改进措施 / 未完成原因分析 ({@code deviationReason}, with {@code improvement} in the same cell). */
            DEVIATION_REASON("deviationReason"),
            /** 改进措施, where the form gives it a column of its own ({@code improvement}). */
            IMPROVEMENT("improvement"),
            /** 得分计算方法 / 评分标准 ({@code scoringMethod}). */
            SCORING_METHOD("scoringMethod"),
            /** 评分说明 ({@code scoringNote}). */
            SCORING_NOTE("scoringNote"),
            /** 指标性质 as 定量 / 定性 ({@code nature}). */
            NATURE("nature"),
            /** 是否核心指标 ({@code core}). */
            CORE("core");

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
             * @param id e.g. {@code expected}
             * @return the field
             */
            @JsonCreator
            public static Field of(String id) {
                return FieldId.of(Field.class, id, "indicator column");
            }
        }
    }
}
