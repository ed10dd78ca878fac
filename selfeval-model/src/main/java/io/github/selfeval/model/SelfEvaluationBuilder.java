package io.github.selfeval.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link SelfEvaluation}. Cover and budget are required; everything else has a blank
 * default. Not thread-safe.
 *
 * @since 0.1
 */
public final class SelfEvaluationBuilder {
    private final FormKind kind;
    private @Nullable String pack;
    private @Nullable String catalogue;
    private @Nullable Cover cover;
    private @Nullable ProjectInfo project;
    private @Nullable HeaderDetails details;
    private @Nullable MoneyUnit moneyUnit = MoneyUnit.WAN_YUAN;
    private @Nullable String implementingDepartment;
    private @Nullable Narrative narrative = Narrative.empty();
    private @Nullable BudgetExecution budget;
    private @Nullable Goals goals = Goals.empty();
    private final List<Indicator> indicators = new ArrayList<>();
    private @Nullable BigDecimal declaredTotalScore;
    private @Nullable String preparer;
    private @Nullable String phone;
    private final List<String> notes = new ArrayList<>();
    private @Nullable String form;
    private final List<BlockPoints> blocks = new ArrayList<>();
    private @Nullable BigDecimal declaredMaxScore;
    private FormTexts texts = FormTexts.empty();
    private @Nullable LocalDate filledOn;

