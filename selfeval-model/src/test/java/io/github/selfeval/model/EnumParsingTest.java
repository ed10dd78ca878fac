package io.github.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One rule for every enum's {@code of}: spaces around ignored, full-width read as ASCII, any case. */
class EnumParsingTest {

    @Test
    void labelsIdsAndNamesAreReadAlikeWhateverTheSpacingCaseOrWidth() {
        assertEquals(MoneyUnit.WAN_YUAN, MoneyUnit.of(" 万元"));
        assertEquals(MoneyUnit.WAN_YUAN, MoneyUnit.of("万元\u3000"));
        assertEquals(MoneyUnit.YUAN, MoneyUnit.of("yuan"));
        assertEquals(FormKind.DEPARTMENT, FormKind.of("Department"));
        assertEquals(FormKind.PROJECT, FormKind.of("ＰＲＯＪＥＣＴ"));
        assertEquals(FormKind.PROJECT, FormKind.of(" project "));
        assertEquals(Grade.EXCELLENT, Grade.of(" 优"));
        assertEquals(IndicatorNature.QUANTITATIVE, IndicatorNature.of("定量 "));
        assertEquals(IndicatorNature.QUALITATIVE, IndicatorNature.of("qualitative"));
    }

    @Test
    void anUnknownValueStillNamesWhatIsExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MoneyUnit.of("美元")).getMessage()
                .contains("expected 万元 or 元"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FormKind.of("company")).getMessage()
                .contains("expected department or project"));
        assertThrows(IllegalArgumentException.class, () -> Grade.of(null));
        assertThrows(IllegalArgumentException.class, () -> IndicatorNature.of(""));
    }
}
