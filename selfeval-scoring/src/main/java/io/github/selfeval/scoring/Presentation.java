package io.github.selfeval.scoring;

/**
 * Two presentations of one arithmetic: how a score card's numbers are labelled and laid out.
 *
 * @since 0.1
 */
public enum Presentation {
    /** 单项指标得分 (0–100) × 权重占比 (%) = 折算得分: the seed's (Hebei) form. */
    WEIGHTED,
    /** 分值 (points) and 得分 (0…分值): the national project form, Chongqing, Sichuan. */
    POINTS
}
