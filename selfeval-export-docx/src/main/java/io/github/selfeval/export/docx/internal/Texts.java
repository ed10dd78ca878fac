package io.github.selfeval.export.docx.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Numbers and text as the document prints them: the same formats as the PDF exporter's. */
final class Texts {

    private Texts() {
    }

    /** A number as people write it: no exponent, no trailing zeros (18.0 → 18, 3746.68 → 3746.68). */
    static String plain(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }

    static String plain(Optional<BigDecimal> v) {
        return v.map(Texts::plain).orElse("");
    }

    /** The computed value, and the declared one beside it when they differ: 「91.02（填报：91）」. */
    static String withDeclared(BigDecimal computed, Optional<BigDecimal> declared) {
        String c = plain(computed);
        if (declared.isPresent() && declared.get().compareTo(computed) != 0) {
            return c + Labels.declared(plain(declared.get()));
        }
        return c;
    }

    /** 2024-04-15 → 2024年4月15日. */
    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 1 → 一, 11 → 十一, 23 → 二十三, 105 → 一百零五: the numbering of （一） headings. */
    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 0 || n >= 10_000) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        if (n < 100) {
            return "" + digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        if (n < 1000) {
            int rest = n % 100;
            return digits.charAt(n / 100) + "百" + (rest == 0 ? "" : rest < 10 ? "零" + digits.charAt(rest)
                    : rest < 20 ? "一" + chineseNumber(rest) : chineseNumber(rest));
        }
        int rest = n % 1000;
        return digits.charAt(n / 1000) + "千" + (rest == 0 ? "" : rest < 100 ? "零" + (rest >= 10 && rest < 20
                ? "一" + chineseNumber(rest) : chineseNumber(rest)) : chineseNumber(rest));
    }

    /**
     * Removes what XML 1.0 cannot carry and no font draws: control characters other than line breaks
     * (a tab becomes a space), zero-width marks, unpaired surrogates and the non-characters U+FFFE/U+FFFF.
     * Line breaks become {@code \n}.
     */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                b.append(' ');
            } else if (cp == '\n' || !(Character.getType(cp) == Character.CONTROL
                    || Character.getType(cp) == Character.SURROGATE
                    || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** The width of a line in em: CJK and other wide characters 1, ASCII and narrow ones ½. */
    static double widthEm(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += cp < 0x1100 ? 0.5 : 1.0;
        }
        return w;
    }
}
