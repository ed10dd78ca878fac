package io.github.selfeval.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Indicator}; every setter but the names is optional. Not thread-safe.
 *
 * @since 0.1
 */
public final class IndicatorBuilder {
    private final String level1;
    private final String level2;
    private final String name;
    private @Nullable String description;
    private @Nullable Comparison comparison;
    private @Nullable String expected;
    private @Nullable String unit;
    private @Nullable String actual;
    private @Nullable Grade grade;
    private @Nullable BigDecimal score;
    private @Nullable BigDecimal weight;
    private @Nullable BigDecimal weightedScore;
    private @Nullable IndicatorNature nature;
    private boolean core;
    private @Nullable String deviationReason;
    private @Nullable String improvement;
    private @Nullable String scoringNote;
    private @Nullable String goalBlock;
    private @Nullable String scoringMethod;

    IndicatorBuilder(String level1, String level2, String name) {
        this.level1 = Objects.requireNonNull(level1, "level1");
        this.level2 = Objects.requireNonNull(level2, "level2");
        this.name = Objects.requireNonNull(name, "name");
    }

    static IndicatorBuilder from(Indicator i) {
        IndicatorBuilder b = new IndicatorBuilder(i.level1(), i.level2(), i.name());
        b.description = i.description().orElse(null);
        b.comparison = i.comparison().orElse(null);
        b.expected = i.expected().orElse(null);
        b.unit = i.unit().orElse(null);
        b.actual = i.actual().orElse(null);
        b.grade = i.grade().orElse(null);
        b.score = i.score().orElse(null);
        b.weight = i.weight().orElse(null);
        b.weightedScore = i.weightedScore().orElse(null);
        b.nature = i.nature().orElse(null);
        b.core = i.core();
        b.deviationReason = i.deviationReason().orElse(null);
        b.improvement = i.improvement().orElse(null);
        b.scoringNote = i.scoringNote().orElse(null);
        b.goalBlock = i.goalBlock().orElse(null);
        b.scoringMethod = i.scoringMethod().orElse(null);
        return b;
    }

    /**
     * Sets 指标说明.
     *
     * @param v 指标说明
     * @return this builder
     */
    public IndicatorBuilder description(@Nullable String v) { description = v; return this; }
    /**
     * Sets 符号.
     *
     * @param v 符号
     * @return this builder
     */
    public IndicatorBuilder comparison(@Nullable Comparison v) { comparison = v; return this; }
    /**
     * Sets 预期指标值 as written.
     *
     * @param v 预期指标值 as written
     * @return this builder
     */
    public IndicatorBuilder expected(@Nullable String v) { expected = v; return this; }
    /**
     * Sets 单位 or text description.
     *
     * @param v 单位 or text description
     * @return this builder
     */
    public IndicatorBuilder unit(@Nullable String v) { unit = v; return this; }
    /**
     * Sets 实际完成值 as written.
     *
     * @param v 实际完成值 as written
     * @return this builder
     */
    public IndicatorBuilder actual(@Nullable String v) { actual = v; return this; }
    /**
     * Sets declared 完成等级.
     *
     * @param v declared 完成等级
     * @return this builder
     */
    public IndicatorBuilder grade(@Nullable Grade v) { grade = v; return this; }
    /**
     * Sets declared 单项指标得分.
     *
     * @param v declared 单项指标得分
     * @return this builder
     */
    public IndicatorBuilder score(@Nullable BigDecimal v) { score = v; return this; }
    /**
     * Sets declared 单项指标得分, as decimal text.
     *
     * @param v declared 单项指标得分, as decimal text
     * @return this builder
     */
    public IndicatorBuilder score(@Nullable String v) { score = v == null ? null : new BigDecimal(v); return this; }
    /**
     * Sets 权重占比 / 分值.
     *
     * @param v 权重占比 / 分值
     * @return this builder
     */
    public IndicatorBuilder weight(@Nullable BigDecimal v) { weight = v; return this; }
    /**
     * Sets 权重占比 / 分值, as decimal text.
     *
     * @param v 权重占比 / 分值, as decimal text
     * @return this builder
     */
    public IndicatorBuilder weight(@Nullable String v) { weight = v == null ? null : new BigDecimal(v); return this; }
    /**
     * Sets declared 折算得分.
     *
     * @param v declared 折算得分
     * @return this builder
     */
    public IndicatorBuilder weightedScore(@Nullable BigDecimal v) { weightedScore = v; return this; }
    /**
     * Sets declared 折算得分, as decimal text.
     *
     * @param v declared 折算得分, as decimal text
     * @return this builder
     */
    public IndicatorBuilder weightedScore(@Nullable String v) {
        weightedScore = v == null ? null : new BigDecimal(v);
        return this;
    }
    /**
     * Sets 指标性质.
     *
     * @param v 指标性质
     * @return this builder
     */
    public IndicatorBuilder nature(@Nullable IndicatorNature v) { nature = v; return this; }
    /**
     * Sets 是否核心指标.
     *
     * @param v 是否核心指标
     * @return this builder
     */
    public IndicatorBuilder core(boolean v) { core = v; return this; }
    /**
     * Sets 偏差原因.
     *
     * @param v 偏差原因
     * @return this builder
     */
    public IndicatorBuilder deviationReason(@Nullable String v) { deviationReason = v; return this; }
    /**
     * Sets 改进措施.
     *
     * @param v 改进措施
     * @return this builder
     */
    public IndicatorBuilder improvement(@Nullable String v) { improvement = v; return this; }
    /**
     * Sets 评分说明.
     *
     * @param v 评分说明
     * @return this builder
     */
    public IndicatorBuilder scoringNote(@Nullable String v) { scoringNote = v; return this; }

    /**
     * Builds the indicator.
     *
     * @return the indicator
     * @throws NullPointerException if no weight was set
     */
    public Indicator build() {
        return new Indicator(level1, level2, name, Optional.ofNullable(description), Optional.ofNullable(comparison),
                Optional.ofNullable(expected), Optional.ofNullable(unit), Optional.ofNullable(actual),
                Optional.ofNullable(grade), Optional.ofNullable(score), Optional.ofNullable(weight),
                Optional.ofNullable(weightedScore), Optional.ofNullable(nature), core,
                Optional.ofNullable(deviationReason), Optional.ofNullable(improvement), Optional.ofNullable(scoringNote),
                Optional.ofNullable(goalBlock), Optional.ofNullable(scoringMethod));
    }

    /**
     * Sets the goal block the row is printed under (年度绩效目标1 …).
     *
     * @param v the goal block, or null for none
     * @return this builder
     * @since 0.2
     */
    public IndicatorBuilder goalBlock(@Nullable String v) { goalBlock = v; return this; }
    /**
     * Sets 得分计算方法 / 评分标准.
     *
     * @param v the method as printed, or null for none
     * @return this builder
     * @since 0.2
     */
    public IndicatorBuilder scoringMethod(@Nullable String v) { scoringMethod = v; return this; }
}
