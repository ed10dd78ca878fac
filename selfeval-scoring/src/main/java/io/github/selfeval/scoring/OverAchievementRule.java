package io.github.selfeval.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The over-achievement deduction: a row whose 完成值 reaches {@code ratio} × its 年度指标值 is 指标偏离 and loses
 * {@code deduction} points (one provincial platform's manual, DOMAIN.md §9: 完成值 ≥ 130 % of the target, −2
 * points). Applies to positive rows (≥, &gt;, =, and rows the pack scores as positive) scored by rule, whose
 * target is above 0; the row never goes below 0. The other reading of the same rule — an explanation is due,
 * Guangxi — is the audit's {@link AuditRules#overAchievementRatio()}. A rule-pack setting
 * ({@code scheme.overAchievement}). Immutable and thread-safe.
 *
 * @param ratio 完成值 / 指标值 from which a row over-achieves, above 1 (1.3)
 * @param deduction the points (得分, 折算得分) the row loses, 0 or more (2)
 * @since 0.3
 */
public record OverAchievementRule(BigDecimal ratio, BigDecimal deduction) {

    /**
     * Checks the arguments.
     *
     * @param ratio 完成值 / 指标值 from which a row over-achieves, above 1 and at most 100
     * @param deduction the points the row loses, 0–100
     */
    public OverAchievementRule {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(deduction, "deduction");
        if (ratio.compareTo(BigDecimal.ONE) <= 0 || ratio.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("ratio must be above 1 and at most 100, was " + ratio.toPlainString());
        }
        if (deduction.signum() < 0 || deduction.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("deduction must be 0–100, was " + deduction.toPlainString());
        }
    }
}
