package io.github.selfeval.export.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Assertions;

/** Compares two reports field by field through their JSON, numbers by value (10 equals 10.00). */
final class SameReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SameReport() {
    }

    static List<String> differences(SelfEvaluation expected, SelfEvaluation actual) {
        try {
            List<String> out = new ArrayList<>();
            diff("", JSON.readTree(SelfEvaluationJson.toJson(expected)), JSON.readTree(SelfEvaluationJson.toJson(actual)),
                    out);
            return out;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static void assertSame(SelfEvaluation expected, SelfEvaluation actual) {
        List<String> d = differences(expected, actual);
        if (!d.isEmpty()) {
            Assertions.fail("the read report differs from the one laid out:\n  " + String.join("\n  ", d));
        }
    }

    private static void diff(String path, JsonNode e, JsonNode a, List<String> out) {
        if (e == null || e.isNull() || e.isMissingNode()) {
            if (!(a == null || a.isNull() || a.isMissingNode() || a.isArray() && a.isEmpty())) {
                out.add(path + ": expected nothing, read " + a);
            }
            return;
        }
        if (a == null || a.isNull() || a.isMissingNode()) {
            if (!(e.isArray() && e.isEmpty())) {
                out.add(path + ": expected " + e + ", read nothing");
            }
            return;
        }
        if (e.isNumber() && a.isNumber()) {
            if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
                out.add(path + ": expected " + e + ", read " + a);
            }
            return;
        }
        if (e.isObject() && a.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            e.fieldNames().forEachRemaining(keys::add);
            a.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(path.isEmpty() ? k : path + "." + k, e.get(k), a.get(k), out);
            }
            return;
        }
        if (e.isArray() && a.isArray()) {
            Iterator<JsonNode> ei = e.elements();
            Iterator<JsonNode> ai = a.elements();
            int i = 0;
            while (ei.hasNext() || ai.hasNext()) {
                diff(path + "[" + i + "]", ei.hasNext() ? ei.next() : null, ai.hasNext() ? ai.next() : null, out);
                i++;
            }
            return;
        }
        if (!e.equals(a)) {
            out.add(path + ": expected " + e + ", read " + a);
        }
    }
}
