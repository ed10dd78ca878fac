package io.github.selfeval.export.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the package POI wrote so that it depends on nothing but its content: entries in a fixed order
 * ({@code [Content_Types].xml}, {@code _rels/.rels}, then by name), every entry dated with the document's
 * creation time (POI dates them with the clock), no extra fields, the same compression.
 */
final class StablePackage {

    private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private StablePackage() {
    }

    static byte[] normalise(byte[] zip, Instant time) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.add(new Entry(e.getName(), in.readAllBytes()));
                }
            }
        }
        entries.sort(Comparator.comparingInt(StablePackage::rank).thenComparing(Entry::name));
        // DOS time has no zone: the UTC wall-clock time, the same in every time zone.
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (local.isBefore(DOS_MIN)) {
            local = DOS_MIN;
        } else if (local.isAfter(DOS_MAX)) {
            local = DOS_MAX;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length + 1024);
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
}
