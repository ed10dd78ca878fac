package io.github.selfeval.scoring.internal;

import io.github.selfeval.model.Comparison;
import io.github.selfeval.scoring.ReverseFormula;
import java.math.BigDecimal;
import java.math.MathContext;

/** The quantitative rules of local practice, as a share of full marks in percent (0–100), unrounded. */
public final class Quantitative {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Quantitative() {
    }

    /**
     * The score of a row from its comparison, target and actual value.
     *
     * @param c the comparison
     * @param target 指标值
     * @param actual 完成值
     * @param reverse the curve for ≤ / &lt;
     * @return 0–100, unrounded
     */
    public static BigDecimal score(Comparison c, BigDecimal target, BigDecimal actual, ReverseFormula reverse) {
        if (c.isReverse()) {
            if (actual.compareTo(target) <= 0) {
                return HUNDRED;
            }
            if (target.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            if (reverse == ReverseFormula.TARGET_OVER_ACTUAL) {
                return clamp(target.multiply(HUNDRED).divide(actual, MathContext.DECIMAL128));
            }
            if (actual.compareTo(target.multiply(TWO)) > 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal over = actual.subtract(target).divide(target, MathContext.DECIMAL128);
            return clamp(BigDecimal.ONE.subtract(over).multiply(HUNDRED));
        }
        if (c == Comparison.EQUAL && target.signum() == 0) {
            return actual.signum() <= 0 ? HUNDRED : BigDecimal.ZERO;
        }
        if (actual.compareTo(target) >= 0) {
            return HUNDRED;
        }
        if (target.signum() <= 0) {
            // A non-positive target missed: no proportion is meaningful.
            return BigDecimal.ZERO;
        }
        return clamp(actual.multiply(HUNDRED).divide(target, MathContext.DECIMAL128));
    }

    static BigDecimal clamp(BigDecimal v) {
        if (v.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return v.compareTo(HUNDRED) > 0 ? HUNDRED : v;
    }
}
