package io.github.selfeval.testsupport;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.HeaderDetails;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorBuilder;
import io.github.selfeval.model.IndicatorNature;
import io.github.selfeval.model.MoneyUnit;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of reports and of their parts, for property tests in every module.
 *
 * <p>{@link #validReports()} gives reports that pass {@code SelfEvaluations.validate} and whose
 * declared arithmetic is consistent, so a property can start from a good report and break one thing:
 * <ul>
 *   <li>both kinds of form ({@code department}, and {@code project} with its {@code project} header);</li>
 *   <li>2–40 indicator rows (so {@link #MAX_INDICATORS} at most), exactly one of them the 预算执行率
 *       row ({@code 预算执行率 › 预算执行率 › 预算执行率}) weighted 10, the others sharing 90, so the
 *       weights sum to exactly 100; no two rows share a 三级 name under the same parent;</li>
 *   <li>each ordinary row has a grade and a score inside its grade's band (优 [90, 100], 良 [80, 90),
 *       中 [60, 80), 差 [0, 60)); the 预算执行率 row has no grade and scores 执行数 / 预算数 × 100 rounded
 *       to 2 places (capped at 100); every 折算得分 is 得分 × 权重 / 100 rounded HALF_UP to 2 places
 *       and the declared total is their sum;</li>
 *   <li>amounts with 0–2 decimals and 预算数 ≥ 到位数 ≥ 执行数 (to the cent), a budget above zero;
 *       财政资金 + 其他资金 = 合计 wherever the split is written;</li>
 *   <li>random Chinese text with full-width punctuation, occasionally a character outside the Basic
 *       Multilingual Plane, quotes, backslashes and line breaks (JSON escaping is exercised);</li>
 *   <li>every optional field sometimes present and sometimes absent.</li>
 * </ul>
 * Numbers never use exponent notation or a negative scale, so a JSON round trip preserves
 * {@code BigDecimal.equals}. All generators are stateless and thread-safe; they shrink through
 * QuickTheories' randomness source.
 *
 * @since 0.1
 */
public final class Reports {

    /** Most indicator rows a generated report has. */
    public static final int MAX_INDICATORS = 40;

    /** The weight of the 预算执行率 row in generated reports. */
    public static final BigDecimal BUDGET_EXECUTION_WEIGHT = BigDecimal.TEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标", "管理指标");
    private static final List<String> LEVEL2 = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标");
    private static final String PUNCTUATION = "，。、；：？！“”‘’（）《》【】—…％＋－";
    private static final String ESCAPES = "\"\\\n\t/";
    private static final String FAR_CHARACTER = new String(Character.toChars(0x20BB7)); // 𠮷, outside the BMP

    private Reports() {
    }

    // ------------------------------------------------------------------ reports

    /**
     * Valid reports of both kinds, as described in the class comment.
     *
     * @return the generator, never null
     */
    public static Gen<SelfEvaluation> validReports() {
        return in -> report(in, false);
    }

    /**
     * Valid reports of one kind.
     *
     * @param kind the form kind
     * @return the generator, never null
     */
    public static Gen<SelfEvaluation> validReports(FormKind kind) {
        return in -> report(in, false, kind);
    }

    /**
     * Reports like {@link #validReports()} except that the weights do not sum to 100: one ordinary
     * row's weight is lowered by 0.01 to 5 (staying above 0), so they sum to 95–99.99, and its
     * 折算得分 and the declared total follow. Still valid (the weight sum is an audit finding, not a validation error).
     *
     * @return the generator, never null
     */
    public static Gen<SelfEvaluation> validReportsWithWeightsNotSummingTo100() {
        return in -> report(in, true);
    }

    /**
     * Valid 项目支出 reports in the central form ({@code central-project}) whose declared arithmetic is
     * consistent under the {@code national} pack: a 项目资金 block with 分值 10 and the four source rows
     * (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金) for 年初预算数, 全年预算数 and 全年执行数 (执行数 ≤ 预算数 > 0),
     * its 执行率 and 得分 declared (2 places, HALF_UP); 1–3 goal pairs; 2–20 indicator rows under 产出指标 ·
     * 效益指标 · 满意度指标 whose 分值 sum to 90 and that declare only 得分 (no 单项得分, as the form prints),
     * with written values such as {@code ≥95%}; sometimes block points ({@code 产出指标(50分)}), text blocks,
     * 填报日期, 项目编码 and 负责人; 总分 declared as the sum, 满分 100. Small, for exporters' property tests.
     *
     * @return the generator, never null
     * @since 0.2
     */
    public static Gen<SelfEvaluation> validProjectReports() {
        return Reports::projectReport;
    }

    // ------------------------------------------------------------------ parts

    /** The national pack's rule for a row: ≥ and = positive (B/A, capped), ≤ linear to zero at twice the target. */
    private static BigDecimal ruleScore(String sign, BigDecimal target, BigDecimal actual) {
        java.math.MathContext mc = java.math.MathContext.DECIMAL128;
        BigDecimal exact;
        if (sign.equals("≤")) {
            if (actual.compareTo(target) <= 0) {
                exact = HUNDRED;
            } else if (actual.compareTo(target.multiply(BigDecimal.valueOf(2))) > 0) {
                exact = BigDecimal.ZERO;
            } else {
                exact = BigDecimal.ONE.subtract(actual.subtract(target).divide(target, mc)).multiply(HUNDRED);
            }
        } else {
            exact = actual.compareTo(target) >= 0 ? HUNDRED : actual.multiply(HUNDRED).divide(target, mc);
        }
        return exact.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * Ordinary (not 预算执行率) indicator rows with the given weight: a grade, a score inside the
     * grade's band, a consistent 折算得分, and random optional fields.
     *
     * @param weight the 权重占比, 0–100
     * @return the generator, never null
     */
    public static Gen<Indicator> indicators(BigDecimal weight) {
        return in -> indicator(in, pick(in, LEVEL1), pick(in, LEVEL2), name(in), weight);
    }

    /**
     * Ordinary indicator rows with a weight of 0.01–90 (0–2 decimals).
     *
     * @return the generator, never null
     */
    public static Gen<Indicator> indicators() {
        return in -> indicator(in, pick(in, LEVEL1), pick(in, LEVEL2), name(in),
                decimal(in, BigDecimal.ONE.movePointLeft(2), BigDecimal.valueOf(90)));
    }

    /**
     * Percentages from 0 % to 100 % with 0–2 decimals.
     *
     * @return the generator, never null
     */
    public static Gen<Percent> percents() {
        return in -> Percent.of(decimal(in, BigDecimal.ZERO, HUNDRED));
    }

    /**
     * Amounts of money from 0 to 1,000,000,000 with 0–2 decimals, never negative.
     *
     * @return the generator, never null
     */
    public static Gen<BigDecimal> money() {
        return in -> decimal(in, BigDecimal.ZERO, BigDecimal.valueOf(1_000_000_000));
    }

    /**
     * Decimals in {@code [min, max]} with 0–2 decimals (the scale is drawn first, then the value).
     *
     * @param min the lower bound, at most 2 decimals
     * @param max the upper bound, at most 2 decimals
     * @return the generator, never null
     */
    public static Gen<BigDecimal> decimals(BigDecimal min, BigDecimal max) {
        return in -> decimal(in, min, max);
    }

    /**
     * Grades 优 良 中 差.
     *
     * @return the generator, never null
     */
    public static Gen<Grade> grades() {
        return Generate.enumValues(Grade.class);
    }

    /**
     * Scores (0–100, 0–2 decimals) inside a grade's band: 优 [90, 100], 良 [80, 90), 中 [60, 80),
     * 差 [0, 60).
     *
     * @param grade the grade
     * @return the generator, never null
     */
    public static Gen<BigDecimal> scores(Grade grade) {
        return in -> score(in, grade);
    }

    /**
     * Non-blank Chinese text of {@code min}–{@code max} characters: mostly CJK ideographs, with
     * full-width punctuation; it starts with an ideograph.
     *
     * @param min the fewest characters, at least 1
     * @param max the most characters
     * @return the generator, never null
     */
    public static Gen<String> chineseText(int min, int max) {
        return in -> text(in, min, max, false);
    }

    /**
     * Like {@link #chineseText(int, int)} but also with characters that JSON must escape (quotes,
     * backslash, line break, tab) and characters outside the Basic Multilingual Plane.
     *
     * @param min the fewest characters, at least 1
     * @param max the most characters
     * @return the generator, never null
     */
    public static Gen<String> awkwardChineseText(int min, int max) {
        return in -> text(in, min, max, true);
    }

    // ------------------------------------------------------------------ implementation

    private static final List<String> PROJECT_LEVEL1 = List.of("产出指标", "效益指标", "满意度指标");

    private static SelfEvaluation projectReport(RandomnessSource in) {
        int scale = between(in, 0, 2);
        BigDecimal budget = decimal(in, BigDecimal.ONE, BigDecimal.valueOf(100_000), scale);
        BigDecimal spent = decimal(in, BigDecimal.ZERO, budget, scale);
        BigDecimal exactRate = spent.multiply(HUNDRED).divide(budget, java.math.MathContext.DECIMAL128);
        BigDecimal rate = exactRate.setScale(2, RoundingMode.HALF_UP);
        BigDecimal points = BigDecimal.TEN;
        BigDecimal budgetScore = exactRate.min(HUNDRED).multiply(points).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        Funds planned = projectFunds(in, budget);
        BudgetExecution execution = new BudgetExecution(optional(in, () -> projectFunds(in, budget)),
                planned, Optional.empty(), spentFunds(in, planned, spent), Optional.of(Percent.of(rate)),
                Optional.of(points), Optional.of(budgetScore), Optional.empty());
        SelfEvaluationBuilder b = SelfEvaluation.builder(FormKind.PROJECT)
                .pack("national")
                .form("central-project")
                .cover(cover(in))
                .moneyUnit(bool(in) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN)
                .project(new ProjectInfo(text(in, 2, 30, false), optional(in, () -> text(in, 2, 20, false)),
                        optional(in, () -> text(in, 2, 20, false)),
                        optional(in, () -> String.valueOf(between(in, 100_000, 999_999))),
                        optional(in, () -> text(in, 2, 4, false)), optional(in, () -> text(in, 2, 4, false))))
                .budget(execution);
        List<Goal> goals = new ArrayList<>();
        for (int i = between(in, 1, 3); i > 0; i--) {
            goals.add(Goal.of(text(in, 2, 60, true), text(in, 2, 60, true)));
        }
        b.goals(new Goals(goals, Optional.empty()));
        int rows = between(in, 2, 20);
        List<BigDecimal> weights = split(in, BigDecimal.valueOf(90), rows);
        List<Indicator> indicators = new ArrayList<>();
        Set<List<String>> names = new HashSet<>();
        BigDecimal total = budgetScore;
        java.util.Map<String, BigDecimal> blocks = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            // rows in form order: 产出 first, then 效益, then 满意度
            String level1 = PROJECT_LEVEL1.get(Math.min(PROJECT_LEVEL1.size() - 1, i * PROJECT_LEVEL1.size() / rows));
            String level2 = pick(in, LEVEL2);
            String name = name(in);
            while (!names.add(List.of(level1, level2, name))) {
                name = name + between(in, 0, 9);
            }
            BigDecimal weight = weights.get(i);
            int target = between(in, 50, 100);
            int actual = between(in, 0, 120);
            String sign = pick(in, List.of("≥", "≤", "=", ""));
            String unit = pick(in, List.of("%", "米", "万元", ""));
            // A row whose cell prints a comparison and whose units agree with 完成值's % is scored by rule in
            // the national pack (正向 B/A, reverse linear to zero at twice the target): declare what that gives.
            BigDecimal score = sign.isEmpty() || !(unit.equals("%") || unit.isEmpty())
                    ? decimal(in, BigDecimal.ZERO, HUNDRED)
                    : ruleScore(sign, BigDecimal.valueOf(target), BigDecimal.valueOf(actual));
            BigDecimal weighted = weighted(score, weight);
            IndicatorBuilder x = Indicator.builder(level1, level2, name)
                    .expected(sign + target + unit)
                    .actual(actual + "%")
                    .weight(weight)
                    .weightedScore(weighted);
            if (bool(in) && bool(in)) {
                x.deviationReason(text(in, 1, 60, true));
                if (bool(in)) {
                    x.improvement(text(in, 1, 60, true));
                }
            }
            indicators.add(x.build());
            total = total.add(weighted);
            blocks.merge(level1, weight, BigDecimal::add);
        }
        b.indicators(indicators);
        if (bool(in)) {
            blocks.forEach((level1, sum) -> b.block(io.github.selfeval.model.BlockPoints.level1(level1, sum)));
        }
        b.declaredTotalScore(total.min(HUNDRED));
        b.declaredMaxScore(HUNDRED);
        if (bool(in)) {
            b.texts(new io.github.selfeval.model.FormTexts(optional(in, () -> text(in, 2, 60, true)),
                    optional(in, () -> text(in, 2, 60, true)), optional(in, () -> text(in, 2, 60, true)),
                    Optional.empty(), Optional.empty()));
        }
        if (bool(in)) {
            b.preparer(text(in, 2, 4, false));
        }
        if (bool(in)) {
            b.filledOn(LocalDate.of(2024, between(in, 1, 12), between(in, 1, 28)));
        }
        return b.build();
    }

    /** 年度资金总额 with 当年财政拨款 · 上年结转资金 · 其他资金 summing to it, or the total alone. */
    private static Funds projectFunds(RandomnessSource in, BigDecimal total) {
        if (bool(in)) {
            return Funds.of(total);
        }
        BigDecimal fiscal = decimal(in, BigDecimal.ZERO, total, total.scale());
        BigDecimal carry = decimal(in, BigDecimal.ZERO, total.subtract(fiscal), total.scale());
        return Funds.ofProject(total, fiscal, carry, total.subtract(fiscal).subtract(carry));
    }

    /** 执行数 by source, each part within its 预算数 part (the audit checks each source). */
    private static Funds spentFunds(RandomnessSource in, Funds planned, BigDecimal spent) {
        if (planned.fiscal().isEmpty() || bool(in)) {
            return Funds.of(spent);
        }
        BigDecimal fiscal = planned.fiscal().get().min(spent);
        BigDecimal carry = planned.carryOver().orElse(BigDecimal.ZERO).min(spent.subtract(fiscal));
        return Funds.ofProject(spent, fiscal, carry, spent.subtract(fiscal).subtract(carry));
    }

    private static SelfEvaluation report(RandomnessSource in, boolean unbalanced) {
        return report(in, unbalanced, bool(in) ? FormKind.DEPARTMENT : FormKind.PROJECT);
    }

    private static SelfEvaluation report(RandomnessSource in, boolean unbalanced, FormKind kind) {
        int scale = between(in, 0, 2);
        BigDecimal budget = decimal(in, BigDecimal.ONE, BigDecimal.valueOf(100_000_000), scale);
        BigDecimal received = decimal(in, BigDecimal.ZERO, budget, scale);
        BigDecimal spent = decimal(in, BigDecimal.ZERO, received, scale);
        BigDecimal rate = spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP).min(HUNDRED);

        SelfEvaluationBuilder b = SelfEvaluation.builder(kind)
                .cover(cover(in))
                .moneyUnit(bool(in) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN)
                .budget(new BudgetExecution(
                        optional(in, () -> funds(in, budget.add(decimal(in, BigDecimal.ZERO, BigDecimal.TEN, scale)))),
                        funds(in, budget),
                        optional(in, () -> funds(in, received)),
                        funds(in, spent),
                        optional(in, () -> Percent.of(rate))))
                .narrative(narrative(in))
                .goals(goals(in));
        if (kind == FormKind.PROJECT || bool(in) && bool(in)) {
            b.project(new ProjectInfo(text(in, 2, 30, false), optional(in, () -> text(in, 2, 20, false)),
                    optional(in, () -> text(in, 2, 20, false))));
        }
        if (bool(in)) {
            b.details(details(in));
        }
        if (bool(in)) {
            b.pack(pick(in, List.of("hebei", "national", "chongqing", "sichuan")));
        }
        if (bool(in)) {
            b.catalogue(pick(in, List.of("2020", "2021", "hebei.2023")));
        }
        if (bool(in)) {
            b.implementingDepartment(text(in, 2, 30, false));
        }
        if (bool(in)) {
            b.preparer(text(in, 2, 4, false));
        }
        if (bool(in)) {
            b.phone(String.valueOf(between(in, 1_000_000, 99_999_999)));
        }
        b.notes(texts(in, 0, 5, 1, 80));

        int rows = between(in, 2, MAX_INDICATORS);
        List<BigDecimal> weights = split(in, BigDecimal.valueOf(90), rows - 1);
        if (unbalanced) {
            // Take 0.01–5 off one row (never below 0.01): the sum falls below 100, so the declared
            // total stays within 0–100 and the report stays valid.
            BigDecimal cent = BigDecimal.ONE.movePointLeft(2);
            int i = between(in, 0, weights.size() - 1);
            if (weights.get(i).compareTo(cent) <= 0) {
                i = weights.indexOf(weights.stream().max(BigDecimal::compareTo).orElseThrow());
            }
            BigDecimal w = weights.get(i);
            BigDecimal delta = decimal(in, cent, BigDecimal.valueOf(5).min(w.subtract(cent)), 2);
            weights.set(i, w.subtract(delta));
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<List<String>> names = new HashSet<>();
        for (BigDecimal weight : weights) {
            String level1 = pick(in, LEVEL1);
            String level2 = pick(in, LEVEL2);
            String name = name(in);
            while (!names.add(List.of(level1, level2, name))) {
                name = name + between(in, 0, 9);
            }
            indicators.add(indicator(in, level1, level2, name, weight));
        }
        indicators.add(between(in, 0, indicators.size()), budgetRow(in, rate));
        b.indicators(indicators);
        b.declaredTotalScore(indicators.stream().map(i -> i.weightedScore().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return b.build();
    }

    private static Indicator budgetRow(RandomnessSource in, BigDecimal rate) {
        String n = Indicator.BUDGET_EXECUTION_RATE;
        IndicatorBuilder b = Indicator.builder(n, n, n)
                .actual(rate.toPlainString() + "%")
                .score(rate)
                .weight(BUDGET_EXECUTION_WEIGHT)
                .weightedScore(weighted(rate, BUDGET_EXECUTION_WEIGHT));
        if (bool(in)) {
            b.description(n);
        }
        if (bool(in)) {
            b.unit("%");
        }
        return b.build();
    }

    private static Indicator indicator(RandomnessSource in, String level1, String level2, String name,
            BigDecimal weight) {
        Grade grade = pick(in, List.of(Grade.values()));
        BigDecimal score = score(in, grade);
        IndicatorBuilder b = Indicator.builder(level1, level2, name)
                .grade(grade)
                .score(score)
                .weight(weight)
                .weightedScore(weighted(score, weight));
        boolean quantitative = bool(in);
        if (quantitative) {
            BigDecimal target = decimal(in, BigDecimal.ZERO, BigDecimal.valueOf(1000));
            b.expected(target.toPlainString() + (bool(in) ? "%" : ""));
            b.actual(decimal(in, BigDecimal.ZERO, BigDecimal.valueOf(1000)).toPlainString());
            if (bool(in)) {
                b.comparison(pick(in, List.of(Comparison.values())));
            }
            if (bool(in)) {
                b.unit(pick(in, List.of("%", "万元", "个", "人次", "百分号")));
            }
        } else {
            b.unit(text(in, 2, 20, false));
            if (bool(in)) {
                b.actual(bool(in) ? "同左" : text(in, 2, 20, false));
            }
        }
        if (bool(in)) {
            b.nature(quantitative ? IndicatorNature.QUANTITATIVE : IndicatorNature.QUALITATIVE);
        }
        if (bool(in)) {
            b.description(text(in, 1, 60, true));
        }
        if (bool(in) && bool(in)) {
            b.core(true);
        }
        if (bool(in) && bool(in)) {
            b.deviationReason(text(in, 1, 60, true));
            if (bool(in)) {
                b.improvement(text(in, 1, 60, true));
            }
        }
        if (bool(in) && bool(in)) {
            b.scoringNote(text(in, 1, 60, true));
        }
        return b.build();
    }

    private static BigDecimal weighted(BigDecimal score, BigDecimal weight) {
        return score.multiply(weight).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal score(RandomnessSource in, Grade grade) {
        BigDecimal cent = BigDecimal.ONE.movePointLeft(2);
        return switch (grade) {
            case EXCELLENT -> decimal(in, BigDecimal.valueOf(90), HUNDRED);
            case GOOD -> decimal(in, BigDecimal.valueOf(80), BigDecimal.valueOf(90).subtract(cent));
            case FAIR -> decimal(in, BigDecimal.valueOf(60), BigDecimal.valueOf(80).subtract(cent));
            case POOR -> decimal(in, BigDecimal.ZERO, BigDecimal.valueOf(60).subtract(cent));
        };
    }

    /** Splits {@code total} (integral) into {@code parts} positive parts with a common scale of 0–2. */
    private static List<BigDecimal> split(RandomnessSource in, BigDecimal total, int parts) {
        int scale = between(in, 0, 2);
        long units = total.movePointRight(scale).longValueExact();
        while (units < parts) {
            scale++;
            units = total.movePointRight(scale).longValueExact();
        }
        long[] share = new long[parts];
        long rest = units - parts;
        long sumWeights = 0;
        int[] w = new int[parts];
        for (int i = 0; i < parts; i++) {
            w[i] = between(in, 0, 1000);
            sumWeights += w[i];
        }
        long given = 0;
        for (int i = 0; i < parts; i++) {
            share[i] = 1 + (sumWeights == 0 ? 0 : rest * w[i] / sumWeights);
            given += share[i];
        }
        share[between(in, 0, parts - 1)] += units - given;
        List<BigDecimal> out = new ArrayList<>(parts);
        for (long s : share) {
            out.add(BigDecimal.valueOf(s, scale));
        }
        return out;
    }

    private static Funds funds(RandomnessSource in, BigDecimal total) {
        return switch (between(in, 0, 3)) {
            case 0 -> Funds.of(total);
            case 1 -> Funds.of(total, total, BigDecimal.ZERO.setScale(total.scale()));
            case 2 -> {
                BigDecimal fiscal = decimal(in, BigDecimal.ZERO, total, total.scale());
                yield Funds.of(total, fiscal, total.subtract(fiscal));
            }
            default -> {
                BigDecimal fiscal = decimal(in, BigDecimal.ZERO, total, total.scale());
                yield Funds.of(null, fiscal, total.subtract(fiscal));
            }
        };
    }

    private static Cover cover(RandomnessSource in) {
        int year = between(in, 2015, 2030);
        return new Cover(year, text(in, 2, 30, false) + "人民政府",
                optional(in, () -> text(in, 2, 30, false)),
                optional(in, () -> LocalDate.of(year + 1, between(in, 1, 12), between(in, 1, 28))),
                texts(in, 0, 4, 1, 20));
    }

    private static HeaderDetails details(RandomnessSource in) {
        return new HeaderDetails(
                optional(in, () -> String.valueOf(between(in, 100_000, 999_999))),
                optional(in, () -> pick(in, List.of("单位自评", "第三方评价"))),
                optional(in, () -> text(in, 2, 30, false)),
                optional(in, () -> LocalDate.of(between(in, 2016, 2031), between(in, 1, 12), between(in, 1, 28))),
                optional(in, () -> text(in, 2, 4, false)),
                optional(in, () -> between(in, 0, 500)),
                optional(in, () -> between(in, 0, 500)),
                optional(in, () -> text(in, 1, 200, true)),
                optional(in, () -> text(in, 2, 30, false)),
                optional(in, () -> text(in, 2, 10, false) + "处"));
    }

    private static Narrative narrative(RandomnessSource in) {
        Overview overview = new Overview(texts(in, 0, 3, 1, 200),
                optional(in, () -> money(in)), optional(in, () -> money(in)),
                optional(in, () -> Percent.of(decimal(in, BigDecimal.ZERO, HUNDRED))),
                optional(in, () -> between(in, 0, 200)),
                optional(in, () -> money(in)), optional(in, () -> money(in)),
                optional(in, () -> Percent.of(decimal(in, BigDecimal.ZERO, HUNDRED))));
        List<Section> sections = new ArrayList<>();
        for (int i = between(in, 0, 5); i > 0; i--) {
            sections.add(new Section(text(in, 2, 20, false), texts(in, 0, 3, 1, 200)));
        }
        return new Narrative(overview, texts(in, 0, 3, 1, 200), sections, texts(in, 0, 3, 1, 200),
                texts(in, 0, 4, 1, 100));
    }

    private static Goals goals(RandomnessSource in) {
        List<Goal> items = new ArrayList<>();
        for (int i = between(in, 0, 8); i > 0; i--) {
            switch (between(in, 0, 3)) {
                case 0 -> items.add(Goal.of(text(in, 2, 80, true), null));
                case 1 -> items.add(Goal.of(null, text(in, 2, 80, true)));
                default -> items.add(Goal.of(text(in, 2, 80, true), text(in, 2, 80, true)));
            }
        }
        return new Goals(items, optional(in, () -> Percent.of(decimal(in, BigDecimal.ZERO, HUNDRED))));
    }

    private static BigDecimal money(RandomnessSource in) {
        return decimal(in, BigDecimal.ZERO, BigDecimal.valueOf(1_000_000_000));
    }

    private static String name(RandomnessSource in) {
        String name;
        do {
            name = text(in, 2, 16, false);
        } while (name.contains(Indicator.BUDGET_EXECUTION_RATE));
        return name;
    }

    private static List<String> texts(RandomnessSource in, int minCount, int maxCount, int minLength,
            int maxLength) {
        List<String> out = new ArrayList<>();
        for (int i = between(in, minCount, maxCount); i > 0; i--) {
            out.add(text(in, minLength, maxLength, true));
        }
        return out;
    }

    private static String text(RandomnessSource in, int min, int max, boolean awkward) {
        int length = between(in, Math.max(1, min), Math.max(1, max));
        StringBuilder sb = new StringBuilder(length + 2);
        sb.appendCodePoint(between(in, 0x4E00, 0x9FA5));
        while (sb.length() < length) {
            int kind = between(in, 0, 99);
            if (kind < 75) {
                sb.appendCodePoint(between(in, 0x4E00, 0x9FA5));
            } else if (kind < 90) {
                sb.append(PUNCTUATION.charAt(between(in, 0, PUNCTUATION.length() - 1)));
            } else if (kind < 95) {
                sb.append((char) between(in, '0', '9'));
            } else if (awkward && kind < 98) {
                sb.append(ESCAPES.charAt(between(in, 0, ESCAPES.length() - 1)));
            } else if (awkward) {
                sb.append(FAR_CHARACTER);
            } else {
                sb.append(' ').appendCodePoint(between(in, 0x4E00, 0x9FA5));
            }
        }
        return sb.toString();
    }

    private static BigDecimal decimal(RandomnessSource in, BigDecimal min, BigDecimal max) {
        return decimal(in, min, max, between(in, 0, 2));
    }

    /** A decimal in [min, max] with the given scale (raised to the bounds' scale where needed). */
    private static BigDecimal decimal(RandomnessSource in, BigDecimal min, BigDecimal max, int scale) {
        int s = Math.max(scale, Math.max(min.scale(), max.scale()));
        long lo = min.setScale(s, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        long hi = max.setScale(s, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        long v = Generate.longRange(lo, hi).generate(in);
        return BigDecimal.valueOf(v, s);
    }

    private static <T> Optional<T> optional(RandomnessSource in, java.util.function.Supplier<T> value) {
        return bool(in) ? Optional.of(value.get()) : Optional.empty();
    }

    private static boolean bool(RandomnessSource in) {
        return Generate.booleans().generate(in);
    }

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }
}
