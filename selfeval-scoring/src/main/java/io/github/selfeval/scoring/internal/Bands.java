package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.values;

import io.github.selfeval.model.Grade;
import io.github.selfeval.scoring.GradeBand;
import io.github.selfeval.scoring.GradeBands;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A scheme's grade bands, highest first, ready for scores at one scale: the grade a score earns, and the band of
 * a grade.
 */
final class Bands {
    private final GradeBand[] bands;
    /** The bands' lower bounds at the scale the rounding gives (null where not exact). */
    private final @Nullable BigDecimal[] mins;
    /** The bands by grade ordinal (null where the scheme has none). */
    private final @Nullable GradeBand[] byGrade;

    Bands(GradeBands bands, int scale) {
        this.bands = bands.bands().toArray(new GradeBand[0]);
        this.mins = mins(this.bands, scale);
        this.byGrade = new GradeBand[Grade.values().length];
        for (GradeBand b : this.bands) {
            byGrade[b.grade().ordinal()] = b;
        }
    }

    /** The grade's band, or null where the scheme has none. */
    @Nullable GradeBand of(Grade grade) {
        return byGrade[grade.ordinal()];
    }

    /** The grade a score earns. */
    Grade gradeOf(BigDecimal score) {
        return gradeOf(bands, mins, score);
    }

    /** Each band's lower bound at {@code scale}, or null where that would round it. */
    static @Nullable BigDecimal[] mins(GradeBand[] bands, int scale) {
        @Nullable BigDecimal[] out = new BigDecimal[bands.length];
        for (int i = 0; i < bands.length; i++) {
            BigDecimal m = bands[i].min();
            if (m.stripTrailingZeros().scale() <= scale) {
                out[i] = m.setScale(scale);
            }
        }
        return out;
    }

    /**
     * The grade a score earns, as {@link io.github.selfeval.scoring.GradeBands#gradeOf}: bands tile [0, 100]
     * highest first, so the first band whose lower bound the score reaches is the one that contains it (scores
     * above 100 reach the first, below 0 none, which gives the last).
     */
    static Grade gradeOf(GradeBand[] bands, @Nullable BigDecimal[] mins, BigDecimal score) {
        int last = bands.length - 1;
        for (int i = 0; i < last; i++) {
            GradeBand b = bands[i];
            // The same value at the score's scale lets compareTo take its fast path.
            BigDecimal min = mins[i] != null && mins[i].scale() == score.scale() ? mins[i] : b.min();
            int c = score.compareTo(min);
            if (c > 0 || (c == 0 && b.minInclusive())) {
                return b.grade();
            }
        }
        return bands[last].grade();
    }
}
