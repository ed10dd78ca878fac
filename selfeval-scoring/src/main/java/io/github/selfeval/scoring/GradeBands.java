package io.github.selfeval.scoring;

import io.github.selfeval.model.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grade bands that tile the 0–100 scale without gaps or overlaps, highest first.
 *
 * <p>Used twice by a {@link ScoringScheme}: for a single indicator (its 完成等级, or for qualitative
 * indicators the share of 分值 a grade allows) and for the result grade of the total. A scheme need not
 * use all four grades: the national qualitative shares have three levels. Immutable and thread-safe.
 *
 * @param bands the bands, highest first; the first ends at 100 inclusive, the last starts at 0
 *     inclusive, and each band starts exactly where the next one ends with exactly one of them owning
 *     the shared bound
 * @since 0.1
 */
public record GradeBands(List<GradeBand> bands) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60): the seed's 说明 3 and the central result grades.
     */
    public static final GradeBands STANDARD = new GradeBands(List.of(
            GradeBand.closed(Grade.EXCELLENT, 90, 100),
            GradeBand.halfOpen(Grade.GOOD, 80, 90),
            GradeBand.halfOpen(Grade.FAIR, 60, 80),
            GradeBand.halfOpen(Grade.POOR, 0, 60)));

    /**
     * The qualitative shares of local practice: 达成年度指标 [80%,100%] (优), 部分达成并具有一定效果
     * [60%,80%) (中), 未达成且效果较差 [0,60%) (差).
     */
    public static final GradeBands QUALITATIVE_SHARES = new GradeBands(List.of(
            new GradeBand(Grade.EXCELLENT, BigDecimal.valueOf(80), HUNDRED, true, true, Optional.of("达成年度指标")),
            new GradeBand(Grade.FAIR, BigDecimal.valueOf(60), BigDecimal.valueOf(80), true, false,
                    Optional.of("部分达成并具有一定效果")),
            new GradeBand(Grade.POOR, BigDecimal.ZERO, BigDecimal.valueOf(60), true, false,
                    Optional.of("未达成且效果较差"))));

    /**
     * Checks that the bands tile [0, 100] and copies them.
     *
     * @param bands the bands, highest first; the first ends at 100 inclusive, the last starts at 0 inclusive, and each band starts exactly where the next one ends with exactly one of them owning the shared bound
     */
    public GradeBands {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("grade bands must not be empty");
        }
        Set<Grade> seen = EnumSet.noneOf(Grade.class);
        for (GradeBand b : bands) {
            if (!seen.add(b.grade())) {
                throw new IllegalArgumentException("grade " + b.grade().label() + " has two bands");
            }
        }
        GradeBand top = bands.get(0);
        if (top.max().compareTo(HUNDRED) != 0 || !top.maxInclusive()) {
            throw new IllegalArgumentException("the highest band must end at 100 inclusive, was " + top.notation());
        }
        GradeBand bottom = bands.get(bands.size() - 1);
        if (bottom.min().signum() != 0 || !bottom.minInclusive()) {
            throw new IllegalArgumentException("the lowest band must start at 0 inclusive, was " + bottom.notation());
        }
        for (int i = 0; i + 1 < bands.size(); i++) {
            GradeBand upper = bands.get(i);
            GradeBand lower = bands.get(i + 1);
            if (upper.min().compareTo(lower.max()) != 0 || upper.minInclusive() == lower.maxInclusive()) {
                throw new IllegalArgumentException("bands " + upper.grade().label() + " " + upper.notation() + " and "
                        + lower.grade().label() + " " + lower.notation()
                        + " must meet at one bound owned by exactly one of them");
            }
        }
    }

    /**
     * The grade a score earns; scores above 100 earn the highest grade, below 0 the lowest.
     *
     * @param score the score, normally 0–100
     * @return the grade, never null
     */
    public Grade gradeOf(BigDecimal score) {
        if (score.compareTo(HUNDRED) > 0) {
            return bands.get(0).grade();
        }
        for (GradeBand b : bands) {
            if (b.contains(score)) {
                return b.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }

    /**
     * The band of a grade, if this scheme uses that grade.
     *
     * @param grade the grade
     * @return the band, or empty when the scheme has no band for the grade
     */
    public Optional<GradeBand> band(Grade grade) {
        for (GradeBand b : bands) {
            if (b.grade() == grade) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * The inner boundaries between bands, highest first (e.g. 90, 80, 60 for {@link #STANDARD}).
     *
     * @return the boundaries, never null
     */
    public List<BigDecimal> boundaries() {
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i + 1 < bands.size(); i++) {
            out.add(bands.get(i).min());
        }
        return List.copyOf(out);
    }
}
