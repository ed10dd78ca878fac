package io.github.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Indicator#numberIn} is {@link WrittenValue#parse}'s number where there is no unit or a percent sign. */
class NumberInTest {

    private static Optional<BigDecimal> n(String s) {
        return Optional.of(new BigDecimal(s));
    }

    @Test
    void numbersWithASignOrAPercentRead() {
        assertEquals(n("95"), Indicator.numberIn("≥95%"));
        assertEquals(n("2819.17"), Indicator.numberIn("2819.17"));
        assertEquals(n("1000"), Indicator.numberIn("1,000"));
        assertEquals(n("0.5"), Indicator.numberIn(".5"));
        // Full-width, as WrittenValue reads it: one parser.
        assertEquals(n("95"), Indicator.numberIn("≥９５％"));
        assertEquals(n("100"), Indicator.numberIn("＝100%"));
    }

    @Test
    void textAndOtherUnitsGiveNone() {
        assertEquals(Optional.empty(), Indicator.numberIn("按规定标准"));
        assertEquals(Optional.empty(), Indicator.numberIn("95%以上"));
        assertEquals(Optional.empty(), Indicator.numberIn("266米"));
        assertEquals(n("266"), WrittenValue.parse("266米").number());
        assertEquals(Optional.empty(), Indicator.numberIn(null));
    }
}
