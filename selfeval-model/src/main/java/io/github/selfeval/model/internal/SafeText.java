package io.github.selfeval.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Refuses, at read time, the characters no exported document can keep: C0 control characters other
 * than tab, line feed and carriage return, lone surrogates, and the non-characters U+FFFE and U+FFFF.
 * XML (every OOXML part) cannot hold them, so a writer would have to change them; selfeval changes no
 * character, so it refuses them where the user can see which field holds one.
 */
public final class SafeText extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    /** The deserializer. */
    public SafeText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String s = StringDeserializer.instance.deserialize(p, ctxt);
        if (s != null) {
            int bad = firstUnsafe(s);
            if (bad >= 0) {
                throw new UnsafeCharacter(p, describe(s, bad));
            }
        }
        return s;
    }

    /**
     * The index of the first character no document can keep.
     *
     * @param s the text
     * @return the index, or -1 when every character is safe
     */
    public static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(String s, int at) {
        char c = s.charAt(at);
        String what = Character.isSurrogate(c) ? "a lone surrogate" : "the control character";
        return "the text holds " + what + " U+" + String.format("%04X", (int) c) + " at character " + (at + 1)
                + ", which no exported document can keep; remove it";
    }

    /** A text with a character no document can keep; {@link JsonCodec} names its path. */
    static final class UnsafeCharacter extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        UnsafeCharacter(JsonParser p, String message) {
            super(p, message);
        }
    }
}
