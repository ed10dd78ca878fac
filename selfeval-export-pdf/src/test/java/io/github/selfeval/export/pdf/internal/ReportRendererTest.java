package io.github.selfeval.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The small text rules of the renderer: heading numbers, number formatting, cleaning. */
class ReportRendererTest {

    @Test
    void numbersHeadingsTheChineseWay() {
        String[][] cases = {{"1", "一"}, {"9", "九"}, {"10", "十"}, {"11", "十一"}, {"20", "二十"}, {"23", "二十三"},
            {"99", "九十九"}, {"100", "一百"}, {"105", "一百零五"}, {"110", "一百一十"}, {"123", "一百二十三"},
            {"1000", "一千"}, {"1005", "一千零五"}, {"1010", "一千零一十"}, {"1200", "一千二百"}};
        for (String[] c : cases) {
            assertEquals(c[1], ReportRenderer.chineseNumber(Integer.parseInt(c[0])), c[0]);
        }
    }

    @Test
    void writesNumbersAsPeopleDo() {
        assertEquals("18", ReportRenderer.plain(new BigDecimal("18.0")));
        assertEquals("3746.68", ReportRenderer.plain(new BigDecimal("3746.68")));
        assertEquals("100", ReportRenderer.plain(new BigDecimal("1E+2")));
        assertEquals("0", ReportRenderer.plain(new BigDecimal("0.000")));
        assertEquals("7.524", ReportRenderer.plain(new BigDecimal("7.5240")));
    }

    @Test
    void cleansWhatNoFontDraws() {
        assertEquals("甲\n乙 丙丁", ReportRenderer.clean("甲\r\n乙\t丙\u200b\ufeff丁\u0007"));
    }
}
