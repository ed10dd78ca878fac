package io.github.selfeval.export.internal.labels;

import io.github.selfeval.model.form.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells of a {@link View} by their normalised text, so that a label is looked up rather than searched
 * for: every filled cell is indexed once, under its whole text, its text without trailing bracketed
 * suffixes ({@code 项目资金（元）} under {@code 项目资金} too), and the part before a colon ({@code 执行数：2819.17}
 * under {@code 执行数}). Work and memory are linear in the filled cells.
 */
final class LabelIndex {

    /**
     * A cell that reads as a label.
     *
     * @param row the view row
     * @param column the column
     * @param inline the value written after the label's colon in the same cell, if any
     * @param suffixes the bracketed suffixes after the label ({@code 元}, {@code 20分}), outermost last
     */
    record Hit(int row, int column, Optional<String> inline, List<String> suffixes) {
    }

    private final View view;
    private final Map<String, List<int[]>> byKey = new HashMap<>();
    private final List<int[]> filled;

    LabelIndex(View view) {
        this.view = view;
        this.filled = view.filled();
        for (int[] p : filled) {
            String text = view.text(p[0], p[1]);
            Set<String> keys;
            if (text.length() > 200) {
                // no label is that long: only a label before a colon (说明：1. …) is looked for
                int colon = colon(text);
                keys = new LinkedHashSet<>();
                if (colon > 0 && colon < 30) {
                    addStripped(keys, Label.normalise(text.substring(0, colon)));
                }
            } else {
                keys = keys(text);
            }
            for (String k : keys) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
    }

    View view() {
        return view;
    }

    /** The filled cells (a merged region at its first cell) of the rows from one to another, in order. */
    List<int[]> filled(int fromRow, int toRow) {
        int lo = 0;
        int hi = filled.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (filled.get(mid)[0] < fromRow) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = lo; i < filled.size() && filled.get(i)[0] < toRow; i++) {
            out.add(filled.get(i));
        }
        return out;
    }

    /** The keys a text is indexed under. */
    static Set<String> keys(String text) {
        Set<String> out = new LinkedHashSet<>();
        String n = Label.normalise(text);
        if (n.isEmpty()) {
            return out;
        }
        addStripped(out, n);
        for (int colon : colons(text)) {
            String before = Label.normalise(text.substring(0, colon));
            if (!before.isEmpty()) {
                addStripped(out, before);
            }
        }
        return out;
    }

    /** The first few colons of a text (其中：财政资金：24.5 has two). */
    static List<Integer> colons(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length() && i < 40 && out.size() < 3; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                out.add(i);
            }
        }
        return out;
    }

    private static void addStripped(Set<String> out, String n) {
        String s = n;
        out.add(s);
        for (int i = 0; i < 4; i++) {
            String t = stripSuffix(s);
            if (t.equals(s) || t.isEmpty()) {
                break;
            }
            out.add(t);
            s = t;
        }
    }

    /** A normalised text without its last bracketed suffix: {@code 项目资金(元)} → {@code 项目资金}. */
    static String stripSuffix(String n) {
        if (!n.endsWith(")")) {
            return n;
        }
        int depth = 0;
        for (int i = n.length() - 1; i >= 0; i--) {
            char c = n.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return n.substring(0, i);
                }
            }
        }
        return n;
    }

    /** The bracketed suffixes of a normalised text, outermost last. */
    static List<String> suffixes(String n) {
        List<String> out = new ArrayList<>();
        String s = n;
        for (int i = 0; i < 4; i++) {
            String t = stripSuffix(s);
            if (t.equals(s)) {
                break;
            }
            out.add(0, s.substring(t.length() + 1, s.length() - 1));
            s = t;
        }
        return out;
    }

    static int colon(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
        }
        return -1;
    }

    /** Each description label's keys, made once: every read looks up the same few hundred labels. */
    private static final java.util.concurrent.ConcurrentHashMap<Label, Set<String>> LABEL_KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Labels are the form descriptions' (a few hundred); past this, keys are made afresh rather than kept. */
    private static final int MAX_KEPT = 10_000;

    /** A label's own keys: its text and variants, normalised, with and without a template suffix (unmodifiable). */
    static Set<String> labelKeys(Label label) {
        Set<String> kept = LABEL_KEYS.get(label);
        if (kept != null) {
            return kept;
        }
        Set<String> keys = java.util.Collections.unmodifiableSet(makeKeys(label));
        if (LABEL_KEYS.size() < MAX_KEPT) {
            LABEL_KEYS.putIfAbsent(label, keys);
        }
        return keys;
    }

    private static Set<String> makeKeys(Label label) {
        Set<String> out = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        all.add(label.text());
        all.addAll(label.variants());
        for (String t : all) {
            String n = Label.normalise(t);
            if (n.contains("{")) {
                n = n.replaceAll("\\(\\{[a-z]+\\}\\)", "");
            }
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** Whether a cell's text reads as the label (whole, with a suffix, or before a colon). */
    static boolean reads(Label label, String text) {
        Set<String> mine = labelKeys(label);
        for (String k : keys(text)) {
            if (mine.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cells that read as a label between two rows, in row then column order.
     *
     * @param label the label
     * @param fromRow the first row
     * @param toRow one past the last row
     * @return the hits
     */
    List<Hit> find(Label label, int fromRow, int toRow) {
        Set<String> mine = labelKeys(label);
        List<int[]> found = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (String k : mine) {
            for (int[] p : byKey.getOrDefault(k, List.of())) {
                if (p[0] >= fromRow && p[0] < toRow && seen.add(((long) p[0] << 32) | p[1])) {
                    found.add(p);
                }
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Hit> out = new ArrayList<>();
        for (int[] p : found) {
            out.add(hit(mine, p[0], p[1]));
        }
        return out;
    }

    private Hit hit(Set<String> mine, int row, int column) {
        String text = view.text(row, column);
        String n = Label.normalise(text);
        String s = n;
        for (int i = 0; i < 5; i++) {
            if (mine.contains(s)) {
                return new Hit(row, column, Optional.empty(), suffixes(n));
            }
            String t = stripSuffix(s);
            if (t.equals(s)) {
                break;
            }
            s = t;
        }
        for (int colon : colons(text)) {
            String before = Label.normalise(text.substring(0, colon));
            String b = before;
            for (int i = 0; i < 5 && !b.isEmpty(); i++) {
                if (mine.contains(b)) {
                    String value = ownValue(text.substring(colon + 1));
                    return new Hit(row, column, value.isEmpty() ? Optional.empty() : Optional.of(value), suffixes(before));
                }
                String t = stripSuffix(b);
                if (t.equals(b)) {
                    break;
                }
                b = t;
            }
        }
        return new Hit(row, column, Optional.empty(), suffixes(n));
    }

    /**
     * A gap of spaces followed by another label and its colon: where the value of the label before ends
     * when one line holds two fields ({@code 单位名称：农业工作科        填报日期：}).
     */
    private static final java.util.regex.Pattern NEXT_FIELD =
            java.util.regex.Pattern.compile("(?:[ \\t]{2,}|\u3000+)[^\\s：:]{1,12}[：:]");

    /** The value after a label's colon, up to the next field on the same line. */
    static String ownValue(String afterColon) {
        java.util.regex.Matcher m = NEXT_FIELD.matcher(afterColon);
        return (m.find() ? afterColon.substring(0, m.start()) : afterColon).strip();
    }

    /** Whether any cell of a row (between two columns) reads as one of the labels. */
    boolean rowHas(int row, List<Label> labels) {
        for (Label l : labels) {
            if (!find(l, row, row + 1).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