    SelfEvaluationBuilder(FormKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    static SelfEvaluationBuilder from(SelfEvaluation r) {
        SelfEvaluationBuilder b = new SelfEvaluationBuilder(r.kind());
        b.pack = r.pack().orElse(null);
        b.catalogue = r.catalogue().orElse(null);
        b.cover = r.cover();
        b.project = r.project().orElse(null);
        b.details = r.details().orElse(null);
        b.moneyUnit = r.moneyUnit();
        b.implementingDepartment = r.implementingDepartment().orElse(null);
        b.narrative = r.narrative();
        b.budget = r.budget();
        b.goals = r.goals();
        b.indicators.addAll(r.indicators());
        b.declaredTotalScore = r.declaredTotalScore().orElse(null);
        b.preparer = r.preparer().orElse(null);
        b.phone = r.phone().orElse(null);
        b.notes.addAll(r.notes());
        b.form = r.form().orElse(null);
        b.blocks.addAll(r.blocks());
        b.declaredMaxScore = r.declaredMaxScore().orElse(null);
        b.texts = r.texts();
        b.filledOn = r.filledOn().orElse(null);
        return b;
    }

    /**
     * Sets rule pack id.
     *
     * @param v rule pack id
     * @return this builder
     */
    public SelfEvaluationBuilder pack(@Nullable String v) { pack = v; return this; }
    /**
     * Sets catalogue id.
     *
     * @param v catalogue id
     * @return this builder
     */
    public SelfEvaluationBuilder catalogue(@Nullable String v) { catalogue = v; return this; }
    /**
     * Sets the cover.
     *
     * @param v the cover
     * @return this builder
     */
    public SelfEvaluationBuilder cover(Cover v) { cover = v; return this; }
    /**
     * Sets the project header.
     *
     * @param v the project header
     * @return this builder
     */
    public SelfEvaluationBuilder project(@Nullable ProjectInfo v) { project = v; return this; }
    /**
     * Sets optional header fields.
     *
     * @param v optional header fields
     * @return this builder
     */
    public SelfEvaluationBuilder details(@Nullable HeaderDetails v) { details = v; return this; }
    /**
     * Sets 金额单位.
     *
     * @param v 金额单位
     * @return this builder
     */
    public SelfEvaluationBuilder moneyUnit(@Nullable MoneyUnit v) { moneyUnit = v; return this; }
    /**
     * Sets 实施主管部门.
     *
     * @param v 实施主管部门
     * @return this builder
     */
    public SelfEvaluationBuilder implementingDepartment(@Nullable String v) { implementingDepartment = v; return this; }
    /**
     * Sets sections 一 to 五.
     *
     * @param v sections 一 to 五
     * @return this builder
     */
    public SelfEvaluationBuilder narrative(@Nullable Narrative v) { narrative = v; return this; }
    /**
     * Sets 预算执行情况.
     *
     * @param v 预算执行情况
     * @return this builder
     */
    public SelfEvaluationBuilder budget(BudgetExecution v) { budget = v; return this; }
    /**
     * Sets 目标完成情况.
     *
     * @param v 目标完成情况
     * @return this builder
     */
    public SelfEvaluationBuilder goals(@Nullable Goals v) { goals = v; return this; }
    /**
     * Sets an indicator row, appended.
     *
     * @param v an indicator row, appended
     * @return this builder
     */
    public SelfEvaluationBuilder indicator(Indicator v) { indicators.add(Objects.requireNonNull(v, "indicator")); return this; }
    /**
     * Sets indicator rows, replacing any added before.
     *
     * @param v indicator rows, replacing any added before
     * @return this builder
     */
    public SelfEvaluationBuilder indicators(Collection<Indicator> v) {
        indicators.clear();
        v.forEach(this::indicator);
        return this;
    }
    /**
     * Sets declared 自评得分.
     *
     * @param v declared 自评得分
     * @return this builder
     */
    public SelfEvaluationBuilder declaredTotalScore(@Nullable BigDecimal v) { declaredTotalScore = v; return this; }
    /**
     * Sets 填报人.
     *
     * @param v 填报人
     * @return this builder
     */
    public SelfEvaluationBuilder preparer(@Nullable String v) { preparer = v; return this; }
    /**
     * Sets 联系电话.
     *
     * @param v 联系电话
     * @return this builder
     */
    public SelfEvaluationBuilder phone(@Nullable String v) { phone = v; return this; }
    /**
     * Sets 说明 notes, replacing any added before.
     *
     * @param v 说明 notes, replacing any added before
     * @return this builder
     */
    public SelfEvaluationBuilder notes(Collection<String> v) {
        notes.clear();
        notes.addAll(v);
        return this;
    }

    /**
     * Builds the report. Validation is separate: see {@code SelfEvaluations#validate}.
     *
     * @return the report
     * @throws NullPointerException naming the missing cover or budget
     */
    // The record's constructor names a missing cover or budget and takes a null unit, narrative or goals
    // as the default; NullAway cannot see that.
    @SuppressWarnings("NullAway")
    public SelfEvaluation build() {
        return new SelfEvaluation(kind, Optional.ofNullable(pack), Optional.ofNullable(catalogue), cover,
                Optional.ofNullable(project), Optional.ofNullable(details), moneyUnit,
                Optional.ofNullable(implementingDepartment), narrative, budget, goals, indicators,
                Optional.ofNullable(declaredTotalScore), Optional.ofNullable(preparer), Optional.ofNullable(phone),
                notes, Optional.ofNullable(form), blocks, Optional.ofNullable(declaredMaxScore), texts,
                Optional.ofNullable(filledOn));
    }

    /**
     * Sets the id of the form description the report follows.
     *
     * @param v e.g. {@code central-project}, or null for the kind's default
     * @return this builder
     * @since 0.2
     */
    public SelfEvaluationBuilder form(@Nullable String v) { form = v; return this; }
    /**
     * Adds the points printed on a block label.
     *
     * @param v the block
     * @return this builder
     * @since 0.2
     */
    public SelfEvaluationBuilder block(BlockPoints v) { blocks.add(Objects.requireNonNull(v, "block")); return this; }
    /**
     * Sets the 总分 row's 满分.
     *
     * @param v the printed 满分, or null when not printed
     * @return this builder
     * @since 0.2
     */
    public SelfEvaluationBuilder declaredMaxScore(@Nullable BigDecimal v) { declaredMaxScore = v; return this; }
    /**
     * Sets the text blocks below a project form's table.
     *
     * @param v the texts
     * @return this builder
     * @since 0.2
     */
    public SelfEvaluationBuilder texts(FormTexts v) { texts = Objects.requireNonNull(v, "texts"); return this; }
    /**
     * Sets 填报日期.
     *
     * @param v the date, or null when not written
     * @return this builder
     * @since 0.2
     */
    public SelfEvaluationBuilder filledOn(@Nullable LocalDate v) { filledOn = v; return this; }
}
