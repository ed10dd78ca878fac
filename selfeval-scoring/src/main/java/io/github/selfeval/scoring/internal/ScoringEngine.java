package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.at;
import static io.github.selfeval.scoring.internal.Findings.bySeverity;
import static io.github.selfeval.scoring.internal.Findings.charCount;
import static io.github.selfeval.scoring.internal.Findings.exact;
import static io.github.selfeval.scoring.internal.Findings.matches;
import static io.github.selfeval.scoring.internal.Findings.message;
import static io.github.selfeval.scoring.internal.Findings.p;
import static io.github.selfeval.scoring.internal.Findings.tooLong;
import static io.github.selfeval.scoring.internal.Findings.values;

import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorNature;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.WrittenValue;
import io.github.selfeval.model.internal.Names;
import io.github.selfeval.scoring.AuditCheck;
import io.github.selfeval.scoring.AuditContext;
import io.github.selfeval.scoring.AuditRules;
import io.github.selfeval.scoring.BudgetScore;
import io.github.selfeval.scoring.ExecutionRateCap;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.FindingMessages;
import io.github.selfeval.scoring.GradeBand;
import io.github.selfeval.scoring.IndicatorCatalogue;
import io.github.selfeval.scoring.IndicatorRule;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.IndicatorScore.ScoreSource;
import io.github.selfeval.scoring.OverAchievementRule;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.QuantitativeRule;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.RulePack;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.ScoringScheme;
import io.github.selfeval.scoring.Severity;
import io.github.selfeval.scoring.TotalBasis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The scoring and audit, shared by every {@code Scorer}: row scoring, totals and grades, and the row and table
 * audits that need the scores as they are computed; the budget ({@link BudgetAudit}), goal ({@link GoalAudit}),
 * block ({@link BlockAudit}) and catalogue ({@link CatalogueAudit}) audits are their own classes, findings are
 * built and ordered by {@link Findings}, and the pluggable {@code AuditCheck}s run last, on the scored card.
 * Stateless: all state lives in the arguments.
 */
public final class ScoringEngine {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RulePack pack;
    private final AuditCheck[] checks;
    private final String packId;
    private final ScoringScheme scheme;
    private final RoundingPolicy rounding;
    private final AuditRules audit;
    private final IndicatorCatalogue packCatalogue;
    private final Optional<IndicatorCatalogue> catalogueOverride;
    private final Function<String, Optional<IndicatorCatalogue>> catalogues;
    private final CatalogueIndex packIndex;
    private final Optional<CatalogueIndex> overrideIndex;
    /** Indexes of catalogues reports name, by id; registries return one instance per id. */
    private final ConcurrentMap<String, CatalogueIndex> named = new ConcurrentHashMap<>();
    /** The indicator bands, highest first, and by grade ordinal (null where the scheme has none). */
    private final GradeBand[] indicatorBands;
    private final @Nullable GradeBand[] indicatorBandByGrade;
    private final GradeBand[] resultBands;
    /** The bands' lower bounds at the scale the rounding gives scores and totals (null where not exact). */
    private final @Nullable BigDecimal[] indicatorMins;
    private final @Nullable BigDecimal[] resultMins;
    private final boolean points;
    /** The pack's indicator rules by the names they apply to, compared as {@link Names#key} gives them. */
    private final Map<String, IndicatorRule> rulesByName;
    /** The audit's text limit, or -1 when there is none. */
    private final int maxText;

