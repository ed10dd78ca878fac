package io.github.selfeval.export.internal.labels;

import io.github.selfeval.export.read.FormGrid;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people write them in a form's cells: a number cell's value, or text with thousands
 * separators, full-width digits, a {@code %}, a unit ({@code 万元}, {@code 元}, {@code 分}), and the notes
 * selfeval's own documents print beside a computed value ({@code 91.02（填报：91）}, {@code 10（计算）}).
 */
final class Numbers {

    /**
     * A number read from a cell.
     *
     * @param value the number as written (a percent cell's or {@code 86%}'s value in percent points when
     *     {@code percent})
     * @param percent whether the cell showed a percentage
     */
    record Num(BigDecimal value, boolean percent) {
    }

    /** What a cell held. */
    sealed interface Read permits Blank, Value, NotANumber {
    }

    /** Nothing, or a not-applicable mark. */
    record Blank() implements Read {
    }

    /** A number. */
    record Value(Num num) implements Read {
    }

    /** Text that is no number. */
    record NotANumber(String text) implements Read {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(%|万元|元|分|个|人|次)?");
    private static final Pattern DECLARED = Pattern.compile("(.+?)\\(填报:(.+)\\)");
    private static final Pattern COMPUTED = Pattern.compile("(.+?)\\(计算\\)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");

    private Numbers() {
    }

    /** Whether a text is blank or a not-applicable mark: —, /, -, 无. */
    static boolean blankOrMark(String text, String notApplicable) {
        String t = ascii(text).strip();
        return t.isEmpty() || t.equals(notApplicable) || t.equals("—") || t.equals("/") || t.equals("-")
                || t.equals("——") || t.equals("－") || t.equals("……") || t.equals("…") || t.equals("...");
    }

    /** Full-width digits and punctuation as ASCII, white space removed. */
    static String ascii(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '，') {
                b.append(',');
            } else if (c == '％') {
                b.append('%');
            } else if (c == '（') {
                b.append('(');
            } else if (c == '）') {
                b.append(')');
            } else if (c == '：') {
                b.append(':');
            } else if (c == '－') {
                b.append('-');
            } else if (c == '＋') {
                b.append('+');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Reads a cell as a number.
     *
     * @param cell the cell
     * @param notApplicable the form's not-applicable mark
     * @return blank, the number, or the text that is none
     */
    static Read read(FormGrid.Cell cell, String notApplicable) {
        if (cell.number().isPresent()) {
            BigDecimal v = cell.number().get();
            return new Value(cell.percent() ? new Num(v.movePointRight(2), true) : new Num(v, false));
        }
        String text = cell.text();
        if (blankOrMark(text, notApplicable)) {
            return new Blank();
        }
        String t = ascii(text);
        if (t.length() > 60) {
            return new NotANumber(text);
        }
        Matcher d = DECLARED.matcher(t);
        if (d.matches()) {
            t = d.group(2);
        } else {
            Matcher c = COMPUTED.matcher(t);
            if (c.matches()) {
                return new Blank();
            }
        }
        t = THOUSANDS.matcher(t).replaceAll("");
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return new NotANumber(text);
        }
        try {
            return new Value(new Num(new BigDecimal(m.group(1)), "%".equals(m.group(2))));
        } catch (NumberFormatException e) {
            return new NotANumber(text);
        }
    }

    /** A date as forms write it: 2024年4月15日, 2024-04-15, 2024/4/15, 2024.4.15. */
    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(ascii(text));
        return m.matches() ? dateOf(m) : Optional.empty();
    }

    /** A date somewhere in a text (the cover's 2024 年 4 月 15 日). */
    static Optional<LocalDate> dateIn(String text) {
        Matcher m = DATE.matcher(ascii(text));
        return m.find() ? dateOf(m) : Optional.empty();
    }

    /** The year, month and day a {@link #DATE} match found, if they make a date (not 2024年2月30日). */
    private static Optional<LocalDate> dateOf(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
