package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.at;
import static io.github.selfeval.scoring.internal.Findings.matches;
import static io.github.selfeval.scoring.internal.Findings.message;
import static io.github.selfeval.scoring.internal.Findings.p;
import static io.github.selfeval.scoring.internal.Findings.tooLong;
import static io.github.selfeval.scoring.internal.Findings.values;

import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.WrittenValue;
import io.github.selfeval.model.internal.Names;
import io.github.selfeval.scoring.AuditRules;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.GradeBand;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.IndicatorScore.ScoreSource;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.QuantitativeRule;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoringScheme;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The row audit: a row's declared 折算得分 / 得分 against its score, its score against its grade's band, the
 * 预算执行率 row's weight, the catalogue audit, format characters and unit words, texts too long, a missing
 * 偏差原因 and unexplained over-achievement. Stateless: built once per engine.
 */
final class RowAudit {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScheme scheme;
    private final RoundingPolicy rounding;
    private final AuditRules audit;
    private final boolean points;
    private final Bands indicatorBands;
    /** The audit's text limit, or -1 when there is none. */
    private final int maxText;

    RowAudit(ScoringScheme scheme, RoundingPolicy rounding, AuditRules audit, Bands indicatorBands) {
        this.scheme = scheme;
        this.rounding = rounding;
        this.audit = audit;
        this.points = scheme.presentation() == Presentation.POINTS;
        this.indicatorBands = indicatorBands;
        this.maxText = audit.maxTextLength().orElse(-1);
    }

    void auditRow(int i, Indicator ind, boolean budgetRow, IndicatorScore s, CatalogueIndex catalogue,
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
            @Nullable GradeBand inBand = indicatorBands.of(g);
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
    void overAchievementUnexplained(int i, Indicator ind, List<Finding> out) {
        WrittenValue expected = ind.expectedValue().get();
        Optional<Comparison> c = ind.comparison().or(expected::comparison);
        if (c.isEmpty() && scheme.quantitative().withoutSymbol() == QuantitativeRule.WithoutSymbol.POSITIVE) {
            c = Optional.of(Comparison.AT_LEAST);
        }
        if (c.isEmpty() || c.get().isReverse() || expected.number().isEmpty() || expected.number().get().signum() <= 0) {
            return;
        }
        WrittenValue actual = ind.actualValue().get();
        if (actual.number().isEmpty() || !RowScoring.sameUnit(expected, actual)) {
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
    Finding weightedMismatch(int i, Indicator ind, IndicatorScore s, BigDecimal d) {
        return message(FindingCode.WEIGHTED_SCORE_MISMATCH, Severity.ERROR, at(i, "weightedScore"), d,
                s.weightedScore(), points ? "WEIGHTED_SCORE_MISMATCH.points" : "WEIGHTED_SCORE_MISMATCH.weighted",
                i + 1, ind.name(), p(s.score()), p(s.weight().get()), p(s.rawWeightedScore()), rounding.name());
    }

    static Finding unitWord(int i, String u, String symbol) {
        return values(FindingCode.UNIT_WRITTEN_AS_WORD, Severity.INFO, at(i, "unit"), u, symbol,
                "UNIT_WRITTEN_AS_WORD", i + 1);
    }

    /**
     * Whether {@code strip()} would shorten the text: it removes {@link Character#isWhitespace} code points from
     * either end, and no supplementary code point is whitespace, so the end chars decide.
     */
    static boolean hasOuterWhitespace(String u) {
        int len = u.length();
        return len > 0 && (Character.isWhitespace(u.charAt(0)) || Character.isWhitespace(u.charAt(len - 1)));
    }

    static Finding formatCharacter(int i, Indicator ind) {
        String field = Names.hasFormatCharacter(ind.name()) ? "name"
                : Names.hasFormatCharacter(ind.level1()) ? "level1" : "level2";
        return values(FindingCode.FORMAT_CHARACTER_IN_NAME, Severity.WARNING, at(i, field), null,
                Names.key(field.equals("name") ? ind.name() : field.equals("level1") ? ind.level1() : ind.level2()),
                "FORMAT_CHARACTER_IN_NAME", i + 1);
    }
}
