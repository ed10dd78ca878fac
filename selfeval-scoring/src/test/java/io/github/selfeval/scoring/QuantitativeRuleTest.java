package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.selfeval.model.Comparison;
import io.github.selfeval.scoring.internal.Quantitative;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quantitative rules of local practice, row by row (DOMAIN.md §6). */
class QuantitativeRuleTest {

    @ParameterizedTest(name = "{0} target {1} actual {2} ({3}) → {4}")
    @CsvSource({
        "≥, 100, 100, LINEAR_TO_ZERO_AT_DOUBLE, 100.00",
        "≥, 100, 120, LINEAR_TO_ZERO_AT_DOUBLE, 100.00",
        "≥, 100, 80, LINEAR_TO_ZERO_AT_DOUBLE, 80.00",
        ">, 3, 2, LINEAR_TO_ZERO_AT_DOUBLE, 66.67",
        "=, 50, 25, LINEAR_TO_ZERO_AT_DOUBLE, 50.00",
        "=, 0, 0, LINEAR_TO_ZERO_AT_DOUBLE, 100.00",
        "=, 0, 1, LINEAR_TO_ZERO_AT_DOUBLE, 0.00",
        "≤, 10, 10, LINEAR_TO_ZERO_AT_DOUBLE, 100.00",
        "≤, 10, 12, LINEAR_TO_ZERO_AT_DOUBLE, 80.00",
        "≤, 10, 20, LINEAR_TO_ZERO_AT_DOUBLE, 0.00",
        "≤, 10, 25, LINEAR_TO_ZERO_AT_DOUBLE, 0.00",
        "<, 10, 15, LINEAR_TO_ZERO_AT_DOUBLE, 50.00",
        "≤, 10, 12, TARGET_OVER_ACTUAL, 83.33",
        "≤, 10, 40, TARGET_OVER_ACTUAL, 25.00",
        "≤, 0, 5, LINEAR_TO_ZERO_AT_DOUBLE, 0.00",
    })
    void scores(String symbol, String target, String actual, ReverseFormula f, String expected) {
        BigDecimal got = Quantitative.score(Comparison.of(symbol), new BigDecimal(target), new BigDecimal(actual), f)
                .setScale(2, RoundingMode.HALF_UP);
        assertEquals(new BigDecimal(expected), got);
    }
}
