package io.github.selfeval.export.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip with every entry's time fixed, so that equal content gives equal bytes.
 *
 * <p>POI stamps each zip entry of a workbook with the current time (only the environment variable
 * {@code SOURCE_DATE_EPOCH} changes that, which a library cannot set per call). Entry order and
 * content are kept; times are written as local MS-DOS date-time fields only (no extended-timestamp
 * field, no time zone dependence).
 */
final class DeterministicZip {
    /** The earliest time the MS-DOS fields can hold. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    static byte[] rewrite(byte[] zip, Instant time) throws IOException {
        LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (t.isBefore(DOS_EPOCH)) {
            t = DOS_EPOCH;
        }
        // Even seconds: the MS-DOS fields have a two-second resolution.
        t = t.withNano(0).withSecond(t.getSecond() & ~1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(t);
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
