package io.github.selfeval.scoring;

import java.util.Locale;

/**
 * Two presentations of one arithmetic: how a score card's numbers are labelled and laid out.
 *
 * @since 0.1
 */
public enum Presentation {
    /** 单项指标得分 (0–100) × 权重占比 (%) = 折算得分: the seed's (Hebei) form. */
    WEIGHTED,
    /** 分值 (points) and 得分 (0…分值): the national project form, Chongqing, Sichuan. */
    POINTS;

    /**
     * The lowercase id used on the command line and in pack files: {@code weighted} or {@code points}.
     *
     * @return the id, never null
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The presentation with an id.
     *
     * @param id {@code weighted} or {@code points} (any case)
     * @return the presentation, never null
     * @throws IllegalArgumentException when the id is neither, naming both
     */
    public static Presentation of(String id) {
        for (Presentation p : values()) {
            if (p.name().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown scheme '" + id + "', expected weighted or points");
    }
}
