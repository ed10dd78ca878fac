package io.github.selfeval.export.xlsx.internal;

import java.util.regex.Pattern;

/**
 * Display width of text in spreadsheet column units: a CJK (wide or full-width) character takes two
 * units, anything else one.
 *
 * <p>Column widths and row heights are estimated with this instead of POI's {@code autoSizeColumn},
 * which measures with AWT fonts that servers often lack (and that differ between machines, which
 * would make the output machine-dependent).
 */
final class TextWidth {
    private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");

    private TextWidth() {
    }

    /** Whether a code point is displayed double-width in CJK fonts (East Asian Wide / Fullwidth, and ≥ ≤). */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2010 && cp <= 0x2027) // dashes, quotes and … are full-width in 宋体/仿宋
                || (cp >= 0x2190 && cp <= 0x22FF) // arrows and mathematical operators such as ≥ ≤
                || (cp >= 0x2460 && cp <= 0x24FF)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /**
     * How many lines a text needs in a cell {@code units} wide when wrapped: each explicit line is
     * wrapped at the cell's width (a character never splits).
     */
    static int lines(String text, double units) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // One unit of padding: cell margins.
        int usable = (int) Math.max(2, Math.floor(units - 1));
        int lines = 0;
        for (String line : LINES.split(text, -1)) {
            int w = 0;
            int n = 1;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int cw = isWide(cp) ? 2 : 1;
                if (w + cw > usable) {
                    n++;
                    w = 0;
                }
                w += cw;
                i += Character.charCount(cp);
            }
            lines += n;
        }
        return lines;
    }
}
