package io.github.selfeval.export;

import io.github.selfeval.model.internal.IoErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A font file supplied by the user: a path, or bytes with a name to report it by.
 *
 * <p>TrueType ({@code .ttf}) and TrueType collections ({@code .ttc}, first face unless an index is
 * given). Immutable and thread-safe (bytes are copied in and out).
 *
 * @since 0.1
 */
public final class FontSource {
    private final String name;
    private final Path path;
    private final byte[] bytes;
    private final int collectionIndex;
    /** Computed once: a font's bytes can be megabytes, and sources are map keys per export. */
    private final int hash;

    private FontSource(String name, Path path, byte[] bytes, int collectionIndex) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.bytes = bytes;
        if (collectionIndex < 0) {
            throw new IllegalArgumentException("collectionIndex must be >= 0, was " + collectionIndex);
        }
        this.collectionIndex = collectionIndex;
        this.hash = Objects.hash(name, path, Arrays.hashCode(bytes), collectionIndex);
    }

    /**
     * A font read from a file when it is used.
     *
     * @param path the .ttf or .ttc file
     * @return the source
     */
    public static FontSource of(Path path) {
        Objects.requireNonNull(path, "path");
        return new FontSource(path.toString(), path, null, 0);
    }

    /**
     * A face of a TrueType collection read from a file when it is used.
     *
     * @param path the .ttc file
     * @param collectionIndex the face, from 0
     * @return the source
     */
    public static FontSource of(Path path, int collectionIndex) {
        Objects.requireNonNull(path, "path");
        return new FontSource(path.toString() + "," + collectionIndex, path, null, collectionIndex);
    }

    /**
     * A font held in memory.
     *
     * @param name a name to report the font by in errors, e.g. {@code simfang.ttf}
     * @param bytes the font file's bytes (copied)
     * @return the source
     */
    public static FontSource of(String name, byte[] bytes) {
        return new FontSource(name, null, bytes.clone(), 0);
    }

    /**
     * The name errors report the font by: the path, or the given name.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * The face to use in a TrueType collection.
     *
     * @return the index, from 0
     */
    public int collectionIndex() {
        return collectionIndex;
    }

    /**
     * The font file's bytes.
     *
     * @return a copy of the bytes, never null
     * @throws UncheckedIOException if the file cannot be read
     */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes.clone();
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name + ": " + IoErrors.reason(e), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FontSource f && name.equals(f.name) && Objects.equals(path, f.path)
                && Arrays.equals(bytes, f.bytes) && collectionIndex == f.collectionIndex;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "FontSource[" + name + "]";
    }
}
