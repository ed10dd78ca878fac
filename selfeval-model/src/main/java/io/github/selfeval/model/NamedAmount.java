package io.github.selfeval.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A money row a form adds by name to its funds block, such as 财政专户管理资金 or 单位资金 (Sichuan).
 *
 * @param name the row's label as printed
 * @param amount the amount as written, if written
 * @since 0.2
 */
public record NamedAmount(
        @NotBlank(message = "{io.github.selfeval.model.NotBlank.message}") @Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String name,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}")
            @Digits(integer = 13, fraction = 6, message = "{io.github.selfeval.model.MoneyDigits.message}") BigDecimal> amount) {

    /**
     * Checks the arguments.
     *
     * @param name the row's label as printed
     * @param amount the amount as written, if written
     */
    public NamedAmount {
        Objects.requireNonNull(name, "name");
        amount = Checks.opt(amount);
    }

    /**
     * A named amount.
     *
     * @param name the label
     * @param amount the amount, or null when blank
     * @return the row
     */
    public static NamedAmount of(String name, @Nullable BigDecimal amount) {
        return new NamedAmount(name, Optional.ofNullable(amount));
    }
}