    /**
     * An engine for one configuration.
     *
     * @param pack the pack, overrides included
     * @param packCatalogue the pack's catalogue
     * @param catalogueOverride a catalogue that wins over the report's
     * @param catalogues looks up a catalogue a report names
     * @param checks the pluggable checks, run in this order after the rows and totals are scored
     */
    public ScoringEngine(RulePack pack, IndicatorCatalogue packCatalogue,
            Optional<IndicatorCatalogue> catalogueOverride, Function<String, Optional<IndicatorCatalogue>> catalogues,
            List<AuditCheck> checks) {
        this.pack = pack;
        this.packId = pack.id();
        this.scheme = pack.scheme();
        this.rounding = pack.rounding();
        this.audit = pack.audit();
        this.checks = checks.toArray(new AuditCheck[0]);
        this.packCatalogue = packCatalogue;
        this.catalogueOverride = catalogueOverride;
        this.catalogues = catalogues;
        this.packIndex = new CatalogueIndex(packCatalogue);
        this.overrideIndex = catalogueOverride.map(CatalogueIndex::new);
        this.indicatorBands = scheme.indicatorBands().bands().toArray(new GradeBand[0]);
        this.resultBands = scheme.resultBands().bands().toArray(new GradeBand[0]);
        this.indicatorBandByGrade = new GradeBand[Grade.values().length];
        for (GradeBand b : indicatorBands) {
            indicatorBandByGrade[b.grade().ordinal()] = b;
        }
        this.indicatorMins = mins(indicatorBands, rounding.score().scale());
        this.resultMins = mins(resultBands, rounding.total().scale());
        this.points = scheme.presentation() == Presentation.POINTS;
        this.maxText = audit.maxTextLength().orElse(-1);
        Map<String, IndicatorRule> byName = new java.util.HashMap<>();
        for (IndicatorRule rule : scheme.indicatorRules()) {
            for (String name : rule.names()) {
                byName.putIfAbsent(Names.key(name), rule);
            }
        }
        this.rulesByName = Map.copyOf(byName);
    }

    /** Each band's lower bound at {@code scale}, or null where that would round it. */
    private static @Nullable BigDecimal[] mins(GradeBand[] bands, int scale) {
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
    private static Grade gradeOf(GradeBand[] bands, @Nullable BigDecimal[] mins, BigDecimal score) {
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

    /**
     * Scores and audits one report.
     *
     * @param r the report
     * @return the card
     */
    public ScoreCard score(SelfEvaluation r) {
        List<Finding> findings = new ArrayList<>();
        CatalogueIndex catalogue = chooseCatalogue(r, findings);

        BudgetExecution b = r.budget();
        Optional<BigDecimal> exactRate = executionRate(b.budget(), b.spent());
        Optional<BigDecimal> rate = exactRate.map(x -> rounding.rate().apply(x));
        BudgetAudit.audit(r, exactRate, rate, rounding, findings);
        GoalAudit.audit(r, findings);
        if (maxText > 0) {
            // A text has no more code points than chars: join only a list that might be too long.
            if (charCount(r.narrative().problems()) > maxText) {
                tooLong(String.join("", r.narrative().problems()), maxText, "narrative.problems", "problems", 0,
                        findings);
            }
            if (charCount(r.narrative().suggestions()) > maxText) {
                tooLong(String.join("", r.narrative().suggestions()), maxText, "narrative.suggestions",
                        "suggestions", 0, findings);
            }
        }

        Optional<BudgetScore> block = budgetBlock(b, exactRate, rate, findings);
        List<Indicator> rows = r.indicators();
        List<IndicatorScore> scores = new ArrayList<>(rows.size());
        BigDecimal rawTotal = block.map(BudgetScore::rawScore).orElse(BigDecimal.ZERO);
        BigDecimal printedTotal = block.map(BudgetScore::score).orElse(BigDecimal.ZERO);
        BigDecimal weightSum = block.map(BudgetScore::points).orElse(BigDecimal.ZERO);
        boolean allWeighted = true;
        BigDecimal droppedPoints = BigDecimal.ZERO;
        int budgetRow = -1;
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i);
            // contains() first: cheaper than the model's strip-and-compare, which it implies.
            boolean isBudget = (ind.level1().indexOf('执') >= 0 || ind.name().indexOf('执') >= 0)
                    && ind.isBudgetExecutionRate();
            Optional<String> mark = isBudget ? Optional.empty() : scheme.notApplicable().markOf(ind);
            IndicatorScore s = mark.isPresent() ? notApplicable(i, ind, mark.get(), findings)
                    : scoreRow(i, ind, isBudget, rate, exactRate, findings);
            if (mark.isPresent()) {
                droppedPoints = droppedPoints.add(ind.weight().orElse(BigDecimal.ZERO));
            }
            auditRow(i, ind, isBudget, s, catalogue, findings);
            if (budgetRow < 0 && isBudget) {
                budgetRow = i;
            }
            scores.add(s);
            rawTotal = rawTotal.add(s.rawWeightedScore());
            printedTotal = printedTotal.add(s.weightedScore());
            if (ind.weight().isPresent()) {
                weightSum = weightSum.add(ind.weight().get());
            } else {
                allWeighted = false;
            }
        }
        auditTable(r, rows, weightSum, allWeighted, budgetRow, rate, findings);
        BlockAudit.audit(r, findings);
        if (droppedPoints.signum() > 0 && scheme.notApplicable().rescale() && droppedPoints.compareTo(HUNDRED) < 0) {
            // The rest rescaled to 100: Σ 得分 × 100 / (100 − the dropped points), on either basis.
            BigDecimal applicable = HUNDRED.subtract(droppedPoints);
            BigDecimal before = rounding.total().apply(scheme.total() == TotalBasis.PRINTED_ROWS ? printedTotal
                    : exact(rawTotal));
            rawTotal = rawTotal.multiply(HUNDRED).divide(applicable, MathContext.DECIMAL128);
            printedTotal = printedTotal.multiply(HUNDRED).divide(applicable, MathContext.DECIMAL128);
            BigDecimal after = rounding.total().apply(scheme.total() == TotalBasis.PRINTED_ROWS ? printedTotal
                    : exact(rawTotal)).min(rounding.total().apply(HUNDRED));
            findings.add(message(FindingCode.TOTAL_RESCALED_FOR_NOT_APPLICABLE, Severity.INFO, "declaredTotalScore",
                    before, after, "TOTAL_RESCALED_FOR_NOT_APPLICABLE", p(droppedPoints), p(applicable)));
        }

        BigDecimal exactTotal = exact(rawTotal);
        // The form's total is the sum of its printed row scores, or the exact sum, as the pack says.
        // Never above full marks: printed rows rounded up one by one could pass 100 by a rounding unit.
        BigDecimal rowsTotal = rounding.total().apply(
                scheme.total() == TotalBasis.PRINTED_ROWS ? printedTotal : exactTotal).min(rounding.total().apply(HUNDRED));
        BigDecimal total = capByExecutionRate(rowsTotal, exactRate, rate, findings);
        Grade grade = gradeOf(resultBands, resultMins, total);
        r.declaredTotalScore().ifPresent(d -> {
            if (!matches(d, total, exactTotal)) {
                findings.add(message(FindingCode.TOTAL_SCORE_MISMATCH, Severity.ERROR, "declaredTotalScore", d, total,
                        points ? "TOTAL_SCORE_MISMATCH.points" : "TOTAL_SCORE_MISMATCH.weighted", p(exactTotal),
                        rounding.name()));
            }
        });
        // Copied once: the context and the card both keep this list (List.copyOf returns an immutable list as it is).
        List<IndicatorScore> rowScores = List.copyOf(scores);
        if (checks.length > 0) {
            runChecks(new AuditContext(r, pack, catalogue.catalogue, rowScores, block, exactTotal, total, rate),
                    findings);
        }
        List<Finding> sorted = bySeverity(audit.severities().isEmpty() && audit.off().isEmpty() ? findings
                : asThePackSays(findings));
        Optional<Percent> cardRate = rate.map(Percent::of);
        return new ScoreCard(r, packId, scheme.presentation(), rounding, rowScores, exactTotal, total, grade, cardRate,
                sorted, block, scheme.total());
    }

