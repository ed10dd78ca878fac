package io.github.selfeval.model.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one rule by which the model's enums read their names from text, as people and forms write them:
 * surrounding spaces (also full-width) ignored, full-width letters and symbols read as their ASCII
 * forms (NFKC), Latin letters in any case; a constant matches its printed label(s) and its name.
 */
public final class EnumText {

    private EnumText() {
    }

    /**
     * The constant a text names.
     *
     * @param <E> the enum
     * @param values the enum's constants
     * @param text the text, may be null
     * @param spellings the ways a constant is written besides its name (its label, its id)
     * @return the constant, or empty
     */
    @SafeVarargs
    public static <E extends Enum<E>> Optional<E> find(E[] values, String text, Function<E, String>... spellings) {
        if (text == null) {
            return Optional.empty();
        }
        String t = normalise(text);
        for (E e : values) {
            if (e.name().equalsIgnoreCase(t)) {
                return Optional.of(e);
            }
            for (Function<E, String> s : spellings) {
                String v = s.apply(e);
                if (v != null && normalise(v).equalsIgnoreCase(t)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
