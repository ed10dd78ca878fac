package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of mixed Chinese and Latin text may break: after any Chinese character, but never
 * before closing punctuation (，。、；：？！）》” …) nor after opening punctuation (（《“ …), the
 * rules of 避头尾 that Chinese typesetting follows; Latin words and numbers such as {@code 3746.68}
 * break only at spaces. Stateless and thread-safe.
 */
final class CjkLineBreaks implements SplitCharacter {

    static final CjkLineBreaks INSTANCE = new CjkLineBreaks();

    /** Characters that must not start a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〗〉”’％…—·,.;:!?)]}%‰℃°～";
    /** Characters that must not end a line. */
    private static final String NO_LINE_END = "（《「『【〔〖〈“‘([{";

    private CjkLineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (ck == null && start == 0 && current == 0 && end == 1 && cc.length == 1 && cc[0] == ' ') {
            // OpenPDF's PdfChunk.split asks this of a lone space to decide whether to prefer the last
            // space of an overflowing line over the last split point found. Our rules already judged
            // each space in place (not after （ or 【), so the override must not apply.
            return false;
        }
        char c = at(current, cc, ck);
        char next = current + 1 < end ? at(current + 1, cc, ck) : 0;
        if (next != 0 && NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (c <= ' ' || c == '\u3000') {
            // A space ends the line only if what precedes it may end one: not after （ or “.
            return current == start || NO_LINE_END.indexOf(at(current - 1, cc, ck)) < 0;
        }
        if (c == '-' || c == '\u2010') {
            return true;
        }
        return isWide(c) || next != 0 && isWide(next);
    }

    private static boolean isWide(char c) {
        return c >= 0x2e80 && c < 0xd7a0 || c >= 0xf900 && c < 0xfb00 || c >= 0xfe30 && c < 0xfe50
                || c >= 0xff01 && c < 0xffa0;
    }

    private static char at(int i, char[] cc, PdfChunk[] ck) {
        if (ck == null) {
            return cc[i];
        }
        return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
}
