package io.github.selfeval.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.selfeval.model.ReportReadException;
import io.github.selfeval.model.SelfEvaluationJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated report with any single required key removed from its JSON is rejected with
 * {@code JSON_MISSING_FIELD} and that key's path.
 */
class MissingRequiredFieldProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The required keys of each object of the format (docs/format.md, and "required" in the schema). */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "report", List.of("kind", "cover", "budget"),
            "cover", List.of("year", "department"),
            "budget", List.of("budget", "spent"),
            "indicator", List.of("level1", "level2", "name"),
            "narrative", List.of("overview"),
            "section", List.of("title"),
            "project", List.of("name"));

    private record Key(ObjectNode parent, String name, String path) {
    }

    @Test
    void removingAnyRequiredKeyNamesItsPath() {
        qt().withExamples(1000)
                .forAll(Reports.validReports(), integers().between(0, Integer.MAX_VALUE - 1))
                .checkAssert((report, choice) -> {
                    ObjectNode root = tree(SelfEvaluationJson.toJson(report));
                    List<Key> keys = requiredKeys(root);
                    Key key = keys.get(choice % keys.size());
                    assertTrue(key.parent().has(key.name()), key.path());
                    key.parent().remove(key.name());
                    String json = root.toString();
                    ReportReadException e = assertThrows(ReportReadException.class, () -> SelfEvaluationJson.read(json),
                            () -> "accepted without " + key.path());
                    assertEquals(ReportReadException.JSON_MISSING_FIELD, e.code(), e.getMessage());
                    assertEquals(key.path(), e.path(), e.getMessage());
                });
    }

    @Test
    void everyRequiredKeyIsFoundInGeneratedReports() {
        // Guards the property above against a walk that finds too few keys.
        qt().withExamples(200).forAll(Reports.validReports()).checkAssert(report -> {
            List<Key> keys = requiredKeys(tree(SelfEvaluationJson.toJson(report)));
            assertEquals(3 + 2 + 2 + 3 * report.indicators().size() + 1
                    + report.narrative().performanceAnalysis().size() + (report.project().isPresent() ? 1 : 0),
                    keys.size());
        });
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Key> requiredKeys(ObjectNode root) {
        List<Key> keys = new ArrayList<>();
        add(keys, root, "report", "");
        add(keys, (ObjectNode) root.get("cover"), "cover", "cover");
        add(keys, (ObjectNode) root.get("budget"), "budget", "budget");
        JsonNode indicators = root.get("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            add(keys, (ObjectNode) indicators.get(i), "indicator", "indicators[" + i + "]");
        }
        JsonNode narrative = root.get("narrative");
        add(keys, (ObjectNode) narrative, "narrative", "narrative");
        JsonNode sections = narrative.get("performanceAnalysis");
        for (int i = 0; sections != null && i < sections.size(); i++) {
            add(keys, (ObjectNode) sections.get(i), "section", "narrative.performanceAnalysis[" + i + "]");
        }
        if (root.has("project")) {
            add(keys, (ObjectNode) root.get("project"), "project", "project");
        }
        return keys;
    }

    private static void add(List<Key> keys, ObjectNode node, String type, String path) {
        for (String name : REQUIRED.get(type)) {
            keys.add(new Key(node, name, path.isEmpty() ? name : path + "." + name));
        }
    }
}
