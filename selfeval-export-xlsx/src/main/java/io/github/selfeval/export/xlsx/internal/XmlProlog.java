package io.github.selfeval.export.xlsx.internal;

/**
 * Watches the bytes of one zip entry, as they are inflated, for a DTD: an entry that starts like XML
 * (in UTF-8, or UTF-16 with or without a byte order mark) is followed through its prolog — the XML
 * declaration, processing instructions, comments of any length — up to its root element; a
 * {@code <!DOCTYPE} (or any other {@code <!} that is not a comment) before it is unsafe. XML in an
 * encoding workbooks never use (UTF-32, EBCDIC) is unsafe too: the check could not read it.
 *
 * <p>A DTD can only stand in the prolog, so nothing after the root element's start is looked at; the
 * cost is one pass over the prolog, however long its comments are. Not thread-safe: one per entry.
 */
final class XmlProlog {

    /** What is known so far. */
    enum Verdict {
        /** Still in the prolog, or the encoding is not yet known. */
        UNDECIDED,
        /** Not XML (an image, a binary part), or the root element was reached without a DTD. */
        SAFE,
        /** A DTD, or an encoding that cannot be checked. */
        UNSAFE
    }

    private enum Encoding { UTF8, UTF16LE, UTF16BE }

    private enum State { TEXT, LT, BANG, COMMENT, PI }

    private final byte[] start = new byte[4];
    private int startLength;
    private Encoding encoding;
    private int pendingByte = -1;
    private State state = State.TEXT;
    /** Characters seen after {@code <!} (to tell a comment from a DOCTYPE), or the tail of a comment or PI. */
    private final StringBuilder window = new StringBuilder();
    private Verdict verdict = Verdict.UNDECIDED;
    private String reason = "";

    Verdict verdict() {
        return verdict;
    }

    /** Why the entry is unsafe. */
    String reason() {
        return reason;
    }

    /** Feeds the next bytes of the entry. */
    void feed(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (verdict == Verdict.UNDECIDED && i < end) {
            if (encoding == null) {
                start[startLength++] = b[i++];
                if (startLength == start.length) {
                    detect();
                }
                continue;
            }
            if (encoding == Encoding.UTF8) {
                step((char) (b[i++] & 0xff));
            } else if (pendingByte < 0) {
                pendingByte = b[i++] & 0xff;
            } else {
                int lo = encoding == Encoding.UTF16LE ? pendingByte : b[i] & 0xff;
                int hi = encoding == Encoding.UTF16LE ? b[i] & 0xff : pendingByte;
                i++;
                pendingByte = -1;
                step((char) (hi << 8 | lo));
            }
        }
    }

    /** The entry ended. */
    void finish() {
        if (verdict == Verdict.UNDECIDED && encoding == null && startLength > 0) {
            // Fewer than four bytes: too short for a DTD.
            verdict = Verdict.SAFE;
        }
        if (verdict == Verdict.UNDECIDED) {
            verdict = Verdict.SAFE;
        }
    }

    private void detect() {
        int b0 = start[0] & 0xff;
        int b1 = start[1] & 0xff;
        int b2 = start[2] & 0xff;
        int b3 = start[3] & 0xff;
        int skip;
        if ((b0 == 0 && b1 == 0 && (b2 == 0xFE || b2 == 0 && b3 == '<')) || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)
                || (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0)) {
            unsafe("the XML is in UTF-32, which workbooks never use and which cannot be checked for a DTD");
            return;
        }
        if (b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
            unsafe("the XML is in EBCDIC, which workbooks never use and which cannot be checked for a DTD");
            return;
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            encoding = Encoding.UTF8;
            skip = 3;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            encoding = Encoding.UTF16BE;
            skip = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            encoding = Encoding.UTF16LE;
            skip = 2;
        } else if (b1 == 0 && b3 == 0 && b0 != 0 && isXmlStart(b0)) {
            encoding = Encoding.UTF16LE;
            skip = 0;
        } else if (b0 == 0 && b2 == 0 && b1 != 0 && isXmlStart(b1)) {
            encoding = Encoding.UTF16BE;
            skip = 0;
        } else if (isXmlStart(b0)) {
            encoding = Encoding.UTF8;
            skip = 0;
        } else {
            verdict = Verdict.SAFE;
            return;
        }
        byte[] rest = java.util.Arrays.copyOfRange(start, skip, start.length);
        feed(rest, 0, rest.length);
    }

    private static boolean isXmlStart(int b) {
        return b == '<' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private void step(char ch) {
        switch (state) {
            case TEXT -> {
                if (ch == '<') {
                    state = State.LT;
                } else if (!(ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')) {
                    // Content before the root element: not well-formed, so no parser reads on to a DTD.
                    verdict = Verdict.SAFE;
                }
            }
            case LT -> {
                if (ch == '?') {
                    state = State.PI;
                    window.setLength(0);
                } else if (ch == '!') {
                    state = State.BANG;
                    window.setLength(0);
                } else {
                    verdict = Verdict.SAFE;
                }
            }
            case BANG -> {
                window.append(ch);
                if (window.length() == 2) {
                    if (window.toString().equals("--")) {
                        state = State.COMMENT;
                        window.setLength(0);
                    } else {
                        unsafe("the XML declares a DTD (<!DOCTYPE or <!ENTITY); workbooks never need one");
                    }
                }
            }
            case COMMENT -> {
                if (tail(ch, "-->")) {
                    state = State.TEXT;
                }
            }
            case PI -> {
                if (tail(ch, "?>")) {
                    state = State.TEXT;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** Keeps the last few characters and says whether they end with {@code end}. */
    private boolean tail(char ch, String end) {
        window.append(ch);
        if (window.length() > end.length()) {
            window.deleteCharAt(0);
        }
        if (window.toString().equals(end)) {
            window.setLength(0);
            return true;
        }
        return false;
    }

    private void unsafe(String why) {
        verdict = Verdict.UNSAFE;
        reason = why;
    }
}
