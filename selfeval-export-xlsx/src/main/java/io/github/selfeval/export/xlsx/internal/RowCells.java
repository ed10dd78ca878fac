package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.internal.Styles.Role;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The number cells both layouts write from the card: a row's score, its 折算得分 / 得分, and the total.
 * Each holds the card's number; where that is not what the form declared (a blank, or a rule's score),
 * the cell carries a note saying so ({@code 10（计算）}, {@code 8.62（填报：9）}) and the 数据 sheet keeps
 * the declared value.
 */
final class RowCells {
    private RowCells() {
    }

    /** 单项指标得分 / 得分系数(%): the card's score, the formula's input. */
    static void score(FormWriter w, int r, int c, IndicatorScore s, String key) {
        BigDecimal value = s.score();
        Optional<BigDecimal> declared = s.indicator().score();
        w.number(r, c, c, value, key + ".score");
        differs(w, r, c, key + ".score", value, declared);
    }

    /**
     * 折算得分 / 得分: a formula over the row's cells when the row has a weight, else the card's number
     * (the declared 得分, as the card counts it); blank when the row declares none and prints no weight.
     *
     * @param raw the exact score expression, or null when the row prints no weight
     */
    static void weighted(FormWriter w, int r, int c, IndicatorScore s, String key, String raw,
            RoundingPolicy rounding) {
        String k = key + ".weightedScore";
        if (raw != null) {
            w.formula(r, r, c, c, CardFormulas.row(raw, rounding.weightedScore()), s.weightedScore(), Role.NUMBER);
            w.mark(k, r, c);
            w.shown(k, s.weightedScore().toString());
            differs(w, r, c, k, s.weightedScore(), s.indicator().weightedScore());
            return;
        }
        Optional<BigDecimal> declared = s.indicator().weightedScore();
        if (declared.isEmpty()) {
            w.number(r, c, c, null, k);
            return;
        }
        w.number(r, c, c, s.weightedScore(), k);
        differs(w, r, c, k, s.weightedScore(), declared);
    }

    /** 自评得分 / 总分: the card's total with the formula its total basis gives. */
    static void total(FormWriter w, int r, int c, ScoreCard card, List<String> printed, List<String> exact) {
        BigDecimal total = card.totalScore();
        Optional<String> f = CardFormulas.total(card.totalBasis(), printed, exact, card.rounding().total());
        if (f.isPresent()) {
            w.formula(r, r, c, c, f.get(), total, Role.TOTAL);
        } else {
            // An exact sum too long for one formula: the card's number alone.
            w.number(r, c, c, total, "declaredTotalScore");
        }
        w.mark("declaredTotalScore", r, c);
        w.shown("declaredTotalScore", total.toString());
        Optional<BigDecimal> declared = card.report().declaredTotalScore();
        if (declared.isPresent() && declared.get().compareTo(total) != 0) {
            w.note(r, c, FormNumbers.withDeclared(Optional.of(total), declared));
        }
    }

    /** Records and notes a shown number that is not the declared one. */
    static void differs(FormWriter w, int r, int c, String key, BigDecimal value, Optional<BigDecimal> declared) {
        if (declared.isPresent() && declared.get().compareTo(value) == 0) {
            return;
        }
        w.shown(key, value.toString());
        w.note(r, c, declared.isPresent() ? FormNumbers.withDeclared(Optional.of(value), declared)
                : FormNumbers.computed(value));
    }
}
