package io.github.selfeval.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One money column of 预算执行情况, split as the form splits it: 合计, 其中财政资金, 其他资金.
 *
 * <p>Any part may be blank on a real form; the model keeps what was written. Immutable.
 *
 * @param total 合计 as written, if written
 * @param fiscal 其中：财政资金, if written
 * @param other 其他资金, if written
 * @since 0.1
 */
public record Funds(
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> total,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> fiscal,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> other) {

    /**
     * Normalises absent parts to {@code Optional.empty()}.
     *
     * @param total 合计 as written, if written
     * @param fiscal 其中：财政资金, if written
     * @param other 其他资金, if written
     */
    public Funds {
        total = Checks.opt(total);
        fiscal = Checks.opt(fiscal);
        other = Checks.opt(other);
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
    public static Funds of(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
        return new Funds(Optional.ofNullable(total), Optional.ofNullable(fiscal), Optional.ofNullable(other));
    }

    /**
     * Funds with every part blank.
     *
     * @return blank funds
     */
    public static Funds blank() {
        return new Funds(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The amount to compute with: the written total, else 财政资金 + 其他资金 where either is written.
     *
     * @return the amount, empty when nothing was written
     */
    public Optional<BigDecimal> amount() {
        if (total.isPresent()) {
            return total;
        }
        if (fiscal.isEmpty() && other.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fiscal.orElse(BigDecimal.ZERO).add(other.orElse(BigDecimal.ZERO)));
    }

    /**
     * Whether every part is blank.
     *
     * @return true when nothing was written
     */
    public boolean isBlank() {
        return total.isEmpty() && fiscal.isEmpty() && other.isEmpty();
    }
}
