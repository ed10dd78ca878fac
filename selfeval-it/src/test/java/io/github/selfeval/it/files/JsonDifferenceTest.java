package io.github.selfeval.it.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.selfeval.model.SelfEvaluationJson;
import org.junit.jupiter.api.Test;

/** The field-by-field comparison ExampleFilesTest relies on names the first place two reports differ. */
class JsonDifferenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void equalTreesHaveNoDifferenceAndNumbersCompareAsDecimals() throws Exception {
        assertTrue(JsonDifference.first(json("{\"a\":250000,\"b\":[1,\"x\"]}"), json("{\"b\":[1.0,\"x\"],\"a\":250000.00}"))
                .isEmpty());
    }

    @Test
    void theFirstDifferenceIsNamedByItsPath() throws Exception {
        assertEquals("budget.spent.total", JsonDifference.first(json("{\"budget\":{\"spent\":{\"total\":215457.6}}}"),
                json("{\"budget\":{\"spent\":{\"total\":215457.7}}}")).orElseThrow().path());
        assertEquals("indicators[1].name", JsonDifference.first(json("{\"indicators\":[{\"name\":\"a\"},{\"name\":\"b\"}]}"),
                json("{\"indicators\":[{\"name\":\"a\"},{\"name\":\"c\"}]}")).orElseThrow().path());
        // A number read as text differs.
        assertEquals("weight", JsonDifference.first(json("{\"weight\":10}"), json("{\"weight\":\"10\"}")).orElseThrow()
                .path());
    }

    @Test
    void aMissingFieldOrItemIsADifferenceOnEitherSide() throws Exception {
        JsonDifference.Difference lost = JsonDifference.first(json("{\"a\":1,\"b\":2}"), json("{\"a\":1}")).orElseThrow();
        assertEquals("b", lost.path());
        assertEquals("at b: expected 2, read nothing", lost.describe());
        JsonDifference.Difference invented = JsonDifference.first(json("{\"xs\":[1]}"), json("{\"xs\":[1,2]}")).orElseThrow();
        assertEquals("xs[1]", invented.path());
        assertEquals("at xs[1]: expected nothing, read 2", invented.describe());
    }

    /** One value changed in a real example is found, in the writer's own JSON of both. */
    @Test
    void aChangedValueOfARealExampleIsFound() {
        ObjectNode example = ExampleFiles.tree(ExampleFiles.example("2022-shanghai-putuo-tiyu.json"));
        ObjectNode changed = example.deepCopy();
        ((ObjectNode) ((ArrayNode) changed.get("indicators")).get(3)).put("weight", 20);
        ObjectNode reread = ExampleFiles.tree(SelfEvaluationJson.read(changed.toString()));
        assertEquals("indicators[3].weight", JsonDifference.first(example, reread).orElseThrow().path());
        assertTrue(JsonDifference.first(example, ExampleFiles.tree(SelfEvaluationJson.read(example.toString()))).isEmpty());
    }
}
