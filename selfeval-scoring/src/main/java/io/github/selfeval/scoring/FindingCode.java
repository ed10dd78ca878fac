package io.github.selfeval.scoring;

/**
 * The stable codes of audit findings. Codes are never renamed or reused; new ones are added.
 *
 * <p>Each constant says what it checks, its usual {@link Severity}, and the JSON path its findings
 * carry. docs/scoring.md lists them with examples.
 *
 * @since 0.1
 */
public enum FindingCode {
    /**
     * Declared 单项指标折算得分 differs from 得分 × 权重 / 100 under the rounding policy (a declared value
     * equal to the exact product is accepted too). ERROR, {@code indicators[i].weightedScore}.
     */
    WEIGHTED_SCORE_MISMATCH,
    /**
     * Declared 自评得分 differs from the sum of 折算得分 under the rounding policy (a declared value equal
     * to the exact sum is accepted too). ERROR, {@code declaredTotalScore}.
     */
    TOTAL_SCORE_MISMATCH,
    /**
     * Declared 单项指标得分 differs from the score the rules give (预算执行率 from 执行数 / 预算数, or a
     * quantitative row scored by rule). ERROR, {@code indicators[i].score}.
     */
    SCORE_MISMATCH,
    /**
     * A declared 单项指标得分 lies outside its declared 完成等级's band, or the scheme has no band for
     * that grade. ERROR, {@code indicators[i].score}.
     */
    SCORE_OUTSIDE_GRADE_BAND,
    /**
     * An indicator has neither 得分, nor 折算得分, nor 完成等级, so it scores 0. ERROR,
     * {@code indicators[i].score}.
     */
    SCORE_MISSING,
    /**
     * An indicator has only a 完成等级; it is scored at its band's lower bound. INFO,
     * {@code indicators[i].score}.
     */
    SCORE_FROM_GRADE,
    /** 权重占比 (or 分值) do not sum to 100. ERROR, {@code indicators}. */
    WEIGHTS_NOT_100,
    /** 预算执行率's weight differs from the pack's fixed weight (10 in most packs). ERROR, {@code indicators[i].weight}. */
    BUDGET_RATE_WEIGHT_MISMATCH,
    /** The table has no 预算执行率 row although the scheme gives it a weight. WARNING, {@code indicators}. */
    BUDGET_RATE_INDICATOR_MISSING,
    /**
     * A first-level indicator's weights add up to something other than the scheme's default weight
     * (e.g. 产出指标 50). INFO, {@code indicators}.
     */
    LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT,
    /** 预算执行进度(%) is blank although 执行数 / 预算数 gives it. WARNING, {@code budget.declaredExecutionRate}. */
    EXECUTION_RATE_MISSING,
    /** Declared 预算执行进度(%) differs from 执行数 / 预算数 × 100. ERROR, {@code budget.declaredExecutionRate}. */
    EXECUTION_RATE_MISMATCH,
    /**
     * A rate stated in the 部门整体概况 (预算执行率, or the projects' 执行率) differs from the one its
     * own amounts give. ERROR, {@code narrative.overview.budgetExecutionRate} or
     * {@code narrative.overview.projectExecutionRate}.
     */
    OVERVIEW_RATE_MISMATCH,
    /**
     * An amount stated in the 部门整体概况 (申请预算, 实际支出) differs from the table's 预算数 / 执行数.
     * WARNING, {@code narrative.overview.requestedBudget} or {@code narrative.overview.actualSpending}.
     */
    OVERVIEW_AMOUNT_MISMATCH,
    /** 执行数 exceeds 到位数 (in total, 财政资金 or 其他). ERROR, {@code budget.spent.total} etc. */
    SPENT_EXCEEDS_RECEIVED,
    /** 执行数 exceeds 预算数 (in total, 财政资金 or 其他). ERROR, {@code budget.spent.total} etc. */
    SPENT_EXCEEDS_BUDGET,
    /** A declared rate (执行进度, 总体完成率, an overview rate) lies outside 0–100%. ERROR, the rate's path. */
    RATE_OUT_OF_RANGE,
    /**
     * 预算执行率 is below the pack's threshold (Sichuan: 90%) and the 预算执行率 row gives no 偏差原因.
     * WARNING, {@code indicators[i].deviationReason}.
     */
    LOW_EXECUTION_RATE_UNEXPLAINED,
    /**
     * An indicator scored below full marks without 偏差原因, where the pack's form has that column.
     * WARNING, {@code indicators[i].deviationReason}.
     */
    DEVIATION_REASON_MISSING,
    /**
     * A quantitative indicator exceeded its target by the pack's ratio (Guangxi: 130%) without an
     * explanation. WARNING, {@code indicators[i].deviationReason}.
     */
    OVER_ACHIEVEMENT_UNEXPLAINED,
    /** A 一级指标 the chosen catalogue does not know. WARNING, {@code indicators[i].level1}. */
    LEVEL1_NOT_IN_CATALOGUE,
    /** A 二级指标 that is not under its 一级指标 in the chosen catalogue. WARNING, {@code indicators[i].level2}. */
    LEVEL2_NOT_UNDER_LEVEL1,
    /**
     * A 三级指标 filed under an unlikely class: its name carries a sibling class's keyword and none of its
     * own (生态效益指标 › 改善困难群众生活 reads as a social benefit). WARNING, {@code indicators[i].level2}.
     */
    UNLIKELY_INDICATOR_CLASS,
    /** The report names a catalogue that is not known; the pack's catalogue is used. WARNING, {@code catalogue}. */
    CATALOGUE_UNKNOWN,
    /** A unit written as a word (百分号 for %). INFO, {@code indicators[i].unit}. */
    UNIT_WRITTEN_AS_WORD,
    /** A 年度预期目标 without 具体完成情况. WARNING, {@code goals.items[i].completion}. */
    GOAL_WITHOUT_COMPLETION,
    /** A 具体完成情况 without its 年度预期目标. WARNING, {@code goals.items[i].target}. */
    COMPLETION_WITHOUT_GOAL,
    /**
     * A text longer than the pack allows (Sichuan: 200 字): the 存在问题 or 改进措施 section, or one
     * row's 偏差原因 or 改进措施. WARNING, {@code narrative.problems}, {@code narrative.suggestions},
     * {@code indicators[i].deviationReason} or {@code indicators[i].improvement}.
     */
    TEXT_TOO_LONG,

