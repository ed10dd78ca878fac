package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.at;
import static io.github.selfeval.scoring.internal.Findings.exact;
import static io.github.selfeval.scoring.internal.Findings.matches;
import static io.github.selfeval.scoring.internal.Findings.message;
import static io.github.selfeval.scoring.internal.Findings.p;
import static io.github.selfeval.scoring.internal.Findings.values;

import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorNature;
import io.github.selfeval.model.WrittenValue;
import io.github.selfeval.model.internal.Names;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.GradeBand;
import io.github.selfeval.scoring.IndicatorRule;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.IndicatorScore.ScoreSource;
import io.github.selfeval.scoring.OverAchievementRule;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.QuantitativeRule;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoringScheme;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Row scoring: the score of one row by the pack's rules — the 预算执行率 row from the execution rate, a named
 * indicator rule, the quantitative rule (with the over-achievement deduction), or the form's declared score —
 * and a not-applicable row dropped. Stateless: built once per engine.
 */
final class RowScoring {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScheme scheme;
    private final RoundingPolicy rounding;
    private final boolean points;
    private final Bands indicatorBands;
    /** The pack's indicator rules by the names they apply to, compared as {@link Names#key} gives them. */
    private final Map<String, IndicatorRule> rulesByName;

    RowScoring(ScoringScheme scheme, RoundingPolicy rounding, Bands indicatorBands) {
        this.scheme = scheme;
        this.rounding = rounding;
        this.points = scheme.presentation() == Presentation.POINTS;
        this.indicatorBands = indicatorBands;
        Map<String, IndicatorRule> byName = new java.util.HashMap<>();
        for (IndicatorRule rule : scheme.indicatorRules()) {
            for (String name : rule.names()) {
                byName.putIfAbsent(Names.key(name), rule);
            }
        }
        this.rulesByName = Map.copyOf(byName);
    }

    /** A row printing only not-applicable marks: dropped, it earns nothing and asks for nothing. */
    IndicatorScore notApplicable(int i, Indicator ind, String mark, List<Finding> out) {
        int n = i + 1;
        Optional<BigDecimal> w = ind.weight();
        String key = "INDICATOR_NOT_APPLICABLE" + (w.isPresent() ? ".points" : "")
                + (scheme.notApplicable().rescale() ? ".rescaled" : "");
        out.add(values(FindingCode.INDICATOR_NOT_APPLICABLE, Severity.INFO, at(i, "actual"), mark,
                w.map(Findings::p).orElse("0"), key, n, ind.name()));
        BigDecimal zero = rounding.score().apply(BigDecimal.ZERO);
        return new IndicatorScore(i, ind, zero, w, BigDecimal.ZERO, rounding.weightedScore().apply(BigDecimal.ZERO),
                indicatorBands.gradeOf(zero), ScoreSource.NOT_APPLICABLE);
    }

    IndicatorScore scoreRow(int i, Indicator ind, boolean budgetRow, Optional<BigDecimal> rate,
            Optional<BigDecimal> exactRate, List<Finding> out) {
        BigDecimal score;
        BigDecimal exactScore;
        ScoreSource source;
        boolean fromWeighted = false;
        // Parsed only when the scheme scores by rule: reading the cells is the costliest step of a row.
        boolean auto = scheme.quantitative().autoScore() && !budgetRow
                && ind.nature().orElse(IndicatorNature.QUANTITATIVE) == IndicatorNature.QUANTITATIVE
                && (ind.comparison().isPresent() || ind.expected().isPresent());
        Optional<Comparison> autoComparison = Optional.empty();
        Optional<BigDecimal> autoTarget = Optional.empty();
        Optional<BigDecimal> autoActual = Optional.empty();
        if (auto) {
            // The comparison as a 符号 column prints it, or inside the cell (≥266米), or the pack's rule for
            // rows that print none; the numbers read past their units, which must agree.
            Optional<WrittenValue> expected = ind.expectedValue();
            Optional<WrittenValue> actual = ind.actualValue();
            autoComparison = ind.comparison().or(() -> expected.flatMap(WrittenValue::comparison));
            if (autoComparison.isEmpty()
                    && scheme.quantitative().withoutSymbol() == QuantitativeRule.WithoutSymbol.POSITIVE) {
                autoComparison = Optional.of(Comparison.AT_LEAST);
            }
            if (autoComparison.isPresent() && expected.isPresent() && actual.isPresent()
                    && sameUnit(expected.get(), actual.get())) {
                autoTarget = expected.get().number();
                autoActual = actual.get().number();
            }
        }
        // A named rule (财政供养人员控制率 …) scores the row from its printed 完成值, before any generic rule.
        @Nullable BigDecimal ruleScore = budgetRow || rulesByName.isEmpty() ? null : indicatorRule(ind);
        if (budgetRow && rate.isPresent()) {
            BigDecimal capped = scheme.budgetExecution().cap()
                    .map(c -> rate.get().min(c)).orElse(rate.get());
            exactScore = scheme.budgetExecution().cap().map(c -> exactRate.get().min(c)).orElse(exactRate.get());
            score = rounding.score().apply(capped);
            source = ScoreSource.BUDGET_EXECUTION;
        } else if (ruleScore != null) {
            exactScore = ruleScore;
            score = rounding.score().apply(exactScore);
            source = ScoreSource.INDICATOR_RULE;
        } else if (auto && autoTarget.isPresent() && autoActual.isPresent()) {
            exactScore = Quantitative.score(autoComparison.get(), autoTarget.get(), autoActual.get(),
                    scheme.quantitative().reverseFormula());
            if (scheme.overAchievement().isPresent()) {
                exactScore = deductOverAchievement(i, ind, autoComparison.get(), autoTarget.get(), autoActual.get(),
                        exactScore, out);
            }
            score = rounding.score().apply(exactScore);
            source = ScoreSource.QUANTITATIVE_RULE;
        } else {
            source = ScoreSource.DECLARED;
            if (ind.score().isPresent()) {
                exactScore = ind.score().get();
            } else if (ind.weightedScore().isPresent() && ind.weight().isPresent() && ind.weight().get().signum() > 0) {
                // A points form writes only 得分: its 得分系数 is 得分 / 分值, and the 得分 stands as written
                // (rounding the derived 系数 and multiplying back could move it by a unit).
                exactScore = ind.weightedScore().get().multiply(HUNDRED)
                        .divide(ind.weight().get(), MathContext.DECIMAL128);
                fromWeighted = true;
            } else if (ind.weightedScore().isPresent() && ind.weight().isEmpty()) {
                // No 分值 printed: the declared 得分 counts as it stands (WEIGHT_MISSING says so); its share is unknown.
                exactScore = BigDecimal.ZERO;
            } else if (ind.grade().isPresent() && indicatorBands.of(ind.grade().get()) != null) {
                GradeBand band = java.util.Objects.requireNonNull(indicatorBands.of(ind.grade().get()));
                exactScore = band.min();
                out.add(values(FindingCode.SCORE_FROM_GRADE, Severity.INFO, at(i, "score"), null, p(exactScore),
                        "SCORE_FROM_GRADE", i + 1, ind.grade().get().label()));
            } else {
                exactScore = BigDecimal.ZERO;
                out.add(values(FindingCode.SCORE_MISSING, Severity.ERROR, at(i, "score"), null, "0", "SCORE_MISSING",
                        i + 1));
            }
            score = rounding.score().apply(exactScore);
        }
        if (source != ScoreSource.DECLARED && ind.score().isPresent()
                && !matches(ind.score().get(), score, exactScore)) {
            BigDecimal d = ind.score().get();
            out.add(message(FindingCode.SCORE_MISMATCH, Severity.ERROR, at(i, "score"), d, score, "SCORE_MISMATCH",
                    i + 1, ind.name()));
        }
        Optional<BigDecimal> weight = ind.weight();
        BigDecimal raw;
        if (weight.isEmpty()) {
            raw = ind.weightedScore().orElse(BigDecimal.ZERO);
            out.add(weightMissing(i, ind));
        } else if (fromWeighted && exactScore.compareTo(HUNDRED) <= 0) {
            raw = ind.weightedScore().get();
        } else {
            raw = points
                    ? score.movePointLeft(2).multiply(weight.get()) // 得分 = 得分系数 × 分值
                    : score.multiply(weight.get()).movePointLeft(2); // 折算得分 = 得分 × 权重占比
        }
        raw = exact(raw);
        BigDecimal weighted = rounding.weightedScore().apply(raw);
        Grade grade = indicatorBands.gradeOf(score);
        return new IndicatorScore(i, ind, score, weight, raw, weighted, grade, source);
    }

