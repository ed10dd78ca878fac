package io.github.selfeval.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A 绩效自评报告 with its 自评表, exactly as the form declares it: the root of the model.
 *
 * <p>One model serves both forms, told apart by {@link #kind()}: 部门整体 (the whole department) and
 * 项目支出 (one project, with {@link #project()}). Nothing here is computed or corrected; scoring
 * compares what is declared with what the rules give. Every list is never null and unmodifiable;
 * absent values are {@code Optional.empty()}. Immutable and thread-safe.
 *
 * @param kind which form
 * @param pack the rule pack the form follows ({@code hebei}, {@code national} …), if named
 * @param catalogue the indicator catalogue it follows ({@code 2020}, {@code 2021} …), if named
 * @param cover the cover
 * @param project 项目名称 / 主管部门 / 实施单位, for a 项目支出 form
 * @param details optional header fields other provinces use
 * @param moneyUnit 金额单位, 万元 by default
 * @param implementingDepartment 实施主管部门 in 基本情况, if written
 * @param narrative sections 一 to 五
 * @param budget 预算执行情况
 * @param goals 目标完成情况
 * @param indicators 年度绩效指标完成情况, in form order
 * @param declaredTotalScore 自评得分 as written, if written
 * @param preparer 填报人, if written
 * @param phone 联系电话, if written
 * @param notes the form's 说明 notes, in order, without their numbers
 * @param form the id of the form description the report follows ({@code hebei-department},
 *     {@code central-project} …), if named; otherwise the kind's default form
 * @param blocks the points printed on block labels ({@code 产出指标(50分)}, {@code 年度绩效目标1(40分)}), in
 *     form order
 * @param declaredMaxScore the 总分 row's 满分 as printed (100), if printed
 * @param texts the text blocks below a project form's table (评价结论, 存在问题, 改进措施 …)
 * @param filledOn 填报日期, if written
 * @since 0.1
 */
@BudgetExecutionRateRowPresent
@SingleBudgetExecutionRateRow
@UniqueIndicatorNames
@ProjectInfoForProjectForm
@TextsWithinLimit
public record SelfEvaluation(
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") FormKind kind,
        Optional<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "{io.github.selfeval.model.PackId.message}") String> pack,
        Optional<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "{io.github.selfeval.model.CatalogueId.message}") String> catalogue,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid Cover cover,
        Optional<@Valid ProjectInfo> project,
        Optional<@Valid HeaderDetails> details,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") MoneyUnit moneyUnit,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> implementingDepartment,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid Narrative narrative,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid BudgetExecution budget,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid Goals goals,
        @Size(min = 1, max = Limits.MAX_INDICATORS, message = "{io.github.selfeval.model.ListSize.message}") List<@Valid Indicator> indicators,
        Optional<@DecimalMin(value = "0", message = "{io.github.selfeval.model.Min.message}") @DecimalMax(value = "100", message = "{io.github.selfeval.model.Max.message}") @Digits(integer = 3, fraction = 10, message = "{io.github.selfeval.model.ScoreDigits.message}") BigDecimal> declaredTotalScore,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> preparer,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> phone,
        @Size(max = Limits.MAX_NOTES, message = "{io.github.selfeval.model.ListSize.message}") List<@Size(max = Limits.MAX_NOTE_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> notes,
        Optional<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "{io.github.selfeval.model.FormId.message}") String> form,
        @Size(max = Limits.MAX_BLOCKS, message = "{io.github.selfeval.model.ListSize.message}") List<@Valid BlockPoints> blocks,
        Optional<@DecimalMin(value = "0", message = "{io.github.selfeval.model.Min.message}") @DecimalMax(value = "100", message = "{io.github.selfeval.model.Max.message}") @Digits(integer = 3, fraction = 10, message = "{io.github.selfeval.model.ScoreDigits.message}") BigDecimal> declaredMaxScore,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid FormTexts texts,
        Optional<LocalDate> filledOn) {

    /**
     * Checks, copies and normalises the arguments; a missing money unit is 万元.
     *
     * @param kind which form
     * @param pack the rule pack the form follows ({@code hebei}, {@code national} …), if named
     * @param catalogue the indicator catalogue it follows ({@code 2020}, {@code 2021} …), if named
     * @param cover the cover
     * @param project 项目名称 / 主管部门 / 实施单位, for a 项目支出 form
     * @param details optional header fields other provinces use
     * @param moneyUnit 金额单位, 万元 by default
     * @param implementingDepartment 实施主管部门 in 基本情况, if written
     * @param narrative sections 一 to 五
     * @param budget 预算执行情况
     * @param goals 目标完成情况
     * @param indicators 年度绩效指标完成情况, in form order
     * @param declaredTotalScore 自评得分 as written, if written
     * @param preparer 填报人, if written
     * @param phone 联系电话, if written
     * @param notes the form's 说明 notes, in order, without their numbers
     * @param form the id of the form description the report follows, if named
     * @param blocks the points printed on block labels, in form order
     * @param declaredMaxScore the 总分 row's 满分 as printed, if printed
     * @param texts the text blocks below a project form's table
     * @param filledOn 填报日期, if written
     */
    public SelfEvaluation {
        Objects.requireNonNull(kind, "kind");
        pack = Checks.text(pack);
        catalogue = Checks.text(catalogue);
        Objects.requireNonNull(cover, "cover");
        project = Checks.opt(project);
        details = Checks.opt(details);
        moneyUnit = moneyUnit == null ? MoneyUnit.WAN_YUAN : moneyUnit;
        implementingDepartment = Checks.text(implementingDepartment);
        narrative = narrative == null ? Narrative.empty() : narrative;
        Objects.requireNonNull(budget, "budget");
        goals = goals == null ? Goals.empty() : goals;
        indicators = Checks.list(indicators, "indicators");
        declaredTotalScore = Checks.opt(declaredTotalScore);
        preparer = Checks.text(preparer);
        phone = Checks.text(phone);
        notes = Checks.list(notes, "notes");
        form = Checks.text(form);
        blocks = Checks.list(blocks, "blocks");
        declaredMaxScore = Checks.opt(declaredMaxScore);
        texts = texts == null ? FormTexts.empty() : texts;
        filledOn = Checks.opt(filledOn);
    }

    /**
     * Starts a builder for a report of the given kind.
     *
     * @param kind which form
     * @return a new builder
     */
    public static SelfEvaluationBuilder builder(FormKind kind) {
        return new SelfEvaluationBuilder(kind);
    }

    /**
     * A builder holding this report's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public SelfEvaluationBuilder toBuilder() {
        return SelfEvaluationBuilder.from(this);
    }

    /**
     * The id of the form description this report follows: the one it names, else the kind's default
     * ({@code hebei-department} for 部门整体, {@code central-project} for 项目支出).
     *
     * @return the form id, never null
     * @since 0.2
     */
    public String formId() {
        return form.orElse(kind == FormKind.PROJECT ? "central-project" : "hebei-department");
    }

    /**
     * The 预算执行率 row, if the form has one (a valid department report has exactly one; a project form
     * scores budget execution in its funds block instead).
     *
     * @return the first indicator that {@link Indicator#isBudgetExecutionRate() is} the 预算执行率 row
     */
    public Optional<Indicator> budgetExecutionIndicator() {
        return indicators.stream().filter(Indicator::isBudgetExecutionRate).findFirst();
    }
}
