package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Checks an untrusted workbook's zip before POI opens it: every entry is inflated (and discarded)
 * under the size limits and the minimum compression ratio, and every entry that is XML is refused if
 * its prolog declares a DTD ({@link XmlProlog}: after comments of any length, in UTF-16 with or without
 * a byte order mark). Independent of POI's process-wide {@code ZipSecureFile} settings, which stay as
 * they are and guard POI's own reading as a second line.
 *
 * <p>The zip is read the way POI reads it — commons-compress's streaming {@link ZipArchiveInputStream},
 * local headers in order — so that what is checked is what POI will see; that reader also takes the
 * ZIP64 data descriptors POI's own streaming writer produces.
 */
public final class ZipGuard {
    static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Parts kept in memory for the structure (workbook, relationships): these are small in any real file. */
    private static final int SMALL_PART = 1 << 20;

    private ZipGuard() {
    }

    /**
     * What the check saw: the entry names in order, and the small structural parts asked for.
     *
     * @param names every entry's name, in the zip's order
     * @param parts the content of the parts kept
     */
    public record Archive(Set<String> names, Map<String, byte[]> parts) {
        /** The content of a kept part, or null. */
        byte[] part(String name) {
            return parts.get(name);
        }
    }

    /**
     * Checks a workbook's bytes, keeping the structural parts {@code keep} accepts (if small).
     *
     * @param bytes the file
     * @param limits the limits
     * @param keep which parts to keep
     * @return what was seen
     * @throws ReadException if the bytes are not a zip, or break a limit
     */
    public static Archive check(byte[] bytes, ReadLimits limits, Predicate<String> keep) {
        if (Ole2.isOle2(bytes)) {
            throw Ole2.notAZip(bytes);
        }
        if (!startsWith(bytes, ZIP_MAGIC)) {
            throw new ReadException(ReadException.NOT_RECOGNISED, null,
                    "not an .xlsx workbook (an .xlsx file is a zip archive starting with PK)", null);
        }
        Set<String> names = new LinkedHashSet<>();
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                SourceLocation where = SourceLocation.part(name);
                if (++entries > limits.maxEntries()) {
                    throw new ReadException(ReadException.ZIP_BOMB, where, "more than " + limits.maxEntries()
                            + " zip entries", null);
                }
                if (!names.add(name)) {
                    throw new ReadException(ReadException.CORRUPT, where, "the zip holds this entry twice", null);
                }
                XmlProlog prolog = new XmlProlog();
                ByteArrayOutputStream kept = keep.test(name) ? new ByteArrayOutputStream() : null;
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    prolog.feed(buffer, 0, n);
                    size += n;
                    total += n;
                    if (kept != null) {
                        if (size > SMALL_PART) {
                            throw new ReadException(ReadException.TOO_LARGE, where, "this part of the workbook's"
                                    + " structure has more than " + SMALL_PART + " bytes", null);
                        }
                        kept.write(buffer, 0, n);
                    }
                    if (size > limits.maxEntryBytes()) {
                        throw new ReadException(ReadException.ZIP_BOMB, where, "inflates to more than "
                                + limits.maxEntryBytes() + " bytes", null);
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw new ReadException(ReadException.ZIP_BOMB, where, "the entries inflate to more than "
                                + limits.maxTotalBytes() + " bytes in all", null);
                    }
                    if (prolog.verdict() == XmlProlog.Verdict.UNSAFE) {
                        throw unsafe(where, prolog);
                    }
                }
                prolog.finish();
                if (prolog.verdict() == XmlProlog.Verdict.UNSAFE) {
                    throw unsafe(where, prolog);
                }
                long compressed = in.getCompressedCount();
                if (size > ReadLimits.RATIO_CHECKED_ABOVE && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
                    throw new ReadException(ReadException.ZIP_BOMB, where, "inflates from " + compressed + " to "
                            + size + " bytes, a ratio below " + limits.minInflateRatio(), null);
                }
                if (kept != null) {
                    parts.put(name, kept.toByteArray());
                }
            }
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof ReadException r) {
                throw r;
            }
            throw new ReadException(ReadException.CORRUPT, null, "not a readable zip archive (" + Failures.reason(ex)
                    + ")", ex);
        }
        if (entries == 0) {
            throw new ReadException(ReadException.CORRUPT, null, "the zip archive is empty", null);
        }
        if (!names.contains("[Content_Types].xml")) {
            throw new ReadException(ReadException.NOT_RECOGNISED, null,
                    "a zip archive, but not an Office document: [Content_Types].xml is missing", null);
        }
        return new Archive(names, parts);
    }

    private static ReadException unsafe(SourceLocation where, XmlProlog prolog) {
        return new ReadException(ReadException.UNSAFE_XML, where, prolog.reason(), null);
    }

    /**
     * Streams the entries {@code which} accepts, in the zip's order, to {@code visit}; each stream ends
     * with its entry. Only for bytes {@link #check} passed.
     */
    static void each(byte[] bytes, Predicate<String> which, EntryVisitor visit) {
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (which.test(e.getName())) {
                    visit.visit(e.getName(), in);
                }
            }
        } catch (IOException ex) {
            throw new ReadException(ReadException.CORRUPT, null, "not a readable zip archive (" + Failures.reason(ex)
                    + ")", ex);
        }
    }

    /** Receives an entry's content. */
    interface EntryVisitor {
        /** Reads the entry. */
        void visit(String name, InputStream content) throws IOException;
    }

    /**
     * Whether the file's first bytes are a zip whose local headers, as far as they are visible, name a
     * workbook part ({@code xl/…}); false for any other zip (a Word document, an OpenDocument file).
     *
     * @param head the first bytes
     * @return true for a workbook
     */
    public static boolean looksLikeWorkbook(byte[] head) {
        if (!startsWith(head, ZIP_MAGIC)) {
            return false;
        }
        // Every local header in view: "PK\3\4", then at 26 the name's length and at 30 the name. Sizes in
        // the header may be zero (data descriptors), so headers are found by their signature.
        for (int at = 0; at + 30 <= head.length; at++) {
            if (head[at] != 'P' || head[at + 1] != 'K' || head[at + 2] != 3 || head[at + 3] != 4) {
                continue;
            }
            int len = (head[at + 26] & 0xff) | (head[at + 27] & 0xff) << 8;
            if (len == 0 || at + 30 + len > head.length) {
                continue;
            }
            String name = new String(head, at + 30, len, java.nio.charset.StandardCharsets.UTF_8);
            if (name.startsWith("xl/")) {
                return true;
            }
            if (name.startsWith("word/") || name.startsWith("ppt/") || name.equals("mimetype")) {
                return false;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
