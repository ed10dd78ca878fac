package io.github.selfeval.export.docx.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph style's heading level from its name, the same for both formats: Word's built-in
 * {@code heading 1} … {@code heading 9} (as Word writes them, whatever the language it shows them in),
 * the ids {@code Heading1} LibreOffice writes, and the Chinese names WPS and others write,
 * {@code 标题 1} / {@code 标题1}. {@code Title} and {@code 标题} alone (the document title) are not
 * headings. Outline levels in the files are 0-based (0 is a first-level heading, 9 body text); here
 * they are 1-based and 0 is body text.
 */
final class Headings {

    private static final Pattern NAMED = Pattern.compile("(?:heading|标题)\\s*([1-9])");

    private Headings() {
    }

    /** The level a style's name gives, or 0. */
    static int fromStyleName(String name) {
        if (name == null) {
            return 0;
        }
        Matcher m = NAMED.matcher(name.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A file's 0-based outline level (0–8; 9 and others are body text) as a heading level, or 0. */
    static int fromOutlineLevel(long level) {
        return level >= 0 && level <= 8 ? (int) level + 1 : 0;
    }
}
