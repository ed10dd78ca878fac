package io.github.selfeval.export.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites the package POI wrote so that it depends on nothing but its content: entries in a fixed order
 * ({@code [Content_Types].xml}, {@code _rels/.rels}, then by name), every entry dated with the document's
 * creation time (POI dates them with the clock), no extra fields, the same compression.
 *
 * <p>POI hands its parts to a {@link Parts} stream, which keeps each part's bytes instead of deflating
 * them: POI's own zip was only ever inflated again here, and deflating and inflating it was about a
 * sixth of an export.
 */
final class StablePackage {

    private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private StablePackage() {
    }

    /** The parts POI wrote into {@code parts}, as one zip in the fixed order and dated {@code time}. */
    static byte[] normalise(Parts parts, Instant time) throws IOException {
        List<Entry> entries = new ArrayList<>(parts.entries);
        entries.sort(Comparator.comparingInt(StablePackage::rank).thenComparing(Entry::name));
        // DOS time has no zone: the UTC wall-clock time, the same in every time zone.
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (local.isBefore(DOS_MIN)) {
            local = DOS_MIN;
        } else if (local.isAfter(DOS_MAX)) {
            local = DOS_MAX;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(parts.size / 4 + 1024);
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.setLevel(6);
            for (Entry e : entries) {
                ZipEntry z = new ZipEntry(e.name());
                z.setTimeLocal(local);
                out.putNextEntry(z);
                out.write(e.bytes());
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }

    private static int rank(Entry e) {
        return switch (e.name()) {
            case "[Content_Types].xml" -> 0;
            case "_rels/.rels" -> 1;
            default -> 2;
        };
    }

    private record Entry(String name, byte[] bytes) {
    }

    /**
     * What POI's {@code ZipPackage.save} writes to when given a {@link ZipArchiveOutputStream}: every
     * entry's name and uncompressed bytes, kept in memory; nothing is compressed or written anywhere.
     */
    static final class Parts extends ZipArchiveOutputStream {

        private final List<Entry> entries = new ArrayList<>();
        private final ByteArrayOutputStream current = new ByteArrayOutputStream(1 << 14);
        private @Nullable String name;
        private int size;

        Parts() {
            super(OutputStream.nullOutputStream());
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            if (name != null) {
                throw new IOException("entry " + name + " is still open");
            }
            name = entry.getName();
            current.reset();
        }

        @Override
        public void write(int b) throws IOException {
            open().write(b);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            open().write(b, offset, length);
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            String n = name;
            if (n == null) {
                throw new IOException("no entry is open");
            }
            if (!n.endsWith("/")) {
                entries.add(new Entry(n, current.toByteArray()));
                size += current.size();
            }
            name = null;
        }

        private ByteArrayOutputStream open() throws IOException {
            if (name == null) {
                throw new IOException("no entry is open");
            }
            return current;
        }
    }
}
