package io.github.selfeval.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the records' compact constructors. */
final class Checks {
    private Checks() {
    }

    /** A JSON field that was absent arrives as null; the model holds {@code Optional.empty()} instead. */
    static <T> Optional<T> opt(@Nullable Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** Absent lists become empty; present ones are copied, and a null element is rejected by name. */
    static <T> List<T> list(@Nullable List<T> value, String name) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            Objects.requireNonNull(value.get(i), () -> name + "[" + value.indexOf(null) + "]");
        }
        return List.copyOf(value);
    }

    /** Blank optional text is the same as absent text: a blank cell on the form. */
    static Optional<String> text(@Nullable Optional<String> value) {
        return opt(value).filter(s -> !s.isBlank());
    }
}