    /**
     * The share (0–100) a row earns under the pack's rule for its name, or null when no rule names it or its 完成值
     * is no number (无 reads as 0: "no balance").
     */
    @Nullable BigDecimal indicatorRule(Indicator ind) {
        IndicatorRule rule = rulesByName.get(Names.key(ind.name()));
        if (rule == null || ind.actual().isEmpty()) {
            return null;
        }
        String written = ind.actual().get().strip();
        Optional<BigDecimal> value = "无".equals(written) ? Optional.of(BigDecimal.ZERO)
                : WrittenValue.parse(written).number();
        if (value.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> target = ind.expectedValue().flatMap(WrittenValue::number);
        BigDecimal points = rule.pointsFor(value.get(), target);
        return exact(points.multiply(HUNDRED).divide(rule.points(), MathContext.DECIMAL128));
    }

    /**
     * A positive row whose 完成值 reaches the pack's ratio of its target loses the pack's points (指标偏离), never
     * below 0: the score (a share of 分值) falls by deduction × 100 / 分值.
     */
    BigDecimal deductOverAchievement(int i, Indicator ind, Comparison c, BigDecimal target, BigDecimal actual,
            BigDecimal exactScore, List<Finding> out) {
        OverAchievementRule rule = scheme.overAchievement().get();
        Optional<BigDecimal> w = ind.weight();
        if (c.isReverse() || target.signum() <= 0 || w.isEmpty() || w.get().signum() <= 0
                || actual.compareTo(target.multiply(rule.ratio())) < 0) {
            return exactScore;
        }
        BigDecimal before = exact(exactScore.multiply(w.get()).movePointLeft(2));
        BigDecimal after = before.subtract(rule.deduction()).max(BigDecimal.ZERO);
        int n = i + 1;
        String ratio = p(rule.ratio().movePointRight(2));
        out.add(message(FindingCode.OVER_ACHIEVEMENT_DEDUCTED, Severity.INFO, at(i, "score"), before, after,
                "OVER_ACHIEVEMENT_DEDUCTED", n, ind.name(), p(actual), p(target), ratio, p(rule.deduction())));
        return exact(after.multiply(HUNDRED).divide(w.get(), MathContext.DECIMAL128));
    }

    static Finding weightMissing(int i, Indicator ind) {
        return values(FindingCode.WEIGHT_MISSING, Severity.WARNING, at(i, "weight"), null,
                ind.weightedScore().map(Findings::p).orElse(null),
                ind.weightedScore().isPresent() ? "WEIGHT_MISSING.declared" : "WEIGHT_MISSING", i + 1, ind.name());
    }

    /** Units agree when they are the same or one side prints none (100% against 100). */
    static boolean sameUnit(WrittenValue a, WrittenValue b) {
        return a.unit().isEmpty() || b.unit().isEmpty() || a.unit().get().equals(b.unit().get());
    }
}
