package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.ReportReadException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import io.github.selfeval.testsupport.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Characters a document cannot keep are refused where they are read, and invisible characters do not
 * make two names of one (issue 16, defects 5 and 6).
 */
class InvisibleCharactersTest {

    private static final SelfEvaluation SEED = SelfEvaluationJson.read(Seed.path());

    private static ReportReadException readWithDepartment(String escaped) {
        String json = Seed.json().replace("\"department\": \"姜各庄镇人民政府\"", "\"department\": \"" + escaped + "\"");
        return assertThrows(ReportReadException.class, () -> SelfEvaluationJson.read(json));
    }

    @Test
    void aNulCharacterIsRefusedWithItsPathNotChangedToAQuestionMark() {
        ReportReadException e = readWithDepartment("姜各庄\\u0000镇人民政府");
        assertEquals(ReportReadException.JSON_VALUE, e.code());
        assertEquals("cover.department", e.path());
        assertTrue(e.getMessage().contains("U+0000") && e.getMessage().contains("character 4"), e.getMessage());
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedButTabsAndNewlinesAreKept() {
        assertEquals("cover.department", readWithDepartment("姜各庄\\u001b[31m镇").path());
        assertTrue(readWithDepartment("姜各庄\\ud800镇").getMessage().contains("lone surrogate"));
        assertTrue(readWithDepartment("姜各庄\\udc00镇").getMessage().contains("U+DC00"));
        assertTrue(readWithDepartment("姜各庄\\uffff镇").getMessage().contains("U+FFFF"));
        String kept = Seed.json().replace("\"department\": \"姜各庄镇人民政府\"", "\"department\": \"姜各庄\\t镇\\n政府𠮷\"");
        assertEquals("姜各庄\t镇\n政府𠮷", SelfEvaluationJson.read(kept).cover().department());
    }

    @Test
    void aNameRepeatedWithAZeroWidthSpaceIsTheSameIndicator() {
        List<Indicator> rows = new ArrayList<>(SEED.indicators());
        Indicator satisfaction = rows.get(7);
        rows.add(7, satisfaction.toBuilder().build());
        rows.set(8, Indicator.builder(satisfaction.level1(), satisfaction.level2(), satisfaction.name() + "\u200B")
                .weight("0").build());
        List<String> violations = SelfEvaluations.violations(SEED.toBuilder().indicators(rows).build(), Locale.ENGLISH)
                .stream().map(v -> v.code() + "@" + v.path()).toList();
        assertEquals(List.of("INDICATOR_DUPLICATE@indicators[8].name"), violations);
    }

    /** Issue 16: a weight of 1e-9999 validated and then printed as a 10,000-digit number. */
    @Test
    void aScoreWithTenThousandDecimalsIsOutOfRange() {
        List<Indicator> rows = new ArrayList<>(SEED.indicators());
        rows.set(0, rows.get(0).toBuilder().weight(new java.math.BigDecimal("1e-9999")).build());
        List<String> violations = SelfEvaluations.violations(SEED.toBuilder().indicators(rows).build(), Locale.ENGLISH)
                .stream().map(v -> v.code() + "@" + v.path()).toList();
        assertEquals(List.of("OUT_OF_RANGE@indicators[0].weight"), violations);
    }

    @Test
    void theBudgetRowIsFoundThroughFullWidthAndFormatCharacters() {
        Indicator budget = SEED.indicators().get(8);
        Indicator hidden = Indicator.builder("预算执行率", "预算执行率", "预算\u200D执行率").weight("10").build();
        assertTrue(hidden.isBudgetExecutionRate());
        Indicator rtl = Indicator.builder("\u202E预算执行率", "x", "y").weight("10").build();
        assertTrue(rtl.isBudgetExecutionRate());
        assertTrue(budget.isBudgetExecutionRate());
        assertTrue(!Indicator.builder("产出指标", "执行指标", "执行进度").weight("10").build().isBudgetExecutionRate());
    }
}
