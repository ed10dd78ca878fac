package io.github.selfeval.export.markdown.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CommonMark (with GitHub tables) whose user text reads back exactly as given: every character
 * Markdown could take for syntax is backslash-escaped.
 *
 * <p>Not thread-safe; one instance writes one document.
 */
final class Markdown {
    /** A line break with the spaces around it: one table cell or field is one line. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    /** Characters that start or end inline syntax anywhere in a line: code, emphasis, links, HTML, cells. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>|~&!";

    /** An ordered-list marker at the start of a line: {@code 1.} or {@code 1)}. */
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /**
     * Escapes text for use inside a line: a table cell, a heading, a list item's continuation.
     * Line breaks become spaces, since a cell cannot hold one.
     */
    static String inline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        String oneLine = LINE_BREAK.matcher(text.strip()).replaceAll(" ");
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (c == '_' && i > 0 && i + 1 < oneLine.length() && Character.isLetterOrDigit(oneLine.charAt(i - 1))
                    && Character.isLetterOrDigit(oneLine.charAt(i + 1))) {
                // Inside a word an underscore can neither open nor close emphasis: EXECUTION_RATE stays readable.
                sb.append(c);
                continue;
            }
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Escapes one line that starts a block (a paragraph, a list item): besides the inline specials, a
     * leading {@code #}, {@code >}, {@code -}, {@code +}, {@code =} or {@code 1.} would make a heading,
     * quote, list or underline of it.
     */
    static String lineStart(String line) {
        String escaped = inline(line);
        if (escaped.isEmpty()) {
            return escaped;
        }
        char first = escaped.charAt(0);
        if ("#>-+=".indexOf(first) >= 0) {
            return "\\" + escaped;
        }
        return ORDERED_MARKER.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    /** Escapes heading text: also {@code #}, which could close the heading. */
    static String heading(String text) {
        return inline(text).replace("#", "\\#");
    }

    Markdown heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(heading(text)).append("\n\n");
        return this;
    }

    /** A paragraph; its own line breaks are kept as hard breaks. */
    Markdown paragraph(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return this;
        }
        for (int i = 0; i < lines.size(); i++) {
            out.append(lineStart(lines.get(i)));
            out.append(i + 1 < lines.size() ? "\\\n" : "\n\n");
        }
        return this;
    }

    /** A bullet list item {@code - label：value}; the label is trusted, the value is user text. */
    Markdown field(String label, String value) {
        out.append("- ").append(label).append('：').append(inline(value)).append('\n');
        return this;
    }

    /** A numbered list of user text. */
    Markdown numbered(List<String> items) {
        int n = 1;
        for (String item : items) {
            out.append(n++).append(". ").append(lineStart(item)).append('\n');
        }
        return items.isEmpty() ? this : end();
    }

    /** Ends a list or a table: a blank line. */
    Markdown end() {
        out.append('\n');
        return this;
    }

    /** A table header; labels are trusted. */
    Markdown tableHeader(List<String> labels, List<Boolean> numeric) {
        row(labels, false);
        out.append('|');
        for (boolean n : numeric) {
            out.append(n ? " ---: |" : " --- |");
        }
        out.append('\n');
        return this;
    }

    /** A table row of user text. */
    Markdown tableRow(List<String> cells) {
        return row(cells, true);
    }

    private Markdown row(List<String> cells, boolean escape) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(escape ? inline(c) : c).append(" |");
        }
        out.append('\n');
        return this;
    }

    /** A line of raw Markdown or HTML the exporter composed itself. */
    Markdown raw(String markdown) {
        out.append(markdown).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
