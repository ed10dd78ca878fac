package io.github.selfeval.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One money column of 预算执行情况 (or of a project form's 项目资金 block), split as the form splits it:
 * 合计 / 年度资金总额, 其中：财政资金 / 当年财政拨款, 上年结转资金, 其他资金, and any further rows the form
 * names (财政专户管理资金, 单位资金 …).
 *
 * <p>Any part may be blank on a real form; the model keeps what was written. Immutable.
 *
 * @param total 合计 / 年度资金总额 as written, if written
 * @param fiscal 其中：财政资金 / 当年财政拨款, if written
 * @param other 其他资金, if written
 * @param carryOver 上年结转资金 (project forms), if written
 * @param extras further rows the form names, in form order, at most {@link Limits#MAX_EXTRAS}; never null
 * @since 0.1
 */
public record Funds(
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> total,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> fiscal,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> other,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> carryOver,
        @Size(max = Limits.MAX_EXTRAS, message = "{io.github.selfeval.model.ListSize.message}") List<@Valid NamedAmount> extras) {

    /**
     * Normalises absent parts to {@code Optional.empty()}.
     *
     * @param total 合计 / 年度资金总额 as written, if written
     * @param fiscal 其中：财政资金 / 当年财政拨款, if written
     * @param other 其他资金, if written
     * @param carryOver 上年结转资金 (project forms), if written
     * @param extras further rows the form names, in form order; never null
     */
    public Funds {
        total = Checks.opt(total);
        fiscal = Checks.opt(fiscal);
        other = Checks.opt(other);
        carryOver = Checks.opt(carryOver);
        extras = Checks.list(extras, "extras");
    }

    /**
     * The department form's three parts: 合计, 财政资金, 其他资金.
     *
     * @param total 合计 as written, if written
     * @param fiscal 其中：财政资金, if written
     * @param other 其他资金, if written
     */
    public Funds(Optional<BigDecimal> total, Optional<BigDecimal> fiscal, Optional<BigDecimal> other) {
        this(total, fiscal, other, Optional.empty(), List.of());
    }

    /**
     * A project form's column: 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金.
     *
     * @param total 年度资金总额, or null when blank
     * @param fiscal 当年财政拨款, or null when blank
     * @param carryOver 上年结转资金, or null when blank
     * @param other 其他资金, or null when blank
     * @return the funds
     * @since 0.2
     */
    public static Funds ofProject(@Nullable BigDecimal total, @Nullable BigDecimal fiscal,
            @Nullable BigDecimal carryOver, @Nullable BigDecimal other) {
        return new Funds(Optional.ofNullable(total), Optional.ofNullable(fiscal), Optional.ofNullable(other),
                Optional.ofNullable(carryOver), List.of());
    }

    /**
     * Funds with only a total.
     *
     * @param total the total
     * @return the funds
     */
    public static Funds of(BigDecimal total) {
        return new Funds(Optional.of(total), Optional.empty(), Optional.empty());
    }

    /**
     * Funds with a total and its split.
     *
     * @param total the total, or null when blank
     * @param fiscal 财政资金, or null when blank
     * @param other 其他资金, or null when blank
     * @return the funds
     */
    public static Funds of(@Nullable BigDecimal total, @Nullable BigDecimal fiscal, @Nullable BigDecimal other) {
        return new Funds(Optional.ofNullable(total), Optional.ofNullable(fiscal), Optional.ofNullable(other));
    }

    /**
     * Funds with every part blank.
     *
     * @return blank funds
     */
    public static Funds empty() {
        return new Funds(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The amount to compute with: the written total, else the sum of the parts that are written.
     *
     * @return the amount, empty when nothing was written
     */
    public Optional<BigDecimal> amount() {
        if (total.isPresent()) {
            return total;
        }
        return partsSum();
    }

    /**
     * The sum of the written parts (财政资金, 上年结转资金, 其他资金 and the named rows), without the total:
     * what the total should be.
     *
     * @return the sum, empty when no part is written
     * @since 0.2
     */
    public Optional<BigDecimal> partsSum() {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (Optional<BigDecimal> part : List.of(fiscal, carryOver, other)) {
            if (part.isPresent()) {
                sum = sum.add(part.get());
                any = true;
            }
        }
        for (NamedAmount extra : extras) {
            if (extra.amount().isPresent()) {
                sum = sum.add(extra.amount().get());
                any = true;
            }
        }
        return any ? Optional.of(sum) : Optional.empty();
    }

    /**
     * Whether every part is blank.
     *
     * @return true when nothing was written
     */
    public boolean isEmpty() {
        return total.isEmpty() && partsSum().isEmpty();
    }
}
