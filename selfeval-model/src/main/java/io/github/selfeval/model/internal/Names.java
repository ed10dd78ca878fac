package io.github.selfeval.model.internal;

import java.text.Normalizer;

/**
 * How indicator names compare: after Unicode NFKC normalisation, without format characters
 * (zero-width spaces and joiners, bidirectional controls) and outer white space. So 群众满意度 and
 * 群众满意度 followed by a zero-width space are one name, as they look.
 */
public final class Names {
    private Names() {
    }

    /**
     * The comparison key of a name.
     *
     * @param name the name as written
     * @return the key, never null
     */
    public static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (hasFormatCharacter(n)) {
            StringBuilder b = new StringBuilder(n.length());
            n.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(b::appendCodePoint);
            n = b.toString();
        }
        return n.strip();
    }

    /**
     * Whether a text holds a format character (U+200B zero-width space, U+202E right-to-left override …),
     * which changes what a reader sees or compares without showing itself.
     *
     * @param text the text
     * @return true when it holds one
     */
    public static boolean hasFormatCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Below U+00AD (the first format character) and in the CJK ideographs (all letters) there is none:
            // most of a form's text is decided without the Unicode tables.
            if (c >= '\u00ad' && (c < '\u3400' || c >= '\ua000') && Character.getType(c) == Character.FORMAT) {
                return true;
            }
        }
        return false;
    }
}
