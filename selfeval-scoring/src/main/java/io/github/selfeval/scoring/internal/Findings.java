package io.github.selfeval.scoring.internal;

import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.FindingMessages;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How findings are built and ordered, shared by the engine and the audits: values as plain text, JSON
 * paths, the exact and rounded comparisons, the severity order.
 */
public final class Findings {
    private static final FindingMessages MESSAGES = FindingMessages.standard();
    private static final Severity[] SEVERITIES = Severity.values();

    private Findings() {
    }

    /**
     * Plain decimal text, never exponent notation; exact values are shown to at most 6 places.
     *
     * @param v the value
     * @return the text
     */
    public static String p(BigDecimal v) {
        BigDecimal x = v.scale() > 6 ? v.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros() : v;
        if (x.scale() < 0) {
            x = x.setScale(0);
        }
        return x.toPlainString();
    }

    /** The JSON path of a row's field, built only when a finding needs it. */
    static String at(int row, String field) {
        return "indicators[" + row + "]." + field;
    }

    /** An exact value without trailing zeros (7.5240 → 7.524), never with a negative scale (100 stays 100). */
    static BigDecimal exact(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A declared value matches when it equals the rounded value, or the exact one. */
    static boolean matches(BigDecimal declared, BigDecimal rounded, BigDecimal exact) {
        return declared.compareTo(rounded) == 0 || declared.compareTo(exact) == 0;
    }

    /**
     * The findings in severity order, keeping the order of equal severities: what a stable sort by
     * {@link Finding#severity()} gives, without comparing every pair.
     */
    static List<Finding> bySeverity(List<Finding> findings) {
        int size = findings.size();
        boolean ordered = true;
        for (int i = 1; i < size && ordered; i++) {
            ordered = findings.get(i - 1).severity().compareTo(findings.get(i).severity()) <= 0;
        }
        if (ordered) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(size);
        for (Severity sev : SEVERITIES) {
            for (int i = 0; i < size; i++) {
                Finding f = findings.get(i);
                if (f.severity() == sev) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * {@code TEXT_TOO_LONG} where the text has more than {@code max} code points; the message is
     * {@code TEXT_TOO_LONG.<field>}, {@code {2}} the row (from 1), 0 for the narrative's texts.
     */
    static void tooLong(String text, int max, String path, String field, int row, List<Finding> out) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            out.add(values(FindingCode.TEXT_TOO_LONG, Severity.WARNING, path, String.valueOf(length),
                    String.valueOf(max), "TEXT_TOO_LONG." + field, row));
        }
    }

    static int charCount(List<String> texts) {
        int n = 0;
        for (String t : texts) {
            n += t.length();
        }
        return n;
    }

    /**
     * A finding whose messages are the standard bundle's texts for {@code key} ({@code findings_zh/en.properties}).
     *
     * @param code the code
     * @param sev the severity
     * @param path the JSON path
     * @param declared the declared value, if any
     * @param computed the computed value, if any
     * @param key the messages' key
     * @param args {@code {0}}, {@code {1}} …
     * @return the finding
     */
    static Finding message(FindingCode code, Severity sev, String path, Optional<String> declared,
            Optional<String> computed, String key, Object... args) {
        return MESSAGES.finding(code, sev, path, declared, computed, key, args);
    }

    /**
     * A finding comparing two values, whose messages are the standard bundle's texts for {@code key}: {@code {0}}
     * is the declared value, {@code {1}} the computed one, {@code {2}} … the further arguments.
     *
     * @param code the code
     * @param sev the severity
     * @param path the JSON path
     * @param declared the declared value
     * @param computed the computed value
     * @param key the messages' key
     * @param more {@code {2}}, {@code {3}} …
     * @return the finding
     */
    /**
     * A finding whose messages are the standard bundle's texts for {@code key}: {@code {0}} is the declared value
     * (empty when null), {@code {1}} the computed one (empty when null), {@code {2}} … the further arguments.
     *
     * @param code the code
     * @param sev the severity
     * @param path the JSON path
     * @param declared the declared value, if any
     * @param computed the computed value, if any
     * @param key the messages' key
     * @param more {@code {2}}, {@code {3}} …
     * @return the finding
     */
    static Finding values(FindingCode code, Severity sev, String path, @Nullable String declared,
            @Nullable String computed, String key, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = declared == null ? "" : declared;
        args[1] = computed == null ? "" : computed;
        System.arraycopy(more, 0, args, 2, more.length);
        return MESSAGES.finding(code, sev, path, Optional.ofNullable(declared), Optional.ofNullable(computed), key,
                args);
    }

    static Finding message(FindingCode code, Severity sev, String path, BigDecimal declared, BigDecimal computed,
            String key, Object... more) {
        String d = p(declared);
        String c = p(computed);
        Object[] args = new Object[2 + more.length];
        args[0] = d;
        args[1] = c;
        System.arraycopy(more, 0, args, 2, more.length);
        return MESSAGES.finding(code, sev, path, Optional.of(d), Optional.of(c), key, args);
    }
}
