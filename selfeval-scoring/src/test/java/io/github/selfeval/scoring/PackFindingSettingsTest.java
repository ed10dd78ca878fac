package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.SelfEvalException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A pack switches a check off or changes its severity ({@code audit.findings}), by finding code. */
class PackFindingSettingsTest {

    private static final String PACK = "{\"id\":\"quiet\",\"name\":\"n\",\"catalogue\":\"2020\",\"rounding\":\"hebei\","
            + "\"scheme\":{\"presentation\":\"weighted\",\"indicatorBands\":\"standard\"},"
            + "\"audit\":{\"requireDeviationReason\":true,\"findings\":{%s}}}";

    private static RulePack load(String findings) {
        return RulePacks.load(new ByteArrayInputStream(String.format(PACK, findings).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCheckSwitchedOffSaysNothingAndAnotherSeverityReorders() {
        ScoreCard plain = Scorer.of(load("")).score(Seeds.seed());
        assertEquals(9, plain.findings(FindingCode.DEVIATION_REASON_MISSING).size());
        RulePack pack = load("\"DEVIATION_REASON_MISSING\":\"off\",\"COMPLETION_WITHOUT_GOAL\":\"INFO\","
                + "\"UNIT_WRITTEN_AS_WORD\":\"ERROR\"");
        ScoreCard quiet = Scorer.of(pack).score(Seeds.seed());
        assertTrue(quiet.findings(FindingCode.DEVIATION_REASON_MISSING).isEmpty());
        assertTrue(quiet.findings(FindingCode.COMPLETION_WITHOUT_GOAL).stream().allMatch(f -> f.severity() == Severity.INFO));
        assertEquals(3, quiet.findings(FindingCode.UNIT_WRITTEN_AS_WORD).size());
        // Most severe first: the units now lead.
        assertEquals(FindingCode.UNIT_WRITTEN_AS_WORD, quiet.findings().get(0).code());
        assertEquals(plain.findings().size() - 9, quiet.findings().size());
        assertEquals(Set.of(FindingCode.DEVIATION_REASON_MISSING), pack.audit().off());
        assertEquals(Map.of(FindingCode.COMPLETION_WITHOUT_GOAL, Severity.INFO, FindingCode.UNIT_WRITTEN_AS_WORD,
                Severity.ERROR), pack.audit().severities());
    }

    private static List<com.networknt.schema.Error> validate(String json) {
        return com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(RulePacks.schema()).validate(json, com.networknt.schema.InputFormat.JSON);
    }

    @Test
    void anUnknownCodeOrSettingIsRefusedWithItsPath() {
        SelfEvalException code = assertThrows(SelfEvalException.class, () -> load("\"DEVIATION_REASON_MISING\":\"off\""));
        assertTrue(code.getMessage().contains("audit.findings.DEVIATION_REASON_MISING: unknown finding code"),
                code.getMessage());
        assertTrue(code.getMessage().contains("DEVIATION_REASON_MISSING"), code.getMessage());
        SelfEvalException value = assertThrows(SelfEvalException.class, () -> load("\"TEXT_TOO_LONG\":\"warn\""));
        assertTrue(value.getMessage().contains("audit.findings.TEXT_TOO_LONG: expected \"off\""), value.getMessage());
        assertFalse(validate(String.format(PACK, "\"TEXT_TOO_LONG\":\"warn\"")).isEmpty());
        assertEquals(List.of(), validate(String.format(PACK, "\"TEXT_TOO_LONG\":\"off\"")));
    }
}
