package io.github.selfeval.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 一、部门整体概况: the paragraphs, and the figures they state.
 *
 * <p>The seed states two different rates here: the budget's 预算执行率 (spent / requested, 75.24 %)
 * and the projects' 执行率 (project money spent / project money, 100 %). They are kept apart.
 * Every figure is optional and kept as written. Immutable.
 *
 * @param paragraphs the text, in order; never null, unmodifiable
 * @param requestedBudget 申请预算资金
 * @param actualSpending 实际支出
 * @param budgetExecutionRate 预算执行率 as stated in the text
 * @param projectCount 预算项目 个数
 * @param projectAmount 项目金额合计
 * @param projectSpending 项目实际支出
 * @param projectExecutionRate 项目执行率 as stated in the text
 * @since 0.1
 */
public record Overview(
        @Size(max = Limits.MAX_PARAGRAPHS, message = "{io.github.selfeval.model.ListSize.message}") List<@Size(max = Limits.MAX_PARAGRAPH_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> paragraphs,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> requestedBudget,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> actualSpending,
        Optional<@Valid Percent> budgetExecutionRate,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}") Integer> projectCount,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> projectAmount,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> projectSpending,
        Optional<@Valid Percent> projectExecutionRate) {

    /**
     * Copies and normalises the arguments.
     *
     * @param paragraphs the text, in order; never null, unmodifiable
     * @param requestedBudget 申请预算资金
     * @param actualSpending 实际支出
     * @param budgetExecutionRate 预算执行率 as stated in the text
     * @param projectCount 预算项目 个数
     * @param projectAmount 项目金额合计
     * @param projectSpending 项目实际支出
     * @param projectExecutionRate 项目执行率 as stated in the text
     */
    public Overview {
        paragraphs = Checks.list(paragraphs, "paragraphs");
        requestedBudget = Checks.opt(requestedBudget);
        actualSpending = Checks.opt(actualSpending);
        budgetExecutionRate = Checks.opt(budgetExecutionRate);
        projectCount = Checks.opt(projectCount);
        projectAmount = Checks.opt(projectAmount);
        projectSpending = Checks.opt(projectSpending);
        projectExecutionRate = Checks.opt(projectExecutionRate);
    }

    /**
     * An overview of text only, with no figures.
     *
     * @param paragraphs the text
     * @return the overview
     */
    public static Overview of(String... paragraphs) {
        return new Overview(List.of(paragraphs), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
