package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.SourceLocation;

/**
 * The text of a paragraph or cell as it is collected, refused as soon as it passes
 * {@code maxTextLength}: a long text is never built whole before it is measured. Lines (paragraphs of
 * a cell) are joined with {@code \n}. Not thread-safe.
 */
final class BoundedText {
    private final StringBuilder sb = new StringBuilder();
    private final int max;
    private final SourceLocation location;
    private final String what;
    private boolean pendingLine;

    BoundedText(int max, SourceLocation location, String what) {
        this.max = max;
        this.location = location;
        this.what = what;
    }

    /** Appends text to the current line. */
    BoundedText append(CharSequence s) {
        if (s.length() == 0) {
            return this;
        }
        if (pendingLine) {
            sb.append('\n');
            pendingLine = false;
        }
        if ((long) sb.length() + s.length() > max) {
            throw new ReadException(ReadException.TOO_LARGE, location, "the " + what + " holds more than " + max
                    + " characters; at most " + max + " are read", null);
        }
        sb.append(s);
        return this;
    }

    /** Ends the current line if it has text: the next text starts a new one. */
    void endLine() {
        if (sb.length() > 0) {
            pendingLine = true;
        }
    }

    /** The text, without leading and trailing whitespace. */
    String text() {
        return sb.toString().strip();
    }
}
