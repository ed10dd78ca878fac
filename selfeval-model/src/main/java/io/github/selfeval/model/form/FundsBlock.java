package io.github.selfeval.model.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The money block: the department form's 预算执行情况 or the project form's 项目资金.
 *
 * <p>Two layouts exist. {@link Layout#GROUPED} (the seed's Hebei form): each money column is a group
 * headed by its label (预算安排情况（调整后）) with its own row labels (预算数, 其中：财政资金, 其他资金) beside
 * the values, and 预算执行进度(%) in a cell of its own. {@link Layout#GRID} (the central project form): one
 * header row of columns (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分), one row per source
 * (年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金), where only the total row carries 分值 and 得分 and the
 * others print {@link #notApplicable()}. Immutable and thread-safe.
 *
 * @param section the block's label (二、预算执行情况 / 项目资金), if printed
 * @param sectionTemplate how the section label prints where it carries the money unit or the block's points,
 *     with {@code {label}}, {@code {unit}} and {@code {points}}: {@code {label}（{unit}）}; empty prints the label
 * @param corner the grid's top-left cell (年度预算数（万元）), if printed
 * @param layout how the block is laid out
 * @param columns the columns in form order
 * @param rows the source rows in form order, the total first
 * @param rate the 预算执行进度(%) label of a grouped block (a grid has a {@link Column.Field#RATE} column)
 * @param notApplicable what the form prints where a cell does not apply, e.g. {@code —}
 * @param rateAsRatio whether the form prints 执行率 as a ratio ({@code 1}, {@code 0.86}) rather than in percent
 * @param explanationHoldsNotes whether the total row's 原因 cell prints the form's numbered 说明 (Sichuan)
 * @since 0.2
 */
public record FundsBlock(Optional<Label> section, Optional<String> sectionTemplate, Optional<Label> corner,
        Layout layout, List<Column> columns, List<Row> rows, Optional<Label> rate, String notApplicable,
        boolean rateAsRatio, boolean explanationHoldsNotes) {

    /**
     * Checks and copies the arguments.
     *
     * @param section the block's label, if printed
     * @param sectionTemplate how the section label prints, if it carries the unit or points
     * @param corner the grid's top-left cell, if printed
     * @param layout how the block is laid out
     * @param columns the columns in form order
     * @param rows the source rows in form order, the total first
     * @param rate the 预算执行进度(%) label of a grouped block
     * @param notApplicable what the form prints where a cell does not apply
     * @param rateAsRatio whether the form prints 执行率 as a ratio rather than in percent
     * @param explanationHoldsNotes whether the template prints the form's numbered 说明 (1. … 2. …) in the
     *     total row's 原因 cell, as the Sichuan platform does: a numbered text there is the form's notes,
     *     not an explanation of the execution rate
     */
    public FundsBlock {
        section = section == null ? Optional.empty() : section;
        sectionTemplate = sectionTemplate == null ? Optional.empty() : sectionTemplate;
        corner = corner == null ? Optional.empty() : corner;
        Objects.requireNonNull(layout, "layout");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        rate = rate == null ? Optional.empty() : rate;
        notApplicable = notApplicable == null ? "—" : notApplicable;
        if (rows.isEmpty() || rows.get(0).field() != Row.Field.TOTAL) {
            throw new IllegalArgumentException("a funds block's first row is the total");
        }
    }

    /**
     * A funds block whose 原因 cell, if any, holds only an explanation.
     *
     * @param section the block's label, if printed
     * @param sectionTemplate how the section label prints, if it carries the unit or points
     * @param corner the grid's top-left cell, if printed
     * @param layout how the block is laid out
     * @param columns the columns in form order
     * @param rows the source rows in form order, the total first
     * @param rate the 预算执行进度(%) label of a grouped block
     * @param notApplicable what the form prints where a cell does not apply
     * @param rateAsRatio whether the form prints 执行率 as a ratio rather than in percent
     */
    public FundsBlock(Optional<Label> section, Optional<String> sectionTemplate, Optional<Label> corner,
            Layout layout, List<Column> columns, List<Row> rows, Optional<Label> rate, String notApplicable,
            boolean rateAsRatio) {
        this(section, sectionTemplate, corner, layout, columns, rows, rate, notApplicable, rateAsRatio, false);
    }

    /**
     * The section label as printed for a report.
     *
     * @param unit the report's money unit label, e.g. 万元
     * @param points the block's printed points, if any
     * @return the label, empty when the block prints none
     */
    public Optional<String> sectionText(String unit, Optional<java.math.BigDecimal> points) {
        if (section.isEmpty()) {
            return Optional.empty();
        }
        String label = section.get().text();
        if (sectionTemplate.isEmpty() || (sectionTemplate.get().contains("{points}") && points.isEmpty())) {
            return Optional.of(label);
        }
        return Optional.of(sectionTemplate.get().replace("{label}", label).replace("{unit}", unit)
                .replace("{points}", points.map(FormNumbers::plain).orElse("")));
    }

    /**
     * A rate as this block prints it: percent points ({@code 86.2}), or a ratio ({@code 0.862}) where the
     * form prints one.
     *
     * @param rate the rate
     * @return the printed number
     */
    public String rateText(io.github.selfeval.model.Percent rate) {
        return FormNumbers.plain(rateAsRatio ? rate.toFraction() : rate.points());
    }

    /**
     * The corner cell as printed for a report.
     *
     * @param unit the report's money unit label
     * @return the corner's text with {@code {unit}} filled in, empty when there is none
     */
    public Optional<String> cornerText(String unit) {
        return corner.map(c -> c.text().replace("{unit}", unit));
    }

    /**
     * The amount one money cell holds: a money column's funds, one source row (a named row by its label).
     *
     * @param budget the report's 预算执行情况
     * @param column a money column ({@link Column.Field#isMoney()})
     * @param row the source row
     * @return the amount as written, empty when blank
     * @throws IllegalArgumentException when the column holds no money
     */
    public static Optional<java.math.BigDecimal> amount(io.github.selfeval.model.BudgetExecution budget,
            Column.Field column, Row row) {
        io.github.selfeval.model.Funds f = switch (column) {
            case INITIAL_BUDGET -> budget.initialBudget().orElse(io.github.selfeval.model.Funds.empty());
            case BUDGET -> budget.budget();
            case RECEIVED -> budget.received().orElse(io.github.selfeval.model.Funds.empty());
            case SPENT -> budget.spent();
            default -> throw new IllegalArgumentException(column + " is not a money column");
        };
        return switch (row.field()) {
            case TOTAL -> f.total();
            case FISCAL -> f.fiscal();
            case CARRY_OVER -> f.carryOver();
            case OTHER -> f.other();
            case EXTRA -> f.extras().stream().filter(e -> row.label().matches(e.name())).findFirst()
                    .flatMap(io.github.selfeval.model.NamedAmount::amount);
        };
    }

    /**
     * Whether the block has a column for a field.
     *
     * @param field the field
     * @return the column, if the block has one
     */
    public Optional<Column> column(Column.Field field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    /**
     * Whether this block scores budget execution itself (it has a 分值 column).
     *
     * @return true for the project form's 项目资金 block
     */
    public boolean scoresExecution() {
        return column(Column.Field.POINTS).isPresent();
    }

    /** How a funds block is laid out. */
    public enum Layout {
        /** Each money column a group with its own row labels (the seed's Hebei form). JSON {@code grouped}. */
        GROUPED("grouped"),
        /** One header row of columns, one row per source (the central project form). JSON {@code grid}. */
        GRID("grid");

        private final String id;

        Layout(String id) {
            this.id = id;
        }

        /**
         * The JSON id.
         *
         * @return the id
         */
        @JsonValue
        public String id() {
            return id;
        }

        /**
         * The layout with a JSON id.
         *
         * @param id {@code grouped} or {@code grid}
         * @return the layout
         */
        @JsonCreator
        public static Layout of(String id) {
            for (Layout l : values()) {
                if (l.id.equals(id)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown funds layout '" + id + "'; known: grouped, grid");
        }
    }

    /**
     * A column of the money block.
     *
     * @param field what its cells hold
     * @param label the label as printed (a grouped block: the group's heading, e.g. 预算安排情况（调整后）)
     * @param totalLabel a grouped block: the label of the group's total row, e.g. 预算数
     */
    public record Column(Field field, Label label, Optional<Label> totalLabel) {
        /**
         * Checks the arguments.
         *
         * @param field what its cells hold
         * @param label the label as printed
         * @param totalLabel a grouped block: the label of the group's total row
         */
        public Column {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(label, "label");
            totalLabel = totalLabel == null ? Optional.empty() : totalLabel;
        }

        /** What a money column holds. */
        public enum Field implements FieldId {
            /** 年初预算数 ({@code budget.initialBudget}). */
            INITIAL_BUDGET("initialBudget"),
            /** 预算数 / 全年预算数 / 调整后预算数 ({@code budget.budget}). */
            BUDGET("budget"),
            /** 到位数 ({@code budget.received}). */
            RECEIVED("received"),
            /** 执行数 / 全年执行数 ({@code budget.spent}). */
            SPENT("spent"),
            /** 分值 ({@code budget.points}), on the total row. */
            POINTS("points"),
            /** 执行率 ({@code budget.declaredExecutionRate}), on the total row. */
            RATE("rate"),
            /** 得分 ({@code budget.declaredScore}), on the total row. */
            SCORE("score"),
            /** 原因 / 偏差原因 ({@code budget.explanation}), on the total row. */
            EXPLANATION("explanation");

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
             * @param id e.g. {@code initialBudget}
             * @return the field
             */
            @JsonCreator
            public static Field of(String id) {
                return FieldId.of(Field.class, id, "funds column");
            }

            /**
             * Whether the column holds money (one amount per source row).
             *
             * @return true for 年初预算数, 预算数, 到位数 and 执行数
             */
            public boolean isMoney() {
                return this == INITIAL_BUDGET || this == BUDGET || this == RECEIVED || this == SPENT;
            }
        }
    }

    /**
     * A source row of the money block.
     *
     * @param field which part of {@code Funds} the row holds
     * @param label the label as printed
     */
    public record Row(Field field, Label label) {
        /**
         * Checks the arguments.
         *
         * @param field which part of {@code Funds} the row holds
         * @param label the label as printed
         */
        public Row {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(label, "label");
        }

        /** Which part of a money column a row holds. */
        public enum Field implements FieldId {
            /** 合计 / 年度资金总额 ({@code total}). */
            TOTAL("total"),
            /** 其中：财政资金 / 当年财政拨款 ({@code fiscal}). */
            FISCAL("fiscal"),
            /** 上年结转资金 ({@code carryOver}). */
            CARRY_OVER("carryOver"),
            /** 其他资金 ({@code other}). */
            OTHER("other"),
            /** A row the form names (财政专户管理资金 …): {@code extras}, matched by the row's label text. */
            EXTRA("extra");

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
             * @param id e.g. {@code carryOver}
             * @return the field
             */
            @JsonCreator
            public static Field of(String id) {
                return FieldId.of(Field.class, id, "funds row");
            }
        }
    }
}
