package io.github.selfeval.export.docx.internal;

/**
 * Reads the prolog of an XML part — everything before its root element — a byte at a time, as the
 * bytes pass, and says whether it declares a DTD ({@code <!DOCTYPE}, and with it any {@code <!ENTITY}).
 *
 * <p>A DTD can only stand in the prolog, so once the root element starts the part is known to have
 * none. Comments and processing instructions are skipped however long they are (a DTD hidden after a
 * 70 KB comment is still found). The encoding is told from the first bytes as the XML specification's
 * appendix F does: UTF-8 (with or without its byte-order mark), UTF-16 and UTF-32 in either byte order,
 * with or without a byte-order mark; only the ASCII characters of markup are looked at, so the
 * characters of comments in any script are skipped unread. Not thread-safe: one per part.
 */
final class XmlProlog {

    /** What the prolog turned out to be. */
    enum Verdict {
        /** Not decided yet: still in the prolog. */
        OPEN,
        /** The root element started and no DTD came before it. */
        SAFE,
        /** A {@code <!DOCTYPE} (or another {@code <!} declaration) stands before the root element. */
        DTD,
        /** Something that is not XML markup stands before the root element. */
        NOT_XML
    }

    private enum State { START, TEXT, LT, BANG, BANG_DASH, COMMENT, COMMENT_DASH, COMMENT_DASH_DASH, PI, PI_QUESTION }

    /** Bytes per code unit (1, 2 or 4) and byte order; decided from the first four bytes. */
    private int width;
    private boolean bigEndian;
    private final byte[] first = new byte[4];
    private int firstCount;
    private int unit;
    private int unitBytes;
    private State state = State.START;
    private Verdict verdict = Verdict.OPEN;

    XmlProlog() {
    }

    /** The verdict so far. */
    Verdict verdict() {
        return verdict;
    }

    /** Feeds bytes; cheap once decided. */
    void feed(byte[] b, int off, int len) {
        for (int i = off; i < off + len && verdict == Verdict.OPEN; i++) {
            feed(b[i]);
        }
    }

    /** The part ended: an undecided prolog (an empty part, or one that is all comment) is not XML. */
    Verdict end() {
        if (verdict == Verdict.OPEN) {
            if (width == 0 && firstCount > 0) {
                decideWidth();
                int n = firstCount;
                firstCount = 0;
                for (int i = 0; i < n && verdict == Verdict.OPEN; i++) {
                    feedUnitByte(first[i]);
                }
            }
            if (verdict == Verdict.OPEN) {
                verdict = Verdict.NOT_XML;
            }
        }
        return verdict;
    }

    private void feed(byte b) {
        if (width == 0) {
            first[firstCount++] = b;
            if (firstCount < 4) {
                return;
            }
            decideWidth();
            int n = firstCount;
            firstCount = 0;
            for (int i = 0; i < n && verdict == Verdict.OPEN; i++) {
                feedUnitByte(first[i]);
            }
            return;
        }
        feedUnitByte(b);
    }

    /** Appendix F: byte-order marks, then the patterns of {@code <} or whitespace in each encoding. */
    private void decideWidth() {
        int b0 = firstCount > 0 ? first[0] & 0xff : -1;
        int b1 = firstCount > 1 ? first[1] & 0xff : -1;
        int b2 = firstCount > 2 ? first[2] & 0xff : -1;
        int b3 = firstCount > 3 ? first[3] & 0xff : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
            width = 4;
            bigEndian = true;
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            width = 4;
            bigEndian = false;
        } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 != 0) {
            width = 2;
            bigEndian = true;
        } else if (b0 == 0xFF && b1 == 0xFE || b0 != 0 && b1 == 0) {
            width = 2;
            bigEndian = false;
        } else {
            width = 1;
        }
    }

    private void feedUnitByte(byte b) {
        int v = b & 0xff;
        unit = bigEndian ? (unit << 8) | v : unit | (v << (8 * unitBytes));
        if (++unitBytes < width) {
            return;
        }
        int c = unit;
        unit = 0;
        unitBytes = 0;
        step(c);
    }

    private static boolean space(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private void step(int c) {
        switch (state) {
            case START -> {
                // A byte-order mark: U+FEFF in any width, or UTF-8's EF BB BF.
                if (c == 0xFEFF || c == 0xEF || c == 0xBB || c == 0xBF) {
                    return;
                }
                state = State.TEXT;
                step(c);
            }
            case TEXT -> {
                if (c == '<') {
                    state = State.LT;
                } else if (!space(c)) {
                    verdict = Verdict.NOT_XML;
                }
            }
            case LT -> {
                if (c == '?') {
                    state = State.PI;
                } else if (c == '!') {
                    state = State.BANG;
                } else {
                    verdict = Verdict.SAFE;
                }
            }
            case BANG -> {
                if (c == '-') {
                    state = State.BANG_DASH;
                } else {
                    verdict = Verdict.DTD;
                }
            }
            case BANG_DASH -> {
                if (c == '-') {
                    state = State.COMMENT;
                } else {
                    verdict = Verdict.DTD;
                }
            }
            case COMMENT -> {
                if (c == '-') {
                    state = State.COMMENT_DASH;
                }
            }
            case COMMENT_DASH -> state = c == '-' ? State.COMMENT_DASH_DASH : State.COMMENT;
            case COMMENT_DASH_DASH -> {
                if (c == '>') {
                    state = State.TEXT;
                } else if (c != '-') {
                    state = State.COMMENT;
                }
            }
            case PI -> {
                if (c == '?') {
                    state = State.PI_QUESTION;
                }
            }
            case PI_QUESTION -> {
                if (c == '>') {
                    state = State.TEXT;
                } else if (c != '?') {
                    state = State.PI;
                }
            }
            default -> throw new IllegalStateException();
        }
    }
}