    /** Runs each pluggable check in its own try: one that throws loses its findings for this report only. */
    private void runChecks(AuditContext context, List<Finding> findings) {
        for (AuditCheck check : checks) {
            List<Finding> own = new ArrayList<>(2);
            try {
                check.check(context, f -> own.add(java.util.Objects.requireNonNull(f, "finding")));
                findings.addAll(own);
            } catch (RuntimeException | LinkageError e) {
                String id = check.id();
                String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                findings.add(FindingMessages.standard().finding(FindingCode.AUDIT_CHECK_FAILED, Severity.WARNING, "$",
                        Optional.of(id), Optional.empty(), FindingCode.AUDIT_CHECK_FAILED.name(), id, why));
            }
        }
    }

    private CatalogueIndex chooseCatalogue(SelfEvaluation r, List<Finding> findings) {
        if (overrideIndex.isPresent()) {
            return overrideIndex.get();
        }
        if (r.catalogue().isEmpty() || r.catalogue().get().equals(packCatalogue.id())) {
            return packIndex;
        }
        String id = r.catalogue().get();
        CatalogueIndex cached = named.get(id);
        if (cached != null) {
            return cached;
        }
        Optional<IndicatorCatalogue> found = catalogues.apply(id);
        if (found.isEmpty()) {
            findings.add(values(FindingCode.CATALOGUE_UNKNOWN, Severity.WARNING, "catalogue", id, packCatalogue.id(),
                    "CATALOGUE_UNKNOWN"));
            return packIndex;
        }
        CatalogueIndex index = new CatalogueIndex(found.get());
        CatalogueIndex prev = named.putIfAbsent(id, index);
        return prev == null ? index : prev;
    }

