package io.github.selfeval.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * 预算执行情况: budget, funds received and funds spent, and the declared 预算执行进度.
 *
 * <p>For a 项目支出 form, {@code initialBudget} is 年初预算数, {@code budget} is 全年预算数 and
 * {@code spent} is 全年执行数. The declared progress is kept as written, blank included: scoring
 * computes 执行数 / 预算数 and reports the difference. Immutable.
 *
 * @param initialBudget 年初预算数 (project forms), if written
 * @param budget 预算数 (调整后) / 全年预算数
 * @param received 到位数, if the form has that column
 * @param spent 执行数 / 全年执行数
 * @param declaredExecutionRate 预算执行进度(%) as written, empty when left blank
 * @since 0.1
 */
public record BudgetExecution(
        Optional<@Valid Funds> initialBudget,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid Funds budget,
        Optional<@Valid Funds> received,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid Funds spent,
        Optional<@Valid Percent> declaredExecutionRate) {

    /**
     * Checks and normalises the arguments.
     *
     * @param initialBudget 年初预算数 (project forms), if written
     * @param budget 预算数 (调整后) / 全年预算数
     * @param received 到位数, if the form has that column
     * @param spent 执行数 / 全年执行数
     * @param declaredExecutionRate 预算执行进度(%) as written, empty when left blank
     */
    public BudgetExecution {
        initialBudget = Checks.opt(initialBudget);
        Objects.requireNonNull(budget, "budget");
        received = Checks.opt(received);
        Objects.requireNonNull(spent, "spent");
        declaredExecutionRate = Checks.opt(declaredExecutionRate);
    }
}
