package io.github.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The score card's JSON document, read back with Jackson. */
class ScoreCardJsonTest {
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static JsonNode write(ScoreCard card, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreCardJson.write(card, out, locale);
        return READER.readTree(out.toByteArray());
    }

    @Test
    void theSeedUnderHebeiHasTheDocumentedFieldsAsPlainDecimals() throws Exception {
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei")).score(Seeds.seed());
        String text = ScoreCardJson.toJson(card, Locale.CHINESE);
        JsonNode root = READER.readTree(text);

        assertEquals(ScoreCardJson.FORMAT, root.get("format").asText());
        assertEquals("hebei", root.get("pack").asText());
        assertEquals("91", root.get("totalScore").decimalValue().toPlainString());
        assertEquals("91.024", root.get("rawTotalScore").decimalValue().toPlainString());
        assertEquals("优", root.get("grade").asText());
        assertEquals("75.24", root.get("budgetExecutionRate").decimalValue().toPlainString());
        assertTrue(root.get("declaredBudgetExecutionRate").isNull());
        assertTrue(text.contains("\"totalScore\" : 91,"), "integral total written as 91, not 91.0 or 9.1E1");
        assertFalse(text.matches("(?s).*\\d[eE][+-]?\\d.*"), "no exponent notation");

        JsonNode ind = root.get("indicators");
        assertEquals(9, ind.size());
        JsonNode budget = ind.get(8);
        assertEquals("预算执行率", budget.get("name").asText());
        assertEquals("预算执行率", budget.get("level1").asText());
        assertEquals("预算执行率", budget.get("level2").asText());
        assertEquals("75.24", budget.get("score").decimalValue().toPlainString());
        assertEquals("10", budget.get("weight").decimalValue().toPlainString());
        assertEquals("7.5", budget.get("weightedScore").decimalValue().toPlainString());
        assertEquals("7.5", budget.get("declaredWeightedScore").decimalValue().toPlainString());
        assertEquals("7.524", budget.get("rawWeightedScore").decimalValue().toPlainString());

        JsonNode findings = root.get("findings");
        assertEquals(card.findings().size(), findings.size());
        JsonNode first = findings.get(0);
        for (String field : new String[] {"code", "severity", "path", "declared", "computed", "message"}) {
            assertTrue(first.has(field), field);
        }
        assertEquals("EXECUTION_RATE_MISSING", first.get("code").asText());
        assertEquals("budget.declaredExecutionRate", first.get("path").asText());
        assertTrue(first.get("declared").isNull());
        assertEquals("75.24", first.get("computed").asText());
        assertTrue(first.get("message").asText().contains("预算执行进度"));
    }

    @Test
    void messagesFollowTheLocaleAndMismatchesCarryBothValues() throws Exception {
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei"), RoundingPolicy.DEFAULT).score(Seeds.seed());
        JsonNode root = write(card, Locale.ENGLISH);
        assertEquals("91.02", root.get("totalScore").decimalValue().toPlainString());
        JsonNode total = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("code").asText().equals("TOTAL_SCORE_MISMATCH")) {
                total = f;
            }
        }
        assertEquals("91", total.get("declared").asText());
        assertEquals("91.02", total.get("computed").asText());
        assertTrue(total.get("message").asText().startsWith("declared total score"), total.get("message").asText());
        assertEquals(2, root.get("findingCounts").get("error").asInt());
    }

    @Test
    void theStreamIsLeftOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        ScoreCardJson.write(Scorer.forReport(Seeds.seed()).score(Seeds.seed()), out, Locale.ROOT);
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("}\n"));
    }
}
