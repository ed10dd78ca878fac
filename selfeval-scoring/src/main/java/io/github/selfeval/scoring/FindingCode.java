package io.github.selfeval.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable code of an audit finding: an open value type, so that a check outside this library can report its
 * own codes. The constants are this library's codes; they are never renamed or reused, and new ones are added.
 * Codes are upper-case names ({@code [A-Z][A-Z0-9_]*}, at most 64 characters) and compare by name;
 * {@link #of(String)} returns the constant for a standard name. Immutable and thread-safe.
 *
 * <p>Each constant says what it checks, its usual {@link Severity}, and the JSON path its findings
 * carry. docs/scoring.md lists them with examples.
 *
 * @since 0.1
 */
public final class FindingCode implements Comparable<FindingCode> {
    /** The standard codes, in declaration order; filled while the constants below are created. */
    private static final List<FindingCode> STANDARD = new ArrayList<>();
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /**
     * Declared 单项指标折算得分 differs from 得分 × 权重 / 100 under the rounding policy (a declared value
     * equal to the exact product is accepted too). ERROR, {@code indicators[i].weightedScore}.
     */
    public static final FindingCode WEIGHTED_SCORE_MISMATCH = standard("WEIGHTED_SCORE_MISMATCH");
    /**
     * Declared 自评得分 differs from the sum of 折算得分 under the rounding policy (a declared value equal
     * to the exact sum is accepted too). ERROR, {@code declaredTotalScore}.
     */
    public static final FindingCode TOTAL_SCORE_MISMATCH = standard("TOTAL_SCORE_MISMATCH");
    /**
     * Declared 单项指标得分 differs from the score the rules give (预算执行率 from 执行数 / 预算数, or a
     * quantitative row scored by rule). ERROR, {@code indicators[i].score}.
     */
    public static final FindingCode SCORE_MISMATCH = standard("SCORE_MISMATCH");
    /**
     * A declared 单项指标得分 lies outside its declared 完成等级's band, or the scheme has no band for
     * that grade. ERROR, {@code indicators[i].score}.
     */
    public static final FindingCode SCORE_OUTSIDE_GRADE_BAND = standard("SCORE_OUTSIDE_GRADE_BAND");
    /**
     * An indicator has neither 得分, nor 折算得分, nor 完成等级, so it scores 0. ERROR,
     * {@code indicators[i].score}.
     */
    public static final FindingCode SCORE_MISSING = standard("SCORE_MISSING");
    /**
     * An indicator has only a 完成等级; it is scored at its band's lower bound. INFO,
     * {@code indicators[i].score}.
     */
    public static final FindingCode SCORE_FROM_GRADE = standard("SCORE_FROM_GRADE");
    /** 权重占比 (or 分值) do not sum to 100. ERROR, {@code indicators}. */
    public static final FindingCode WEIGHTS_NOT_100 = standard("WEIGHTS_NOT_100");
    /** 预算执行率's weight differs from the pack's fixed weight (10 in most packs). ERROR, {@code indicators[i].weight}. */
    public static final FindingCode BUDGET_RATE_WEIGHT_MISMATCH = standard("BUDGET_RATE_WEIGHT_MISMATCH");
    /** The table has no 预算执行率 row although the scheme gives it a weight. WARNING, {@code indicators}. */
    public static final FindingCode BUDGET_RATE_INDICATOR_MISSING = standard("BUDGET_RATE_INDICATOR_MISSING");
    /**
     * A first-level indicator's weights add up to something other than the scheme's default weight
     * (e.g. 产出指标 50). INFO, {@code indicators}.
     */
    public static final FindingCode LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT = standard("LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT");
    /** 预算执行进度(%) is blank although 执行数 / 预算数 gives it. WARNING, {@code budget.declaredExecutionRate}. */
    public static final FindingCode EXECUTION_RATE_MISSING = standard("EXECUTION_RATE_MISSING");
    /** Declared 预算执行进度(%) differs from 执行数 / 预算数 × 100. ERROR, {@code budget.declaredExecutionRate}. */
    public static final FindingCode EXECUTION_RATE_MISMATCH = standard("EXECUTION_RATE_MISMATCH");
    /**
     * A rate stated in the 部门整体概况 (预算执行率, or the projects' 执行率) differs from the one its
     * own amounts give. ERROR, {@code narrative.overview.budgetExecutionRate} or
     * {@code narrative.overview.projectExecutionRate}.
     */
    public static final FindingCode OVERVIEW_RATE_MISMATCH = standard("OVERVIEW_RATE_MISMATCH");
    /**
     * An amount stated in the 部门整体概况 (申请预算, 实际支出) differs from the table's 预算数 / 执行数.
     * WARNING, {@code narrative.overview.requestedBudget} or {@code narrative.overview.actualSpending}.
     */
    public static final FindingCode OVERVIEW_AMOUNT_MISMATCH = standard("OVERVIEW_AMOUNT_MISMATCH");
    /** 执行数 exceeds 到位数 (in total, 财政资金 or 其他). ERROR, {@code budget.spent.total} etc. */
    public static final FindingCode SPENT_EXCEEDS_RECEIVED = standard("SPENT_EXCEEDS_RECEIVED");
    /** 执行数 exceeds 预算数 (in total, 财政资金 or 其他). ERROR, {@code budget.spent.total} etc. */
    public static final FindingCode SPENT_EXCEEDS_BUDGET = standard("SPENT_EXCEEDS_BUDGET");
    /** A declared rate (执行进度, 总体完成率, an overview rate) lies outside 0–100%. ERROR, the rate's path. */
    public static final FindingCode RATE_OUT_OF_RANGE = standard("RATE_OUT_OF_RANGE");
    /**
     * 预算执行率 is below the pack's threshold (Sichuan: 90%) and the 预算执行率 row gives no 偏差原因.
     * WARNING, {@code indicators[i].deviationReason}.
     */
    public static final FindingCode LOW_EXECUTION_RATE_UNEXPLAINED = standard("LOW_EXECUTION_RATE_UNEXPLAINED");
    /**
     * An indicator scored below full marks without 偏差原因, where the pack's form has that column.
     * WARNING, {@code indicators[i].deviationReason}.
     */
    public static final FindingCode DEVIATION_REASON_MISSING = standard("DEVIATION_REASON_MISSING");
    /**
     * A quantitative indicator exceeded its target by the pack's ratio (Guangxi: 130%) without an
     * explanation. WARNING, {@code indicators[i].deviationReason}.
     */
    public static final FindingCode OVER_ACHIEVEMENT_UNEXPLAINED = standard("OVER_ACHIEVEMENT_UNEXPLAINED");
    /** A 一级指标 the chosen catalogue does not know. WARNING, {@code indicators[i].level1}. */
    public static final FindingCode LEVEL1_NOT_IN_CATALOGUE = standard("LEVEL1_NOT_IN_CATALOGUE");
    /** A 二级指标 that is not under its 一级指标 in the chosen catalogue. WARNING, {@code indicators[i].level2}. */
    public static final FindingCode LEVEL2_NOT_UNDER_LEVEL1 = standard("LEVEL2_NOT_UNDER_LEVEL1");
    /**
     * A 三级指标 filed under an unlikely class: its name carries a sibling class's keyword and none of its
     * own (生态效益指标 › 改善困难群众生活 reads as a social benefit). WARNING, {@code indicators[i].level2}.
     */
    public static final FindingCode UNLIKELY_INDICATOR_CLASS = standard("UNLIKELY_INDICATOR_CLASS");
    /** The report names a catalogue that is not known; the pack's catalogue is used. WARNING, {@code catalogue}. */
    public static final FindingCode CATALOGUE_UNKNOWN = standard("CATALOGUE_UNKNOWN");
    /** A unit written as a word (百分号 for %). INFO, {@code indicators[i].unit}. */
    public static final FindingCode UNIT_WRITTEN_AS_WORD = standard("UNIT_WRITTEN_AS_WORD");
    /** A 年度预期目标 without 具体完成情况. WARNING, {@code goals.items[i].completion}. */
    public static final FindingCode GOAL_WITHOUT_COMPLETION = standard("GOAL_WITHOUT_COMPLETION");
    /** A 具体完成情况 without its 年度预期目标. WARNING, {@code goals.items[i].target}. */
    public static final FindingCode COMPLETION_WITHOUT_GOAL = standard("COMPLETION_WITHOUT_GOAL");
    /**
     * A text longer than the pack allows (Sichuan: 200 字): the 存在问题 or 改进措施 section, or one
     * row's 偏差原因 or 改进措施. WARNING, {@code narrative.problems}, {@code narrative.suggestions},
     * {@code indicators[i].deviationReason} or {@code indicators[i].improvement}.
     */
    public static final FindingCode TEXT_TOO_LONG = standard("TEXT_TOO_LONG");
    /**
     * A project form's 项目资金 block declares a 得分 that differs from 执行率 × 分值 (capped) under the rounding
     * policy. ERROR, {@code budget.declaredScore}.
     *
     * @since 0.2
     */
    public static final FindingCode BUDGET_SCORE_MISMATCH = standard("BUDGET_SCORE_MISMATCH");
    /**
     * The funds block prints a 分值 but its 得分 is blank although the budget gives it. WARNING,
     * {@code budget.declaredScore}.
     *
     * @since 0.2
     */
    public static final FindingCode BUDGET_SCORE_MISSING = standard("BUDGET_SCORE_MISSING");
    /**
     * The funds block declares a 得分 but no 分值, so the score cannot be checked. WARNING,
     * {@code budget.declaredScore}.
     *
     * @since 0.2
     */
    public static final FindingCode BUDGET_SCORE_WITHOUT_POINTS = standard("BUDGET_SCORE_WITHOUT_POINTS");
    /**
     * The funds block's 分值 differs from the pack's default budget-execution weight (Hubei 黄冈 gives 20): information,
     * not an error, as long as the form's points add up to 100. INFO, {@code budget.points}.
     *
     * @since 0.2
     */
    public static final FindingCode BUDGET_POINTS_DIFFER_FROM_PACK = standard("BUDGET_POINTS_DIFFER_FROM_PACK");
    /**
     * An indicator row prints no 分值 / 权重; its declared 得分 counts as it stands and the weights' sum is not checked.
     * WARNING, {@code indicators[i].weight}.
     *
     * @since 0.2
     */
    public static final FindingCode WEIGHT_MISSING = standard("WEIGHT_MISSING");
    /**
     * The rows of a block (a 一级 label such as 产出指标(50分), or a goal block 年度绩效目标1(40分)) do not add up
     * to the points its label prints. ERROR, {@code blocks[i].points}.
     *
     * @since 0.2
     */
    public static final FindingCode BLOCK_POINTS_MISMATCH = standard("BLOCK_POINTS_MISMATCH");
    /**
     * A block prints points but no indicator row belongs to it. WARNING, {@code blocks[i]}.
     *
     * @since 0.2
     */
    public static final FindingCode BLOCK_WITHOUT_ROWS = standard("BLOCK_WITHOUT_ROWS");
    /**
     * The 总分 row's 满分 is not 100. WARNING, {@code declaredMaxScore}.
     *
     * @since 0.2
     */
    public static final FindingCode MAX_SCORE_NOT_100 = standard("MAX_SCORE_NOT_100");
    /**
     * An indicator's name (or its 一级 / 二级) holds an invisible format character — a zero-width space, a
     * right-to-left override — that makes two names look alike while they differ, or differ while they look
     * alike; names are compared without them. WARNING, {@code indicators[i].name} (or {@code level1},
     * {@code level2}).
     *
     * @since 0.2
     */
    public static final FindingCode FORMAT_CHARACTER_IN_NAME = standard("FORMAT_CHARACTER_IN_NAME");
    /**
     * A declared rate (执行率, 预算执行进度) written with fewer places than the pack rounds to is the computed rate
     * at its own precision (86 for 86.2037): no mismatch, only worth knowing. INFO,
     * {@code budget.declaredExecutionRate}.
     *
     * @since 0.2
     */
    public static final FindingCode RATE_AT_PRINTED_PRECISION = standard("RATE_AT_PRINTED_PRECISION");
    /**
     * The pack's execution-rate caps lower the total (执行率 70–80 % → 总分 ≤ 89 …): declared is the total the rows
     * give, computed the capped one. INFO, {@code declaredTotalScore}.
     *
     * @since 0.2
     */
    public static final FindingCode TOTAL_CAPPED_BY_EXECUTION_RATE = standard("TOTAL_CAPPED_BY_EXECUTION_RATE");
    /**
     * A row prints only not-applicable marks ({@code /}, {@code 不适用}, the pack's {@code scheme.notApplicable}) and no
     * 得分: it is dropped from scoring (declared: the mark; computed: the points dropped). INFO,
     * {@code indicators[i].actual}.
     *
     * @since 0.3
     */
    public static final FindingCode INDICATOR_NOT_APPLICABLE = standard("INDICATOR_NOT_APPLICABLE");
    /**
     * Rows were dropped as not applicable and the pack rescales the rest to 100: 总分 = Σ 得分 × 100 / (100 − the
     * dropped points) (declared: the rows' sum; computed: the rescaled total). INFO, {@code declaredTotalScore}.
     *
     * @since 0.3
     */
    public static final FindingCode TOTAL_RESCALED_FOR_NOT_APPLICABLE = standard("TOTAL_RESCALED_FOR_NOT_APPLICABLE");
    /**
     * A positive row's 完成值 reached the pack's ratio of its target (指标偏离: 130 %) and the pack deducts points for
     * it ({@code scheme.overAchievement}; declared: the row's points before, computed: after). INFO,
     * {@code indicators[i].score}.
     *
     * @since 0.3
     */
    public static final FindingCode OVER_ACHIEVEMENT_DEDUCTED = standard("OVER_ACHIEVEMENT_DEDUCTED");

    /**
     * A funds column's 合计 / 年度资金总额 is not the sum of the parts the form writes under it (财政资金 /
     * 当年财政拨款, 上年结转资金, 其他资金 and any named rows): an Anhui 2022 form prints 0 over a 财政拨款 of 90.
     * ERROR, {@code budget.<column>.total} ({@code initialBudget}, {@code budget}, {@code received},
     * {@code spent}), which a form read from cells locates in its provenance. Declared: the total; computed: the
     * parts' sum.
     *
     * @since 0.3
     */
    public static final FindingCode FUNDS_TOTAL_NOT_SUM_OF_PARTS = standard("FUNDS_TOTAL_NOT_SUM_OF_PARTS");
    /**
     * An {@link AuditCheck} failed while auditing a report: its findings for that report are missing, the
     * others stand. WARNING, {@code $}; declared: the check's id.
     *
     * @since 0.3
     */
    public static final FindingCode AUDIT_CHECK_FAILED = standard("AUDIT_CHECK_FAILED");

    /** The standard codes by name, once every constant exists. */
    private static final Map<String, FindingCode> BY_NAME = byName();

    private final String name;

    private FindingCode(String name) {
        this.name = name;
    }

    private static FindingCode standard(String name) {
        FindingCode c = new FindingCode(name);
        STANDARD.add(c);
        return c;
    }

    private static Map<String, FindingCode> byName() {
        Map<String, FindingCode> m = new LinkedHashMap<>();
        for (FindingCode c : STANDARD) {
            m.put(c.name, c);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The code with a name: this library's constant for a standard name, else a code of another check.
     *
     * @param name an upper-case name, {@code [A-Z][A-Z0-9_]*}, at most 64 characters
     * @return the code, never null
     * @throws IllegalArgumentException when the name is not of that form
     * @since 0.3
     */
    public static FindingCode of(String name) {
        Objects.requireNonNull(name, "name");
        FindingCode c = BY_NAME.get(name);
        if (c != null) {
            return c;
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a finding code is an upper-case name such as TOTAL_SCORE_MISMATCH,"
                    + " was '" + name + "'");
        }
        return new FindingCode(name);
    }

    /**
     * This library's codes, in the order they were added (as the enum of 0.1 and 0.2 listed them).
     *
     * @return a new array of the standard codes, never null
     */
    public static FindingCode[] values() {
        return STANDARD.toArray(new FindingCode[0]);
    }

    /**
     * The standard code with a name, as the enum of 0.1 and 0.2 had it.
     *
     * @param name a standard code's name
     * @return the code, never null
     * @throws IllegalArgumentException when no standard code has that name
     */
    public static FindingCode valueOf(String name) {
        FindingCode c = BY_NAME.get(Objects.requireNonNull(name, "name"));
        if (c == null) {
            throw new IllegalArgumentException("no standard finding code " + name);
        }
        return c;
    }

    /**
     * Whether this is one of this library's codes.
     *
     * @return true for the constants of this class
     * @since 0.3
     */
    public boolean isStandard() {
        return BY_NAME.get(name) == this;
    }

    /**
     * The code's name, e.g. {@code TOTAL_SCORE_MISMATCH}.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    @Override
    public int compareTo(FindingCode o) {
        return name.compareTo(o.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindingCode && ((FindingCode) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
