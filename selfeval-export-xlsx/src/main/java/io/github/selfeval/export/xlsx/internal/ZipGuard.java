package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.XlsxImportException;
import io.github.selfeval.export.xlsx.XlsxReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an untrusted workbook's zip before POI opens it: every entry is inflated (and discarded)
 * under the size limits and the minimum compression ratio, and XML parts are refused if they
 * declare a DTD. Independent of POI's process-wide {@code ZipSecureFile} settings, which stay as they
 * are and guard POI's own reading as a second line.
 */
public final class ZipGuard {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Entries smaller than this are not ratio-checked: tiny parts compress oddly. */
    private static final long RATIO_THRESHOLD = 1L << 20;
    /** How much of an XML part is searched for a DTD (it must come before the root element). */
    private static final int PROLOG_BYTES = 64 * 1024;

    private ZipGuard() {
    }

    /**
     * Checks a workbook's bytes.
     *
     * @param bytes the file
     * @param limits the limits
     * @throws XlsxImportException if the bytes are not a zip, or break a limit
     */
    public static void check(byte[] bytes, XlsxReportReader.Limits limits) {
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null,
                    "this is an old Excel 97–2003 (.xls) or other OLE2 file; save it as .xlsx first", null);
        }
        if (!startsWith(bytes, ZIP_MAGIC)) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null,
                    "not an .xlsx workbook (an .xlsx file is a zip archive starting with PK)", null);
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                if (++entries > limits.maxEntries()) {
                    throw new XlsxImportException(XlsxImportException.ZIP_BOMB, name,
                            "more than " + limits.maxEntries() + " zip entries", null);
                }
                if (!names.add(name)) {
                    throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, name,
                            "the zip holds this entry twice", null);
                }
                boolean xml = name.toLowerCase(Locale.ROOT).endsWith(".xml")
                        || name.toLowerCase(Locale.ROOT).endsWith(".rels");
                byte[] prolog = new byte[xml ? PROLOG_BYTES : 0];
                int prologLength = 0;
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (prologLength < prolog.length) {
                        int k = Math.min(n, prolog.length - prologLength);
                        System.arraycopy(buffer, 0, prolog, prologLength, k);
                        prologLength += k;
                    }
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw new XlsxImportException(XlsxImportException.ZIP_BOMB, name, "inflates to more than "
                                + limits.maxEntryBytes() + " bytes", null);
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw new XlsxImportException(XlsxImportException.ZIP_BOMB, name, "the entries inflate to more than "
                                + limits.maxTotalBytes() + " bytes in all", null);
                    }
                }
                long compressed = e.getCompressedSize();
                if (size > RATIO_THRESHOLD && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
                    throw new XlsxImportException(XlsxImportException.ZIP_BOMB, name, "inflates from " + compressed
                            + " to " + size + " bytes, a ratio below " + limits.minInflateRatio(), null);
                }
                if (xml && declaresDtd(prolog, prologLength)) {
                    throw new XlsxImportException(XlsxImportException.UNSAFE_XML, name,
                            "the XML declares a DTD (<!DOCTYPE or <!ENTITY); workbooks never need one", null);
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null,
                    "not a readable zip archive: " + ex.getMessage(), ex);
        }
        if (entries == 0) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null, "the zip archive is empty", null);
        }
        if (!names.contains("[Content_Types].xml")) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null,
                    "a zip archive, but not an Office document: [Content_Types].xml is missing", null);
        }
    }

    private static boolean declaresDtd(byte[] prolog, int length) {
        String head = new String(prolog, 0, length, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
            return true;
        }
        // UTF-16 parts: look again with the zero bytes removed.
        if (length >= 2 && ((prolog[0] == (byte) 0xFE && prolog[1] == (byte) 0xFF)
                || (prolog[0] == (byte) 0xFF && prolog[1] == (byte) 0xFE))) {
            String narrowed = head.replace("\0", "");
            return narrowed.contains("<!DOCTYPE") || narrowed.contains("<!ENTITY");
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
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
