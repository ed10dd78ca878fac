package io.github.selfeval.export.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.jspecify.annotations.Nullable;

/**
 * The XSSF parts of a streaming workbook kept as plain bytes, in the order POI wrote them: POI's
 * {@code ZipPackage.save} writes into it as into any {@link ZipArchiveOutputStream} (nothing is
 * compressed or written anywhere), and {@code SXSSFWorkbook.injectData} then reads the parts back from it
 * as from the template zip. Deflating the template only to inflate it again for the copy was a sixth of
 * a 200-indicator export (the shared strings and notes are most of it). One per write; not thread-safe.
 */
final class TemplateParts extends ZipArchiveOutputStream implements ZipEntrySource {

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream(1 << 14);
    private @Nullable ZipArchiveEntry open;
    private boolean closed;

    TemplateParts() {
        super(OutputStream.nullOutputStream());
    }

    private record Part(ZipArchiveEntry entry, byte[] bytes) {
    }

    // ---- written by POI ----------------------------------------------------------------------------

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        if (open != null) {
            throw new IOException("entry " + open.getName() + " is still open");
        }
        open = entry;
        current.reset();
    }

    @Override
    public void write(int b) throws IOException {
        buffer().write(b);
    }

    @Override
    public void write(byte[] b, int offset, int length) throws IOException {
        buffer().write(b, offset, length);
    }

    @Override
    public void closeArchiveEntry() throws IOException {
        ZipArchiveEntry e = open;
        if (e == null) {
            throw new IOException("no entry is open");
        }
        // As the entry reads back from a zip: its name, its size, and its time if it had one.
        ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
        copy.setSize(current.size());
        if (e.getTime() != -1) {
            copy.setTime(e.getTime());
        }
        parts.put(e.getName(), new Part(copy, current.toByteArray()));
        open = null;
    }

    private ByteArrayOutputStream buffer() throws IOException {
        if (open == null) {
            throw new IOException("no entry is open");
        }
        return current;
    }

    // ---- read by injectData ------------------------------------------------------------------------

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        List<ZipArchiveEntry> entries = new ArrayList<>(parts.size());
        for (Part p : parts.values()) {
            entries.add(p.entry());
        }
        return Collections.enumeration(entries);
    }

    @Override
    public @Nullable ZipArchiveEntry getEntry(String path) {
        Part p = parts.get(path);
        return p == null ? null : p.entry();
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        Part p = parts.get(entry.getName());
        if (p == null) {
            throw new IOException("no part " + entry.getName());
        }
        return new ByteArrayInputStream(p.bytes());
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            super.close();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
