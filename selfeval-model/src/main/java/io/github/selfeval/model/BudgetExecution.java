package io.github.selfeval.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * 预算执行情况: budget, funds received and funds spent, and the declared 预算执行进度.
 *
 * <p>For a 项目支出 form, {@code initialBudget} is 年初预算数, {@code budget} is 全年预算数 and
 * {@code spent} is 全年执行数; the 年度资金总额 row also carries the block's own 分值 ({@code points}), 执行率
 * ({@code declaredExecutionRate}) and 得分 ({@code declaredScore}): there, not in an indicator row, the
 * project form scores budget execution. The department form leaves both empty and scores a 预算执行率
 * indicator row instead. Declared values are kept as written, blank included: scoring computes
 * 执行数 / 预算数 and reports the difference. Immutable.
 *
 * @param initialBudget 年初预算数 (project forms), if written
 * @param budget 预算数 (调整后) / 全年预算数
 * @param received 到位数, if the form has that column
 * @param spent 执行数 / 全年执行数
 * @param declaredExecutionRate 预算执行进度(%) / 执行率 as written, empty when left blank
 * @param points the 分值 the funds block gives budget execution (project forms: 10, some 20), if printed
 * @param declaredScore the block's 得分 as written (project forms), if written
 * @param explanation the block's 原因 / 偏差原因 (why execution fell short), if written
 * @since 0.1
 */
public record BudgetExecution(
        Optional<@Valid Funds> initialBudget,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid Funds budget,
        Optional<@Valid Funds> received,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid Funds spent,
        Optional<@Valid Percent> declaredExecutionRate,
        Optional<@DecimalMin(value = "0", message = "{io.github.selfeval.model.Min.message}") @DecimalMax(value = "100", message = "{io.github.selfeval.model.Max.message}") @Digits(integer = 3, fraction = 10, message = "{io.github.selfeval.model.ScoreDigits.message}") BigDecimal> points,
        Optional<@DecimalMin(value = "0", message = "{io.github.selfeval.model.Min.message}") @DecimalMax(value = "100", message = "{io.github.selfeval.model.Max.message}") @Digits(integer = 3, fraction = 10, message = "{io.github.selfeval.model.ScoreDigits.message}") BigDecimal> declaredScore,
        Optional<@Size(max = 2_000, message = "{io.github.selfeval.model.TextSize.message}") String> explanation) {

    /**
     * Checks and normalises the arguments.
     *
     * @param initialBudget 年初预算数 (project forms), if written
     * @param budget 预算数 (调整后) / 全年预算数
     * @param received 到位数, if the form has that column
     * @param spent 执行数 / 全年执行数
     * @param declaredExecutionRate 预算执行进度(%) / 执行率 as written, empty when left blank
     * @param points the 分值 the funds block gives budget execution, if printed
     * @param declaredScore the block's 得分 as written, if written
     * @param explanation the block's 原因 / 偏差原因, if written
     */
    public BudgetExecution {
        initialBudget = Checks.opt(initialBudget);
        Objects.requireNonNull(budget, "budget");
        received = Checks.opt(received);
        Objects.requireNonNull(spent, "spent");
        declaredExecutionRate = Checks.opt(declaredExecutionRate);
        points = Checks.opt(points);
        declaredScore = Checks.opt(declaredScore);
        explanation = Checks.text(explanation);
    }

    /**
     * A department form's 预算执行情况, which scores nothing itself.
     *
     * @param initialBudget 年初预算数, if written
     * @param budget 预算数 (调整后)
     * @param received 到位数, if the form has that column
     * @param spent 执行数
     * @param declaredExecutionRate 预算执行进度(%) as written, empty when left blank
     */
    public BudgetExecution(Optional<Funds> initialBudget, Funds budget, Optional<Funds> received, Funds spent,
            Optional<Percent> declaredExecutionRate) {
        this(initialBudget, budget, received, spent, declaredExecutionRate, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Whether this block scores budget execution itself (a project form's 分值 is printed).
     *
     * @return true when {@link #points()} is present
     * @since 0.2
     */
    public boolean scoresExecution() {
        return points.isPresent();
    }
}
