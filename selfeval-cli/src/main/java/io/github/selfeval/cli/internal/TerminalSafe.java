package io.github.selfeval.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that shows control characters instead of sending them to the terminal: file names, indicator
 * names and messages quoting them may hold ANSI/OSC escape sequences (which recolour, retitle or rewrite
 * the terminal) or bidirectional overrides (which make two different names look alike).
 *
 * <p>Each such character is written as {@code \}{@code uXXXX}, which reads as what it is in a message and
 * is the same character inside a JSON string, so {@code score --format json} stays valid JSON. Line
 * breaks, carriage returns (the progress bar) and tabs pass.
 */
final class TerminalSafe extends FilterWriter {

    TerminalSafe(Writer out) {
        super(out);
    }

    /**
     * Whether a character is shown escaped.
     *
     * @param c the character
     * @return true for C0 controls but line feed, carriage return and tab; DEL; C1 controls; bidi controls
     */
    static boolean escaped(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\r' && c != '\t';
        }
        return c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * The text with every {@linkplain #escaped(char) escaped} character written as {@code \}{@code uXXXX}.
     *
     * @param s the text
     * @return the safe text
     */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (escaped(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (escaped((char) c)) {
            out.write(escape(String.valueOf((char) c)));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        String part = str.substring(off, off + len);
        String safe = escape(part);
        out.write(safe, 0, safe.length());
    }
}
