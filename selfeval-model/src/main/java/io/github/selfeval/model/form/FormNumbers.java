package io.github.selfeval.model.form;

import io.github.selfeval.model.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How every document selfeval writes prints a number: one rule for all writers, so that the PDF, the
 * workbook, the Word document and Markdown show the same text for the same value.
 *
 * <p>Numbers print in plain decimal notation without trailing zeros ({@code 91.00} prints {@code 91},
 * {@code 7.50} prints {@code 7.5}, never {@code 1E+2}); a blank prints as the empty string. Chinese
 * numerals count the （一） headings. Thread-safe.
 *
 * @since 0.2
 */
public final class FormNumbers {
    private static final String DIGITS = "零一二三四五六七八九";

    private FormNumbers() {
    }

    /**
     * A number as printed on a form.
     *
     * @param value the value, never null
     * @return e.g. {@code 91.02}, {@code 100}, {@code 0}
     */
    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * A number that may be blank.
     *
     * @param value the value, or empty for a blank cell
     * @return the printed number, or the empty string
     */
    public static String plain(Optional<BigDecimal> value) {
        return value.map(FormNumbers::plain).orElse("");
    }

    /**
     * A percentage's number of points, as the 执行率 and 预算执行进度(%) cells print it (no sign: the
     * column's label carries the %).
     *
     * @param value the percent
     * @return e.g. {@code 75.24}
     */
    public static String points(Percent value) {
        return plain(value.points());
    }

    /**
     * A percentage with its sign, for text: {@code 75.24%}.
     *
     * @param value the percent
     * @return e.g. {@code 75.24%}
     */
    public static String percent(Percent value) {
        return plain(value.points()) + "%";
    }

    /**
     * A computed value, with the declared one beside it where they differ: {@code 91.02（填报：91）}.
     * A declared value that equals the computed one prints once; with no computed value, the declared
     * one prints alone.
     *
     * @param computed the computed value, if any
     * @param declared the declared value, if any
     * @return the text, empty when both are blank
     */
    public static String withDeclared(Optional<BigDecimal> computed, Optional<BigDecimal> declared) {
        if (computed.isEmpty()) {
            return plain(declared);
        }
        String c = plain(computed.get());
        if (declared.isPresent() && declared.get().compareTo(computed.get()) != 0) {
            return c + declaredNote(plain(declared.get()));
        }
        return c;
    }

    /**
     * The note that shows a declared value beside a computed one: {@code （填报：91）}.
     *
     * @param declared the declared value as printed
     * @return the note
     */
    public static String declaredNote(String declared) {
        return "（填报：" + declared + "）";
    }

    /**
     * A computed value shown where the form left the declared one blank, marked as computed: {@code 10（计算）}.
     *
     * @param computed the computed value
     * @return the text
     */
    public static String computed(BigDecimal computed) {
        return plain(computed) + computedNote();
    }

    /**
     * The note that marks a value as computed rather than declared: {@code （计算）}.
     *
     * @return the note
     */
    public static String computedNote() {
        return "（计算）";
    }

    /**
     * A Chinese numeral: 1 → 一, 11 → 十一, 23 → 二十三, 105 → 一百零五, 1010 → 一千零一十.
     *
     * @param n the number; outside 0–9999 it prints in digits
     * @return the numeral
     */
    public static String chinese(int n) {
        if (n < 0 || n >= 10_000) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return "" + DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 1000) {
            int rest = n % 100;
            return DIGITS.charAt(n / 100) + "百" + (rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest)
                    : rest < 20 ? "一" + chinese(rest) : chinese(rest));
        }
        int rest = n % 1000;
        return DIGITS.charAt(n / 1000) + "千" + (rest == 0 ? "" : rest < 100 ? "零" + (rest >= 10 && rest < 20
                ? "一" + chinese(rest) : chinese(rest)) : chinese(rest));
    }

    /**
     * An exact value shown for reading: at most six places, half-up, without trailing zeros. A rule-scored
     * row's exact share can run to 34 digits (37.24 / 43.2); no one reads those.
     *
     * @param value the exact value
     * @return e.g. {@code 97.24037} for 97.2403703703…
     * @since 0.2
     */
    public static String exact(BigDecimal value) {
        return plain(value.scale() > 6 ? value.setScale(6, java.math.RoundingMode.HALF_UP) : value);
    }

    /**
     * A date as the cover and the 填报日期 print it: {@code 2024年4月15日}.
     *
     * @param date the date
     * @return the text
     */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A computed value shown beside or instead of a declared one: the computed value alone where the
     * two are equal, {@link #withDeclared} where they differ, {@link #computed} where the declared one is
     * blank, and the declared one alone where nothing was computed.
     *
     * @param computed the computed value, if any
     * @param declared the declared value, if any
     * @return the text, empty when both are blank
     * @since 0.2
     */
    public static String shown(Optional<BigDecimal> computed, Optional<BigDecimal> declared) {
        if (computed.isPresent() && declared.isEmpty()) {
            return computed(computed.get());
        }
        return withDeclared(computed, declared);
    }
}
