package io.github.selfeval.export.docx.internal;


/** Text as the document prints it; numbers print through {@code FormNumbers}, the one rule of every writer. */
final class Texts {

    private Texts() {
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
