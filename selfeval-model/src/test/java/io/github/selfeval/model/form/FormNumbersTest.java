package io.github.selfeval.model.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one way every writer prints a number, a date, a numeral and a computed value beside a declared one. */
class FormNumbersTest {

    private static Optional<BigDecimal> n(String v) {
        return Optional.of(new BigDecimal(v));
    }

    @Test
    void aComputedValueSaysWhereItDiffersFromOrFillsTheDeclaredOne() {
        assertEquals("8.62（填报：9）", FormNumbers.shown(n("8.62"), n("9")), "differs: both, computed first");
        assertEquals("10（计算）", FormNumbers.shown(n("10.00"), Optional.empty()), "fills a blank: marked");
        assertEquals("91", FormNumbers.shown(n("91.00"), n("91")), "equal: once");
        assertEquals("9", FormNumbers.shown(Optional.empty(), n("9")), "nothing computed: the declared one");
        assertEquals("", FormNumbers.shown(Optional.empty(), Optional.empty()), "blank stays blank");
    }

    @Test
    void datesPrintAsTheCoverWritesThem() {
        assertEquals("2024年4月15日", FormNumbers.date(LocalDate.of(2024, 4, 15)));
    }

    @Test
    void chineseNumeralsCountTheSubSections() {
        String[][] cases = {{"1", "一"}, {"9", "九"}, {"10", "十"}, {"11", "十一"}, {"20", "二十"}, {"23", "二十三"},
            {"99", "九十九"}, {"100", "一百"}, {"105", "一百零五"}, {"110", "一百一十"}, {"123", "一百二十三"},
            {"1000", "一千"}, {"1005", "一千零五"}, {"1010", "一千零一十"}, {"1200", "一千二百"}};
        for (String[] c : cases) {
            assertEquals(c[1], FormNumbers.chinese(Integer.parseInt(c[0])), c[0]);
        }
    }
}
