package io.github.selfeval.export;

import io.github.selfeval.model.internal.IoErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A font file supplied by the user: a path, or bytes with a name to report it by.
 *
 * <p>TrueType ({@code .ttf}) and TrueType collections ({@code .ttc}, first face unless an index is
 * given). Immutable and thread-safe (bytes are copied in and out).
 *
 * @since 0.1
 */
public final class FontSource {
    /**
     * The largest font file read, in bytes (64 MiB): the biggest CJK TrueType collections are about a
     * third of that, and a larger file would be held in memory whole, several times over, by the PDF
     * library.
     *
     * @since 0.2
     */
    public static final long MAX_BYTES = 64L << 20;

    private final String name;
    private final @Nullable Path path;
    private final byte @Nullable [] bytes;
    private final int collectionIndex;
    /** Computed once: a font's bytes can be megabytes, and sources are map keys per export. */
    private final int hash;

    private FontSource(String name, @Nullable Path path, byte @Nullable [] bytes, int collectionIndex) {
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
     * <p>A file is checked before it is read: it must be a regular file (not a pipe or device), at most
     * {@link #MAX_BYTES} long, and begin as a TrueType font, collection or OpenType font does.
     *
     * @return a copy of the bytes, never null
     * @throws UncheckedIOException if the file cannot be read or fails those checks (the cause is then an
     *     {@link Unusable} naming the reason)
     */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes.clone();
        }
        try {
            // Checked before anything is read: a pipe or device would block or never end, and a huge file
            // would be read whole only to be refused.
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                throw unusable(attrs.isDirectory() ? "a directory, not a font file"
                        : "not a regular file (a pipe, socket or device); give the path of a .ttf or .ttc file");
            }
            if (attrs.size() > MAX_BYTES) {
                throw unusable("the file has " + attrs.size() + " bytes, more than any TrueType font needs (at most "
                        + MAX_BYTES + " are read)");
            }
            try (SeekableByteChannel ch = Files.newByteChannel(path)) {
                ByteBuffer head = ByteBuffer.allocate(4);
                while (head.hasRemaining() && ch.read(head) >= 0) {
                    // read the tag
                }
                if (head.hasRemaining() || !isFontTag(head.getInt(0))) {
                    throw unusable("not a TrueType font file (.ttf or .ttc)");
                }
            }
            byte[] all = Files.readAllBytes(path);
            if (all.length > MAX_BYTES) {
                throw unusable("the file grew to more than " + MAX_BYTES + " bytes while it was read");
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name + ": " + IoErrors.reason(e), e);
        }
    }

    /** The first four bytes of a TrueType font, a TrueType collection, or an OpenType (CFF) font. */
    private static boolean isFontTag(int tag) {
        // OpenType with CFF outlines (OTTO) is let through to be refused by name, with what to use instead.
        return tag == 0x00010000 || tag == 0x74727565 /* true */ || tag == 0x74746366 /* ttcf */
                || tag == 0x4f54544f /* OTTO */;
    }

    private UncheckedIOException unusable(String reason) {
        return new UncheckedIOException("cannot read font " + name + ": " + reason, new Unusable(reason));
    }

    /**
     * Why a font file is refused before it is read: its {@link #getMessage() message} is the reason alone,
     * for an exporter to quote.
     *
     * @since 0.2
     */
    public static final class Unusable extends IOException {
        private static final long serialVersionUID = 1L;

        Unusable(String reason) {
            super(reason);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
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
