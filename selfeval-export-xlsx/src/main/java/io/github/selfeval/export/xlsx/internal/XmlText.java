package io.github.selfeval.export.xlsx.internal;

import java.io.IOException;
import java.io.Writer;

/** Text content and attribute values for the XML parts selfeval writes itself. */
final class XmlText {
    private XmlText() {
    }

    /**
     * Whether a text needs {@code xml:space="preserve"}: it starts or ends with white space (which a reader
     * would otherwise be allowed to drop).
     */
    static boolean preserves(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    /**
     * Writes a text escaped for element content or a quoted attribute value. Characters XML 1.0 cannot
     * carry (control characters other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired
     * surrogates) become {@code ?}, as POI's own sheet writer does.
     */
    static void escape(String s, Writer w) throws IOException {
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '<' -> rep = "&lt;";
                case '>' -> rep = "&gt;";
                case '&' -> rep = "&amp;";
                case '"' -> rep = "&quot;";
                case '\r' -> rep = "&#xd;";
                case '\n' -> rep = "&#xa;";
                case '\t' -> rep = "&#x9;";
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        rep = "?";
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            i++;
                            continue;
                        }
                        rep = "?";
                    } else if (Character.isLowSurrogate(c)) {
                        rep = "?";
                    } else {
                        continue;
                    }
                }
            }
            w.write(s, from, i - from);
            w.write(rep);
            from = i + 1;
        }
        w.write(s, from, n - from);
    }
}
