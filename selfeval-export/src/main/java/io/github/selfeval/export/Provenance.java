package io.github.selfeval.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a report read from a file came from: its JSON path ({@code indicators[3].actual})
 * mapped to the cell in the user's own file ({@code Sheet1!F12}).
 *
 * <p>A finding names a JSON path; {@link #locate(String)} gives the cell to show beside it — the path's
 * own cell, or the nearest enclosing value's ({@code indicators[3]} is the row). Immutable and
 * thread-safe.
 *
 * @since 0.3
 */
public final class Provenance {

    private static final Provenance NONE = new Provenance(Map.of());

    private final Map<String, SourceLocation> byPath;

    private Provenance(Map<String, SourceLocation> byPath) {
        this.byPath = byPath;
    }

    /**
     * No locations: a report that was not read from a file with cells.
     *
     * @return the empty provenance
     */
    public static Provenance empty() {
        return NONE;
    }

    /**
     * A provenance of the given locations.
     *
     * @param byPath JSON path to location; copied
     * @return the provenance
     */
    public static Provenance of(Map<String, SourceLocation> byPath) {
        Map<String, SourceLocation> copy = new LinkedHashMap<>();
        byPath.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "path"), Objects.requireNonNull(v, "location")));
        return copy.isEmpty() ? NONE : new Provenance(Collections.unmodifiableMap(copy));
    }

    /**
     * A builder, for readers.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The location recorded for exactly this path.
     *
     * @param path a JSON path, e.g. {@code funds.spent}
     * @return the location, or empty
     */
    public Optional<SourceLocation> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * The location of a path or, when it has none of its own, of the nearest enclosing value:
     * {@code indicators[3].weightedScore}, then {@code indicators[3]}, then {@code indicators}.
     *
     * @param path a JSON path as findings and violations name it; {@code $} is the report as a whole
     * @return the location, or empty when neither the path nor an enclosing value was read from a cell
     */
    public Optional<SourceLocation> locate(String path) {
        String p = path.startsWith("$.") ? path.substring(2) : path;
        while (!p.isEmpty() && !"$".equals(p)) {
            SourceLocation l = byPath.get(p);
            if (l != null) {
                return Optional.of(l);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                break;
            }
            p = p.substring(0, cut);
        }
        return Optional.empty();
    }

    /**
     * Every recorded location, in the order the reader recorded them.
     *
     * @return JSON path to location, unmodifiable
     */
    public Map<String, SourceLocation> asMap() {
        return byPath;
    }

    /**
     * Whether nothing was recorded.
     *
     * @return true for {@link #empty()}
     */
    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Provenance other && byPath.equals(other.byPath);
    }

    @Override
    public int hashCode() {
        return byPath.hashCode();
    }

    @Override
    public String toString() {
        return "Provenance" + byPath;
    }

    /** Collects locations as a reader goes. Not thread-safe. */
    public static final class Builder {
        private final Map<String, SourceLocation> byPath = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Records where a value came from; a later call for the same path replaces the earlier one.
         *
         * @param path the value's JSON path
         * @param location its cell
         * @return this builder
         */
        public Builder put(String path, SourceLocation location) {
            byPath.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(location, "location"));
            return this;
        }

        /**
         * The provenance collected.
         *
         * @return the provenance
         */
        public Provenance build() {
            return of(byPath);
        }
    }
}