    static Optional<BigDecimal> executionRate(Funds budget, Funds spent) {
        Optional<BigDecimal> bud = budget.amount();
        Optional<BigDecimal> sp = spent.amount();
        if (bud.isEmpty() || sp.isEmpty() || bud.get().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(sp.get().multiply(HUNDRED).divide(bud.get(), MathContext.DECIMAL128));
    }

    /** A row printing only not-applicable marks: dropped, it earns nothing and asks for nothing. */
    private IndicatorScore notApplicable(int i, Indicator ind, String mark, List<Finding> out) {
        int n = i + 1;
        Optional<BigDecimal> w = ind.weight();
        String key = "INDICATOR_NOT_APPLICABLE" + (w.isPresent() ? ".points" : "")
                + (scheme.notApplicable().rescale() ? ".rescaled" : "");
        out.add(values(FindingCode.INDICATOR_NOT_APPLICABLE, Severity.INFO, at(i, "actual"), mark,
                w.map(Findings::p).orElse("0"), key, n, ind.name()));
        BigDecimal zero = rounding.score().apply(BigDecimal.ZERO);
        return new IndicatorScore(i, ind, zero, w, BigDecimal.ZERO, rounding.weightedScore().apply(BigDecimal.ZERO),
                gradeOf(indicatorBands, indicatorMins, zero), ScoreSource.NOT_APPLICABLE);
    }

    private IndicatorScore scoreRow(int i, Indicator ind, boolean budgetRow, Optional<BigDecimal> rate,
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
            } else if (ind.grade().isPresent() && indicatorBandByGrade[ind.grade().get().ordinal()] != null) {
                GradeBand band = indicatorBandByGrade[ind.grade().get().ordinal()];
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
        Grade grade = gradeOf(indicatorBands, indicatorMins, score);
        return new IndicatorScore(i, ind, score, weight, raw, weighted, grade, source);
    }

    /**
     * The share (0–100) a row earns under the pack's rule for its name, or null when no rule names it or its 完成值
     * is no number (无 reads as 0: "no balance").
     */
    private @Nullable BigDecimal indicatorRule(Indicator ind) {
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
    private BigDecimal deductOverAchievement(int i, Indicator ind, Comparison c, BigDecimal target, BigDecimal actual,
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

    private void auditRow(int i, Indicator ind, boolean budgetRow, IndicatorScore s, CatalogueIndex catalogue,
            List<Finding> out) {
        int n = i + 1;
        if (ind.weightedScore().isPresent() && s.weight().isPresent()) {
            BigDecimal d = ind.weightedScore().get();
            if (!matches(d, s.weightedScore(), s.rawWeightedScore())) {
                out.add(weightedMismatch(i, ind, s, d));
            }
        }
        if (ind.grade().isPresent() && ind.score().isPresent()) {
            Grade g = ind.grade().get();
            BigDecimal d = ind.score().get();
            @Nullable GradeBand inBand = indicatorBandByGrade[g.ordinal()];
            if (inBand == null || !inBand.contains(d)) {
                Optional<GradeBand> band = Optional.ofNullable(inBand);
                String bandText = band.map(GradeBand::notation).orElse("—");
                out.add(values(FindingCode.SCORE_OUTSIDE_GRADE_BAND, Severity.ERROR, at(i, "score"), p(d), bandText,
                        band.isPresent() ? "SCORE_OUTSIDE_GRADE_BAND" : "SCORE_OUTSIDE_GRADE_BAND.noBand", n,
                        g.label()));
            }
        }
        if (budgetRow && ind.weight().isPresent()
                && ind.weight().get().compareTo(scheme.budgetExecution().weight()) != 0) {
            BigDecimal want = scheme.budgetExecution().weight();
            BigDecimal got = ind.weight().get();
            out.add(message(FindingCode.BUDGET_RATE_WEIGHT_MISMATCH, Severity.ERROR, at(i, "weight"), got, want,
                    "BUDGET_RATE_WEIGHT_MISMATCH"));
        }
        CatalogueAudit.audit(i, ind, catalogue, out);
        if (Names.hasFormatCharacter(ind.name()) || Names.hasFormatCharacter(ind.level1())
                || Names.hasFormatCharacter(ind.level2())) {
            out.add(formatCharacter(i, ind));
        }
        if (ind.unit().isPresent()) {
            String u = ind.unit().get();
            String symbol = audit.unitWords().get(u);
            if (symbol == null && !audit.unitWords().isEmpty() && hasOuterWhitespace(u)) {
                symbol = audit.unitWords().get(u.strip());
            }
            if (symbol != null) {
                out.add(unitWord(i, u, symbol));
            }
        }
        if (maxText > 0) {
            // Code points never outnumber chars: the path and labels are built only for a text that may be too long.
            if (ind.deviationReason().isPresent() && ind.deviationReason().get().length() > maxText) {
                tooLong(ind.deviationReason().get(), maxText, at(i, "deviationReason"), "deviationReason", n, out);
            }
            if (ind.improvement().isPresent() && ind.improvement().get().length() > maxText) {
                tooLong(ind.improvement().get(), maxText, at(i, "improvement"), "improvement", n, out);
            }
        }
        // A row that prints no 分值 cannot be said to fall short of it.
        if (audit.requireDeviationReason() && s.source() != ScoreSource.NOT_APPLICABLE && s.weight().isPresent()
                && s.score().compareTo(HUNDRED) < 0
                && ind.deviationReason().isEmpty()) {
            out.add(values(FindingCode.DEVIATION_REASON_MISSING, Severity.WARNING, at(i, "deviationReason"), null,
                    p(s.score()), "DEVIATION_REASON_MISSING", n, ind.name()));
        }
        // The cheap tests first; each written number is parsed once.
        if (audit.overAchievementRatio().isPresent() && !budgetRow && s.source() != ScoreSource.NOT_APPLICABLE
                && ind.deviationReason().isEmpty() && ind.scoringNote().isEmpty() && ind.expected().isPresent()
                && ind.actual().isPresent()) {
            overAchievementUnexplained(i, ind, out);
        }
    }

    /**
     * 完成值 ≥ ratio × 指标值 on a positive row, with no explanation (Guangxi). The comparison as a 符号 column prints
     * it, or inside the 年度指标值 cell (≥266米), or the pack's rule for rows printing none; units must agree.
     */
    private void overAchievementUnexplained(int i, Indicator ind, List<Finding> out) {
        WrittenValue expected = ind.expectedValue().get();
        Optional<Comparison> c = ind.comparison().or(expected::comparison);
        if (c.isEmpty() && scheme.quantitative().withoutSymbol() == QuantitativeRule.WithoutSymbol.POSITIVE) {
            c = Optional.of(Comparison.AT_LEAST);
        }
        if (c.isEmpty() || c.get().isReverse() || expected.number().isEmpty() || expected.number().get().signum() <= 0) {
            return;
        }
        WrittenValue actual = ind.actualValue().get();
        if (actual.number().isEmpty() || !sameUnit(expected, actual)) {
            return;
        }
        BigDecimal ratio = audit.overAchievementRatio().get();
        BigDecimal limit = expected.number().get().multiply(ratio);
        BigDecimal a = actual.number().get();
        if (a.compareTo(limit) >= 0) {
            int n = i + 1;
            out.add(message(FindingCode.OVER_ACHIEVEMENT_UNEXPLAINED, Severity.WARNING, at(i, "deviationReason"), a,
                    limit, "OVER_ACHIEVEMENT_UNEXPLAINED", n, p(ratio.movePointRight(2))));
        }
    }

    /**
     * A declared 折算得分 / 得分 the row's score does not give, explained in the presentation's own words: 折算得分 =
     * 得分 × 权重% (weighted), 得分 = 得分系数% × 分值 (points).
     */
    private Finding weightedMismatch(int i, Indicator ind, IndicatorScore s, BigDecimal d) {
        return message(FindingCode.WEIGHTED_SCORE_MISMATCH, Severity.ERROR, at(i, "weightedScore"), d,
                s.weightedScore(), points ? "WEIGHTED_SCORE_MISMATCH.points" : "WEIGHTED_SCORE_MISMATCH.weighted",
                i + 1, ind.name(), p(s.score()), p(s.weight().get()), p(s.rawWeightedScore()), rounding.name());
    }

    // Findings built out of line keep the per-row methods small enough for the JIT to compile them whole.

    private static Finding unitWord(int i, String u, String symbol) {
        return values(FindingCode.UNIT_WRITTEN_AS_WORD, Severity.INFO, at(i, "unit"), u, symbol,
                "UNIT_WRITTEN_AS_WORD", i + 1);
    }

    /**
     * Whether {@code strip()} would shorten the text: it removes {@link Character#isWhitespace} code points from
     * either end, and no supplementary code point is whitespace, so the end chars decide.
     */
    private static boolean hasOuterWhitespace(String u) {
        int len = u.length();
        return len > 0 && (Character.isWhitespace(u.charAt(0)) || Character.isWhitespace(u.charAt(len - 1)));
    }

    /** The findings with the pack's switched-off checks left out and its severities applied. */
    private List<Finding> asThePackSays(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (audit.off().contains(f.code())) {
                continue;
            }
            Severity sev = audit.severities().get(f.code());
            out.add(sev == null || sev == f.severity() ? f : new Finding(f.code(), sev, f.path(), f.declared(),
                    f.computed(), f.messageZh(), f.messageEn()));
        }
        return out;
    }

    private void auditTable(SelfEvaluation r, List<Indicator> rows, BigDecimal weightSum, boolean allWeighted,
            int budgetRow, Optional<BigDecimal> rate, List<Finding> out) {
        // With a row's 分值 unprinted the sum says nothing: WEIGHT_MISSING names that row instead.
        if (allWeighted && weightSum.compareTo(HUNDRED) != 0) {
            out.add(message(FindingCode.WEIGHTS_NOT_100, Severity.ERROR, "indicators", weightSum, HUNDRED,
                    points ? "WEIGHTS_NOT_100.points" : "WEIGHTS_NOT_100.weighted"));
        }
        if (budgetRow < 0 && !r.budget().scoresExecution() && scheme.budgetExecution().weight().signum() > 0) {
            out.add(values(FindingCode.BUDGET_RATE_INDICATOR_MISSING, Severity.WARNING, "indicators", null,
                    p(scheme.budgetExecution().weight()), "BUDGET_RATE_INDICATOR_MISSING"));
        }
        // Rows without a printed 分值 would count as 0 and every block would "differ": not judged then.
        if (!scheme.defaultWeights().isEmpty() && allWeighted) {
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            r.budget().points().ifPresent(p -> sums.merge(IndicatorCatalogue.key(Indicator.BUDGET_EXECUTION_RATE), p,
                    BigDecimal::add));
            for (Indicator ind : rows) {
                sums.merge(IndicatorCatalogue.key(ind.level1()), ind.weight().orElse(BigDecimal.ZERO), BigDecimal::add);
            }
            scheme.defaultWeights().forEach((level1, want) -> {
                BigDecimal got = sums.getOrDefault(IndicatorCatalogue.key(level1), BigDecimal.ZERO);
                if (got.compareTo(want) != 0) {
                    out.add(message(FindingCode.LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT, Severity.INFO, "indicators", got,
                            want, "LEVEL1_WEIGHT_DIFFERS_FROM_DEFAULT", level1));
                }
            });
        }
        if (audit.lowExecutionRateThreshold().isPresent() && rate.isPresent()
                && rate.get().compareTo(audit.lowExecutionRateThreshold().get()) < 0) {
            boolean explained = r.budget().explanation().isPresent()
                    || (budgetRow >= 0 && rows.get(budgetRow).deviationReason().isPresent());
            if (!explained) {
                BigDecimal t = audit.lowExecutionRateThreshold().get();
                out.add(message(FindingCode.LOW_EXECUTION_RATE_UNEXPLAINED, Severity.WARNING,
                        budgetRow >= 0 ? "indicators[" + budgetRow + "].deviationReason"
                                : r.budget().scoresExecution() ? "budget.explanation" : "budget", rate.get(), t,
                        "LOW_EXECUTION_RATE_UNEXPLAINED"));
            }
        }
    }

    /**
     * A project form's 项目资金 block scores budget execution itself: 得分 = min(执行率, cap) × 分值 / 100. Empty
     * for a form whose block prints no 分值 (the department form scores a 预算执行率 row).
     */
    private Optional<BudgetScore> budgetBlock(BudgetExecution b, Optional<BigDecimal> exactRate,
            Optional<BigDecimal> rate, List<Finding> out) {
        if (b.points().isEmpty()) {
            if (b.declaredScore().isPresent()) {
                out.add(values(FindingCode.BUDGET_SCORE_WITHOUT_POINTS, Severity.WARNING, "budget.declaredScore",
                        p(b.declaredScore().get()), null, "BUDGET_SCORE_WITHOUT_POINTS"));
            }
            return Optional.empty();
        }
        BigDecimal pts = b.points().get();
        BigDecimal raw = exactRate
                .map(x -> scheme.budgetExecution().cap().map(x::min).orElse(x))
                .map(x -> exact(x.multiply(pts).movePointLeft(2)))
                .orElse(BigDecimal.ZERO);
        BigDecimal score = rounding.weightedScore().apply(raw);
        if (pts.compareTo(scheme.budgetExecution().weight()) != 0) {
            BigDecimal want = scheme.budgetExecution().weight();
            out.add(message(FindingCode.BUDGET_POINTS_DIFFER_FROM_PACK, Severity.INFO, "budget.points", pts, want,
                    "BUDGET_POINTS_DIFFER_FROM_PACK"));
        }
        if (b.declaredScore().isPresent()) {
            BigDecimal d = b.declaredScore().get();
            if (!matches(d, score, raw)) {
                out.add(message(FindingCode.BUDGET_SCORE_MISMATCH, Severity.ERROR, "budget.declaredScore", d, score,
                        rate.isPresent() ? "BUDGET_SCORE_MISMATCH" : "BUDGET_SCORE_MISMATCH.noRate",
                        rate.map(Findings::p).orElse(""), p(pts), p(raw), rounding.name()));
            }
        } else if (rate.isPresent()) {
            out.add(values(FindingCode.BUDGET_SCORE_MISSING, Severity.WARNING, "budget.declaredScore", null, p(score),
                    "BUDGET_SCORE_MISSING"));
        }
        return Optional.of(new BudgetScore(pts, rate.map(Percent::of), raw, score, scheme.budgetExecution().cap()));
    }

    /** The total under the pack's execution-rate caps (执行率 below 80 % → at most 89 …), said where it lowers it. */
    private BigDecimal capByExecutionRate(BigDecimal total, Optional<BigDecimal> exactRate, Optional<BigDecimal> rate,
            List<Finding> findings) {
        if (scheme.executionRateCaps().isEmpty() || exactRate.isEmpty()) {
            return total;
        }
        Optional<BigDecimal> ceiling = ExecutionRateCap.ceiling(scheme.executionRateCaps(), exactRate.get());
        if (ceiling.isEmpty() || total.compareTo(ceiling.get()) <= 0) {
            return total;
        }
        BigDecimal capped = rounding.total().apply(ceiling.get());
        findings.add(message(FindingCode.TOTAL_CAPPED_BY_EXECUTION_RATE, Severity.INFO, "declaredTotalScore", total,
                capped, "TOTAL_CAPPED_BY_EXECUTION_RATE", p(rate.get())));
        return capped;
    }

    private static Finding formatCharacter(int i, Indicator ind) {
        String field = Names.hasFormatCharacter(ind.name()) ? "name"
                : Names.hasFormatCharacter(ind.level1()) ? "level1" : "level2";
        return values(FindingCode.FORMAT_CHARACTER_IN_NAME, Severity.WARNING, at(i, field), null,
                Names.key(field.equals("name") ? ind.name() : field.equals("level1") ? ind.level1() : ind.level2()),
                "FORMAT_CHARACTER_IN_NAME", i + 1);
    }

    private static Finding weightMissing(int i, Indicator ind) {
        return values(FindingCode.WEIGHT_MISSING, Severity.WARNING, at(i, "weight"), null,
                ind.weightedScore().map(Findings::p).orElse(null),
                ind.weightedScore().isPresent() ? "WEIGHT_MISSING.declared" : "WEIGHT_MISSING", i + 1, ind.name());
    }

    /** Units agree when they are the same or one side prints none (100% against 100). */
    private static boolean sameUnit(WrittenValue a, WrittenValue b) {
        return a.unit().isEmpty() || b.unit().isEmpty() || a.unit().get().equals(b.unit().get());
    }

}
