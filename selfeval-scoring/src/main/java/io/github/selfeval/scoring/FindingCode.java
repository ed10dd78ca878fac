package io.github.selfeval.scoring;

/**
 * The stable codes of audit findings. Codes are never renamed or reused; new ones are added.
 *
 * @since 0.1
 */
public enum FindingCode {
    /** Declared 单项指标折算得分 differs from 得分 × 权重 / 100 under the rounding policy. */
    WEIGHTED_SCORE_MISMATCH,
    /** Declared 自评得分 differs from the sum of 折算得分 under the rounding policy. */
    TOTAL_SCORE_MISMATCH
}
