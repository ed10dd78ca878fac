package io.github.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of 年度绩效指标完成情况, exactly as the form declares it.
 *
 * <p>The model never corrects a form: declared grade, score and 折算得分 are kept as written, and
 * scoring computes its own and reports the differences.
 *
 * <p>One row serves both presentations of the same arithmetic. In the <em>weighted</em> form (the
 * seed) {@code score} is 单项指标得分 (0–100), {@code weight} is 权重占比 in percent and
 * {@code weightedScore} is 单项指标折算得分. In the <em>points</em> form (项目支出, Chongqing)
 * {@code weight} is 分值 / 指标权重 in points, {@code weightedScore} is 得分, and {@code score}, where
 * written, is 得分系数 × 100. Weights of a complete report add up to 100 in both.
 *
 * <p>Expected and actual values are kept as text as written ({@code 2819.17}, {@code 100%},
 * {@code 按规定标准}); {@link #expectedNumber()} and {@link #actualNumber()} read the number in them.
 * Immutable and thread-safe.
 *
 * @param level1 一级指标, e.g. 产出指标
 * @param level2 二级指标, e.g. 数量指标
 * @param name 三级指标, e.g. 补贴资金发放及时率
 * @param description 指标说明
 * @param comparison 预期指标值的符号 (≥ ≤ = &gt; &lt;), if any
 * @param expected 预期指标值 as written, if any
 * @param unit 单位 (or, for a qualitative indicator, its text description), if any
 * @param actual 单项指标实际完成值 as written, if any
 * @param grade declared 完成等级 (优/良/中/差), if any
 * @param score declared 单项指标得分 (0–100), if any
 * @param weight 权重占比 (%) or 分值 (points), if printed (a form may print only 得分: the audit reports it)
 * @param weightedScore declared 单项指标折算得分 / 得分, if any
 * @param nature 指标性质 (定量/定性), if declared
 * @param core 是否核心指标
 * @param deviationReason 偏差原因, if any
 * @param improvement 改进措施, if any
 * @param scoringNote 评分说明, if any
 * @param goalBlock the goal block the row is printed under (年度绩效目标1 …), if the form groups rows so
 * @param scoringMethod 得分计算方法 / 评分标准 as printed, if the form has that column
 * @since 0.1
 */
public record Indicator(
        @NotBlank(message = "{io.github.selfeval.model.NotBlank.message}") @Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String level1,
        @NotBlank(message = "{io.github.selfeval.model.NotBlank.message}") @Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String level2,
        @NotBlank(message = "{io.github.selfeval.model.NotBlank.message}") @Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String name,
        Optional<@Size(max = 2_000, message = "{io.github.selfeval.model.TextSize.message}") String> description,
        Optional<Comparison> comparison,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> expected,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> unit,
        Optional<@Size(max = 2_000, message = "{io.github.selfeval.model.TextSize.message}") String> actual,
        Optional<Grade> grade,
        Optional<@DecimalMin(value = "0", message = "{io.github.selfeval.model.Min.message}") @DecimalMax(value = "100", message = "{io.github.selfeval.model.Max.message}") @Digits(integer = 3, fraction = 10, message = "{io.github.selfeval.model.ScoreDigits.message}") BigDecimal> score,
        Optional<@DecimalMin(value = "0", message = "{io.github.selfeval.model.Min.message}") @DecimalMax(value = "100", message = "{io.github.selfeval.model.Max.message}") @Digits(integer = 3, fraction = 10, message = "{io.github.selfeval.model.ScoreDigits.message}") BigDecimal> weight,
        Optional<@DecimalMin(value = "0", message = "{io.github.selfeval.model.Min.message}") @DecimalMax(value = "100", message = "{io.github.selfeval.model.Max.message}") @Digits(integer = 3, fraction = 10, message = "{io.github.selfeval.model.ScoreDigits.message}") BigDecimal> weightedScore,
        Optional<IndicatorNature> nature,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean core,
        Optional<@Size(max = 2_000, message = "{io.github.selfeval.model.TextSize.message}") String> deviationReason,
        Optional<@Size(max = 2_000, message = "{io.github.selfeval.model.TextSize.message}") String> improvement,
        Optional<@Size(max = 2_000, message = "{io.github.selfeval.model.TextSize.message}") String> scoringNote,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> goalBlock,
        Optional<@Size(max = 2_000, message = "{io.github.selfeval.model.TextSize.message}") String> scoringMethod) {

    /** The name the 预算执行率 row carries at one of its levels. */
    public static final String BUDGET_EXECUTION_RATE = "预算执行率";

    /**
     * Checks and normalises the arguments; blank text is absent text.
     *
     * @param level1 一级指标, e.g. 产出指标
     * @param level2 二级指标, e.g. 数量指标
     * @param name 三级指标, e.g. 补贴资金发放及时率
     * @param description 指标说明
     * @param comparison 预期指标值的符号 (≥ ≤ = &gt; &lt;), if any
     * @param expected 预期指标值 as written, if any
     * @param unit 单位 (or, for a qualitative indicator, its text description), if any
     * @param actual 单项指标实际完成值 as written, if any
     * @param grade declared 完成等级 (优/良/中/差), if any
     * @param score declared 单项指标得分 (0–100), if any
     * @param weight 权重占比 (%) or 分值 (points), if printed (a form may print only 得分: the audit reports it)
     * @param weightedScore declared 单项指标折算得分 / 得分, if any
     * @param nature 指标性质 (定量/定性), if declared
     * @param core 是否核心指标
     * @param deviationReason 偏差原因, if any
     * @param improvement 改进措施, if any
     * @param scoringNote 评分说明, if any
     * @param goalBlock the goal block the row is printed under, if any
     * @param scoringMethod 得分计算方法 / 评分标准 as printed, if any
     */
    public Indicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
        description = Checks.text(description);
        comparison = Checks.opt(comparison);
        expected = Checks.text(expected);
        unit = Checks.text(unit);
        actual = Checks.text(actual);
        grade = Checks.opt(grade);
        score = Checks.opt(score);
        weight = Checks.opt(weight);
        weightedScore = Checks.opt(weightedScore);
        nature = Checks.opt(nature);
        deviationReason = Checks.text(deviationReason);
        improvement = Checks.text(improvement);
        scoringNote = Checks.text(scoringNote);
        goalBlock = Checks.text(goalBlock);
        scoringMethod = Checks.text(scoringMethod);
    }

    /**
     * Starts a builder for an indicator under {@code level1 › level2} named {@code name}.
     *
     * @param level1 一级指标
     * @param level2 二级指标
     * @param name 三级指标
     * @return a new builder
     */
    public static IndicatorBuilder builder(String level1, String level2, String name) {
        return new IndicatorBuilder(level1, level2, name);
    }

    /**
     * A builder holding this indicator's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public IndicatorBuilder toBuilder() {
        return IndicatorBuilder.from(this);
    }

    /**
     * Whether this is the 预算执行率 row, which every scheme scores from the budget.
     *
     * @return true when 一级 or 三级 is 预算执行率 (compared after NFKC, without format characters)
     */
    public boolean isBudgetExecutionRate() {
        if (BUDGET_EXECUTION_RATE.equals(level1.strip()) || BUDGET_EXECUTION_RATE.equals(name.strip())) {
            return true;
        }
        // Compared as they look: full-width forms and invisible format characters do not make another name.
        return (level1.indexOf('执') >= 0 || name.indexOf('执') >= 0)
                && (BUDGET_EXECUTION_RATE.equals(io.github.selfeval.model.internal.Names.key(level1))
                        || BUDGET_EXECUTION_RATE.equals(io.github.selfeval.model.internal.Names.key(name)));
    }

    /**
     * The number in {@link #expected()}: {@code 100%} gives 100, {@code 2819.17} gives 2819.17.
     *
     * @return the number, empty when the value is text or blank
     */
    public Optional<BigDecimal> expectedNumber() {
        return expected.flatMap(Indicator::numberIn);
    }

    /**
     * The number in {@link #actual()}.
     *
     * @return the number, empty when the value is text or blank
     */
    public Optional<BigDecimal> actualNumber() {
        return actual.flatMap(Indicator::numberIn);
    }

    /**
     * What {@link #expected()} says: comparison, number and unit read out of one cell ({@code ≥266米}).
     *
     * @return the value, empty when the cell is blank
     * @since 0.2
     */
    public Optional<WrittenValue> expectedValue() {
        return expected.map(WrittenValue::parse);
    }

    /**
     * What {@link #actual()} says: comparison, number and unit read out of one cell.
     *
     * @return the value, empty when the cell is blank
     * @since 0.2
     */
    public Optional<WrittenValue> actualValue() {
        return actual.map(WrittenValue::parse);
    }

    /**
     * Whether the indicator is measured by a number: declared 定量, or, when not declared, both its
     * expected and actual values are numbers.
     *
     * @return true for a quantitative indicator
     */
    public boolean isQuantitative() {
        return nature.map(n -> n == IndicatorNature.QUANTITATIVE)
                .orElseGet(() -> expectedNumber().isPresent() && actualNumber().isPresent());
    }

    /**
     * Reads the number in a value as written on a form: an optional comparison sign, digits with
     * optional thousands separators, an optional percent sign. {@code "≥95%"} gives 95;
     * {@code "按规定标准"} gives empty. Full-width digits and signs read as their ASCII forms
     * ({@code ≥９５％} gives 95, since 0.3): the one reading of a cell is {@link WrittenValue#parse}, of which this
     * keeps the numbers with no unit or a percent sign ({@code 266米} gives empty here; its
     * {@link WrittenValue} has the number and the unit).
     *
     * @param written the value as written
     * @return the number, exact, or empty when the text is not a number
     */
    public static Optional<BigDecimal> numberIn(@Nullable String written) {
        if (written == null) {
            return Optional.empty();
        }
        WrittenValue v = WrittenValue.parse(written);
        return v.unit().isEmpty() || v.isPercent() ? v.number() : Optional.empty();
    }
}
