package io.github.selfeval.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How the 预算执行率 indicator is scored: score = 执行数 / 预算数 × 100, capped, with a fixed weight.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weight the weight (权重占比 %, or 分值) the form must give 预算执行率, e.g. 10 (黄冈 gives 20)
 * @param cap the highest score, normally 100 (no source allows more); empty means uncapped
 * @since 0.1
 */
public record BudgetExecutionRule(BigDecimal weight, Optional<BigDecimal> cap) {

    /** Weight 10, capped at 100: the seed's 说明 3–4 and most provinces. */
    public static final BudgetExecutionRule STANDARD =
            new BudgetExecutionRule(BigDecimal.TEN, Optional.of(BigDecimal.valueOf(100)));

    /**
     * Checks the arguments.
     *
     * @param weight the weight (权重占比 %, or 分值) the form must give 预算执行率, e.g. 10 (黄冈 gives 20)
     * @param cap the highest score, normally 100 (no source allows more); empty means uncapped
     */
    public BudgetExecutionRule {
        Objects.requireNonNull(weight, "weight");
        cap = cap == null ? Optional.empty() : cap;
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("budget execution weight must be 0–100, was " + weight.toPlainString());
        }
        cap.ifPresent(c -> {
            if (c.signum() < 0) {
                throw new IllegalArgumentException("budget execution cap must not be negative");
            }
        });
    }
}
