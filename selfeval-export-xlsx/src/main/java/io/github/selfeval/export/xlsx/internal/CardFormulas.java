package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.scoring.RoundingPolicy;
import io.github.selfeval.scoring.TotalBasis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The spreadsheet formulas of the card's arithmetic, one per number the card computes, so that a
 * recalculating viewer gives the card's numbers: 执行率 = 执行数 / 预算数 × 100 (blank when either is
 * blank, as the card's rate is empty then), the funds block's 得分 = MIN(执行率, cap) × 分值 / 100, a row's
 * 折算得分 / 得分 = 得分 × 权重 / 100, and the total as the card's {@link TotalBasis} says. Each rounds per the
 * card's {@link RoundingPolicy} through {@link ExcelRounding}.
 */
final class CardFormulas {
    /** Excel's limit on a formula's length. */
    static final int MAX_FORMULA = 8_000;

    private CardFormulas() {
    }

    /**
     * The amount of a money column: its total cell, or the sum of its source rows when the total is blank,
     * as {@code Funds.amount()}.
     *
     * @param total the total row's cell
     * @param parts the source rows' cells
     */
    static String amount(String total, List<String> parts) {
        if (parts.isEmpty()) {
            return "N(" + total + ")";
        }
        return "IF(ISNUMBER(" + total + ")," + total + ",SUM(" + String.join(",", parts) + "))";
    }

    /** True (as a condition) when a money column has no number at all. */
    static String blank(String total, List<String> parts) {
        StringBuilder b = new StringBuilder("COUNT(").append(total);
        for (String p : parts) {
            b.append(',').append(p);
        }
        return b.append(")=0").toString();
    }

    /** The exact 执行数 / 预算数 × 100, without a guard. */
    private static String exactRate(String planned, String spent) {
        return spent + "/" + planned + "*100";
    }

    /**
     * 执行率 in percent points, rounded per the policy, blank where the card has no rate.
     *
     * @param planned the 预算数 amount expression
     * @param spent the 执行数 amount expression
     * @param guard the condition under which the rate is blank
     * @param asRatio whether the form prints the rate as a ratio (the points / 100)
     */
    static String rate(String planned, String spent, String guard, RoundingPolicy.Step step, boolean asRatio) {
        String rate = ExcelRounding.wrap(exactRate(planned, spent), step);
        return "IF(" + guard + ",\"\",IF(" + planned + "<=0,\"\"," + rate + (asRatio ? "/100" : "") + "))";
    }

    /** The guard of a rate: either column blank. */
    static String rateGuard(String plannedBlank, String spentBlank) {
        return "OR(" + plannedBlank + "," + spentBlank + ")";
    }

    /** The funds block's raw score: MIN(exact rate, cap) × 分值 / 100. */
    static String rawBudgetScore(String planned, String spent, String points, Optional<BigDecimal> cap) {
        String rate = exactRate(planned, spent);
        String capped = cap.map(c -> "MIN(" + rate + "," + c.toPlainString() + ")").orElse(rate);
        return capped + "*" + points + "/100";
    }

    /** The funds block's 得分, blank where the rate is. */
    static String budgetScore(String raw, String planned, String guard, RoundingPolicy.Step step) {
        return "IF(" + guard + ",\"\",IF(" + planned + "<=0,\"\"," + ExcelRounding.wrap(raw, step) + "))";
    }

    /** The exact budget score as a term of an exact total: 0 where the rate is blank. */
    static String budgetTerm(String raw, String planned, String guard) {
        return "IF(" + guard + ",0,IF(" + planned + "<=0,0," + raw + "))";
    }

    /** A row's raw 折算得分 / 得分: score × weight / 100. */
    static String rawRow(String score, String weight) {
        return score + "*" + weight + "/100";
    }

    /** A row's printed 折算得分 / 得分. */
    static String row(String raw, RoundingPolicy.Step step) {
        return ExcelRounding.wrap(raw, step);
    }

    /**
     * The total: the rounded sum of the printed row scores (and the funds block's score), or the rounded
     * sum of the exact terms.
     *
     * @param basis what the card sums
     * @param printed the printed cells: a range and single cells
     * @param exact the exact terms
     * @return the formula, or empty when the exact one would exceed Excel's formula length
     */
    static Optional<String> total(TotalBasis basis, List<String> printed, List<String> exact, RoundingPolicy.Step step) {
        String sum = basis == TotalBasis.PRINTED_ROWS
                ? (printed.isEmpty() ? "0" : "SUM(" + String.join(",", printed) + ")")
                : (exact.isEmpty() ? "0" : String.join("+", exact));
        String f = ExcelRounding.wrap(sum, step);
        return f.length() > MAX_FORMULA ? Optional.empty() : Optional.of(f);
    }
}
