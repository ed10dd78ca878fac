package io.github.selfeval.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A 年度指标值 or 实际完成值 as written in one cell, and what it says: comparison, number and unit.
 *
 * <p>Most project forms print no separate 符号 or 单位 column, so one cell holds all three:
 * {@code ≥266米} is ≥, 266, 米; {@code =100%} is =, 100, %; {@code 20万元} is no comparison, 20, 万元;
 * {@code 及时} is text with no number. Full-width digits, signs and the full-width percent sign read as
 * their ASCII forms ({@code ≥９５％} is ≥, 95, %). A cell whose number is followed by more than a unit
 * ({@code 完成3个项目}, {@code 95%以上}) is text: the number is only read where the cell is exactly
 * comparison, number and unit. Immutable and thread-safe.
 *
 * @param written the cell as written, never null
 * @param comparison the comparison the cell starts with, if any
 * @param number the number, if the cell is a number with an optional comparison and unit
 * @param unit what follows the number (米, %, 万元, 个工作日), if anything
 * @since 0.2
 */
public record WrittenValue(String written, Optional<Comparison> comparison, Optional<BigDecimal> number,
        Optional<String> unit) {

    /** The longest unit read after a number: longer text is a sentence, not a unit. */
    private static final int MAX_UNIT_LENGTH = 8;

    /**
     * Checks the arguments.
     *
     * @param written the cell as written, never null
     * @param comparison the comparison the cell starts with, if any
     * @param number the number, if the cell is a number with an optional comparison and unit
     * @param unit what follows the number, if anything
     */
    public WrittenValue {
        Objects.requireNonNull(written, "written");
        comparison = Checks.opt(comparison);
        number = Checks.opt(number);
        unit = Checks.text(unit);
    }

    /**
     * Reads a cell as written.
     *
     * @param written the cell's text, never null
     * @return what it says; a text cell gives a value with no number, never null
     */
    public static WrittenValue parse(String written) {
        Objects.requireNonNull(written, "written");
        String t = ascii(written).strip();
        Optional<Comparison> cmp = Optional.empty();
        for (String sign : new String[] {">=", "<=", "≥", "≤", ">", "<", "="}) {
            if (t.startsWith(sign)) {
                cmp = Optional.of(Comparison.of(sign));
                t = t.substring(sign.length()).strip();
                break;
            }
        }
        int end = numberEnd(t);
        if (end == 0) {
            return new WrittenValue(written, cmp, Optional.empty(), Optional.empty());
        }
        String digits = t.substring(0, end).replace(",", "");
        String rest = t.substring(end).strip();
        if (rest.length() > MAX_UNIT_LENGTH || !isUnit(rest)) {
            return new WrittenValue(written, cmp, Optional.empty(), Optional.empty());
        }
        BigDecimal n;
        try {
            n = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return new WrittenValue(written, cmp, Optional.empty(), Optional.empty());
        }
        return new WrittenValue(written, cmp, Optional.of(n), rest.isEmpty() ? Optional.empty() : Optional.of(rest));
    }

    /** Whether the text after a number reads as a unit: no digits, no sentence punctuation. */
    private static boolean isUnit(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (Character.isDigit(c) || "，。；;,、:：（）()".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                return false;
            }
        }
        // 以上 / 以下 / 左右 make a comparison in words: not a unit.
        return !(rest.endsWith("以上") || rest.endsWith("以下") || rest.endsWith("左右") || rest.endsWith("以内"));
    }

    /** The length of the decimal number at the start of {@code t}: sign, digits, separators, one point. */
    private static int numberEnd(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        while (i < n) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == ',' && digits > 0 && !point) {
                // a thousands separator only between digits
                if (i + 1 >= n || t.charAt(i + 1) < '0' || t.charAt(i + 1) > '9') {
                    break;
                }
            } else if (c == '.' && !point && i + 1 < n && t.charAt(i + 1) >= '0' && t.charAt(i + 1) <= '9') {
                point = true;
            } else {
                break;
            }
            i++;
            if (digits > 40) {
                return 0; // no form prints such a number; refuse rather than build a huge BigDecimal
            }
        }
        return digits == 0 ? 0 : i;
    }

    /** Full-width digits, signs and punctuation as their ASCII forms; ≧ ≦ as ≥ ≤. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '％') {
                b.append('%');
            } else if (c == '．') {
                b.append('.');
            } else if (c == '，' && i > 0 && i + 1 < s.length() && isDigitAt(s, i - 1) && isDigitAt(s, i + 1)) {
                b.append(',');
            } else if (c == '＞') {
                b.append('>');
            } else if (c == '＜') {
                b.append('<');
            } else if (c == '＝') {
                b.append('=');
            } else if (c == '≧') {
                b.append('≥');
            } else if (c == '≦') {
                b.append('≤');
            } else if (c == '＋') {
                b.append('+');
            } else if (c == '－') {
                b.append('-');
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isDigitAt(String s, int i) {
        char c = s.charAt(i);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /**
     * Whether the number is a percentage ({@code %} as unit).
     *
     * @return true for {@code 95%}
     */
    public boolean isPercent() {
        return unit.map("%"::equals).orElse(false);
    }
}
