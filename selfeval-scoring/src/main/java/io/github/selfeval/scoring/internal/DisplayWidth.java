package io.github.selfeval.scoring.internal;

/** Terminal display width: East Asian wide and fullwidth characters take two columns. */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /**
     * The number of terminal columns a string takes.
     *
     * @param s the string
     * @return its width
     */
    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The width of one code point: 0 for combining marks and controls, 2 for wide, else 1.
     *
     * @param cp the code point
     * @return 0, 1 or 2
     */
    public static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.CONTROL
                || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /**
     * Pads a string with spaces to a display width.
     *
     * @param s the string
     * @param width the width
     * @param right whether to align right
     * @return the padded string
     */
    public static String pad(String s, int width, boolean right) {
        int missing = width - of(s);
        if (missing <= 0) {
            return s;
        }
        String spaces = " ".repeat(missing);
        return right ? spaces + s : s + spaces;
    }
}
