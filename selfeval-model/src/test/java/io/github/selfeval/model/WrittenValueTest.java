package io.github.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WrittenValueTest {

    private static void reads(String cell, Comparison cmp, String number, String unit) {
        WrittenValue v = WrittenValue.parse(cell);
        assertEquals(cell, v.written());
        assertEquals(Optional.ofNullable(cmp), v.comparison(), cell);
        assertEquals(Optional.ofNullable(number).map(BigDecimal::new), v.number(), cell);
        assertEquals(Optional.ofNullable(unit), v.unit(), cell);
    }

    @Test
    void valuesAsRealFormsPrintThem() {
        reads("≥266米", Comparison.AT_LEAST, "266", "米");
        reads("=100%", Comparison.EQUAL, "100", "%");
        reads("20万元", null, "20", "万元");
        reads(">=90%", Comparison.AT_LEAST, "90", "%");
        reads("≤5个工作日", Comparison.AT_MOST, "5", "个工作日");
        reads("100", null, "100", null);
        reads("215,457.6", null, "215457.6", null);
        reads("2819.17", null, "2819.17", null);
    }

    @Test
    void fullWidthDigitsAndSignsReadAsAscii() {
        reads("≥９５％", Comparison.AT_LEAST, "95", "%");
        reads("＞＝８０％", Comparison.AT_LEAST, "80", "%");
        reads("＜１０", Comparison.LESS_THAN, "10", null);
        reads("≧3次", Comparison.AT_LEAST, "3", "次");
    }

    @Test
    void textIsTextEvenWithANumberInside() {
        reads("及时", null, null, null);
        reads("显著提升", null, null, null);
        reads("完成3个项目", null, null, null);
        reads("95%以上", null, null, null);
        reads("≥95%，且无投诉", Comparison.AT_LEAST, null, null);
        reads("按规定标准", null, null, null);
    }

    @Test
    void aHugeNumberIsTextNotAnExplosion() {
        reads("1" + "0".repeat(100), null, null, null);
    }
}
