package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link FindingCode} is an open value type: today's codes are its constants, another check may add its own. */
class FindingCodeTest {

    @Test
    void theConstantsKeepTheirNamesAndOrder() {
        FindingCode[] codes = FindingCode.values();
        assertEquals("WEIGHTED_SCORE_MISMATCH", codes[0].name());
        assertEquals(FindingCode.AUDIT_CHECK_FAILED, codes[codes.length - 1]);
        assertEquals(codes.length, Arrays.stream(codes).map(FindingCode::name).distinct().count());
        for (FindingCode c : codes) {
            assertSame(c, FindingCode.of(c.name()));
            assertSame(c, FindingCode.valueOf(c.name()));
            assertTrue(c.isStandard());
            assertEquals(c.name(), c.toString());
        }
    }

    @Test
    void anotherChecksCodeIsAValueOfItsOwn() {
        FindingCode own = FindingCode.of("GUANGXI_PROCUREMENT_LATE");
        assertEquals(own, FindingCode.of("GUANGXI_PROCUREMENT_LATE"));
        assertEquals(own.hashCode(), FindingCode.of("GUANGXI_PROCUREMENT_LATE").hashCode());
        assertFalse(own.isStandard());
        assertThrows(IllegalArgumentException.class, () -> FindingCode.valueOf("GUANGXI_PROCUREMENT_LATE"));
        assertThrows(IllegalArgumentException.class, () -> FindingCode.of("total_score_mismatch"));
        assertThrows(IllegalArgumentException.class, () -> FindingCode.of(""));
        Finding f = new Finding(own, Severity.WARNING, "$", Optional.empty(), Optional.empty(), "采购滞后", "late");
        assertEquals("GUANGXI_PROCUREMENT_LATE", f.code().name());
    }
}
