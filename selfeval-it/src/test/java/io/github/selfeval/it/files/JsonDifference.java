package io.github.selfeval.it.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The first place two JSON trees differ, named by its JSON path ({@code indicators[3].weight}): numbers
 * compared as decimals (250000 equals 250000.0), everything else exactly; objects field by field in name
 * order, arrays item by item.
 */
final class JsonDifference {

    /**
     * Where and how two trees differ.
     *
     * @param path the JSON path of the first difference ({@code ""} for the root)
     * @param expected what the expected tree holds there, or null when it holds nothing
     * @param actual what the actual tree holds there, or null when it holds nothing
     */
    record Difference(String path, JsonNode expected, JsonNode actual) {

        /** One line for a failure message. */
        String describe() {
            return "at " + (path.isEmpty() ? "the root" : path) + ": expected "
                    + (expected == null ? "nothing" : expected.toString()) + ", read "
                    + (actual == null ? "nothing" : actual.toString());
        }
    }

    private JsonDifference() {
    }

    /**
     * The first difference of two trees.
     *
     * @param expected the expected tree
     * @param actual the actual tree
     * @return the difference, or empty when they are equal
     */
    static Optional<Difference> first(JsonNode expected, JsonNode actual) {
        return first("", expected, actual);
    }

    private static Optional<Difference> first(String path, JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == actual ? Optional.empty() : Optional.of(new Difference(path, expected, actual));
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                Optional<Difference> d = first(path.isEmpty() ? name : path + "." + name, expected.get(name),
                        actual.get(name));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext() || a.hasNext(); i++) {
                Optional<Difference> d = first(path + "[" + i + "]", e.hasNext() ? e.next() : null,
                        a.hasNext() ? a.next() : null);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? Optional.empty()
                    : Optional.of(new Difference(path, expected, actual));
        }
        return expected.equals(actual) ? Optional.empty() : Optional.of(new Difference(path, expected, actual));
    }
}