    /**
     * A project form's 项目资金 block declares a 得分 that differs from 执行率 × 分值 (capped) under the rounding
     * policy. ERROR, {@code budget.declaredScore}.
     *
     * @since 0.2
     */
    BUDGET_SCORE_MISMATCH,
    /**
     * The funds block prints a 分值 but its 得分 is blank although the budget gives it. WARNING,
     * {@code budget.declaredScore}.
     *
     * @since 0.2
     */
    BUDGET_SCORE_MISSING,
    /**
     * The funds block declares a 得分 but no 分值, so the score cannot be checked. WARNING,
     * {@code budget.declaredScore}.
     *
     * @since 0.2
     */
    BUDGET_SCORE_WITHOUT_POINTS,
    /**
     * The funds block's 分值 differs from the pack's default budget-execution weight (Hubei 黄冈 gives 20): information,
     * not an error, as long as the form's points add up to 100. INFO, {@code budget.points}.
     *
     * @since 0.2
     */
    BUDGET_POINTS_DIFFER_FROM_PACK,
    /**
     * An indicator row prints no 分值 / 权重; its declared 得分 counts as it stands and the weights' sum is not checked.
     * WARNING, {@code indicators[i].weight}.
     *
     * @since 0.2
     */
    WEIGHT_MISSING,
    /**
     * The rows of a block (a 一级 label such as 产出指标(50分), or a goal block 年度绩效目标1(40分)) do not add up
     * to the points its label prints. ERROR, {@code blocks[i].points}.
     *
     * @since 0.2
     */
    BLOCK_POINTS_MISMATCH,
    /**
     * A block prints points but no indicator row belongs to it. WARNING, {@code blocks[i]}.
     *
     * @since 0.2
     */
    BLOCK_WITHOUT_ROWS,
    /**
     * The 总分 row's 满分 is not 100. WARNING, {@code declaredMaxScore}.
     *
     * @since 0.2
     */
    MAX_SCORE_NOT_100,
    /**
     * An indicator's name (or its 一级 / 二级) holds an invisible format character — a zero-width space, a
     * right-to-left override — that makes two names look alike while they differ, or differ while they look
     * alike; names are compared without them. WARNING, {@code indicators[i].name} (or {@code level1},
     * {@code level2}).
     *
     * @since 0.2
     */
    FORMAT_CHARACTER_IN_NAME,
    /**
     * A declared rate (执行率, 预算执行进度) written with fewer places than the pack rounds to is the computed rate
     * at its own precision (86 for 86.2037): no mismatch, only worth knowing. INFO,
     * {@code budget.declaredExecutionRate}.
     *
     * @since 0.2
     */
    RATE_AT_PRINTED_PRECISION,
    /**
     * The pack's execution-rate caps lower the total (执行率 70–80 % → 总分 ≤ 89 …): declared is the total the rows
     * give, computed the capped one. INFO, {@code declaredTotalScore}.
     *
     * @since 0.2
     */
    TOTAL_CAPPED_BY_EXECUTION_RATE,

    /**
     * A row prints only not-applicable marks ({@code /}, {@code 不适用}, the pack's {@code scheme.notApplicable}) and no
     * 得分: it is dropped from scoring (declared: the mark; computed: the points dropped). INFO,
     * {@code indicators[i].actual}.
     *
     * @since 0.3
     */
    INDICATOR_NOT_APPLICABLE,
    /**
     * Rows were dropped as not applicable and the pack rescales the rest to 100: 总分 = Σ 得分 × 100 / (100 − the
     * dropped points) (declared: the rows' sum; computed: the rescaled total). INFO, {@code declaredTotalScore}.
     *
     * @since 0.3
     */
    TOTAL_RESCALED_FOR_NOT_APPLICABLE,
    /**
     * A positive row's 完成值 reached the pack's ratio of its target (指标偏离: 130 %) and the pack deducts points for
     * it ({@code scheme.overAchievement}; declared: the row's points before, computed: after). INFO,
     * {@code indicators[i].score}.
     *
     * @since 0.3
     */
    OVER_ACHIEVEMENT_DEDUCTED
}
