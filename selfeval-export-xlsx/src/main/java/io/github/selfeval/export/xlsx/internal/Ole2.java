package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * OLE2 compound files (signature D0 CF 11 E0 A1 B1 1A E1): an Excel 97–2003 workbook (a {@code Workbook}
 * or {@code Book} stream), a Word 97–2003 document ({@code WordDocument}) — or a password-protected
 * .xlsx / .docx, which Office stores as an OLE2 file holding {@code EncryptionInfo} and
 * {@code EncryptedPackage}. Told apart by their streams, never by the file name.
 */
final class Ole2 {
    static final byte[] MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /** What an OLE2 file holds. */
    enum Kind {
        /** An Excel 97–2003 workbook. */
        XLS,
        /** A password-protected OOXML file (.xlsx, .xlsm, .docx). */
        ENCRYPTED_OOXML,
        /** A Word 97–2003 document. */
        DOC,
        /** Something else. */
        OTHER
    }

    private Ole2() {
    }

    static boolean isOle2(byte[] head) {
        return ZipGuard.startsWith(head, MAGIC);
    }

    /**
     * What the first bytes show, when the directory happens to lie within them (it often does in
     * small files); {@link Kind#OTHER} when it is further on.
     */
    static Kind peek(byte[] head) {
        if (!isOle2(head) || head.length < 512) {
            return Kind.OTHER;
        }
        // The header's first directory sector (offset 48), with 2^(uint16 at 30) bytes per sector.
        int shift = (head[30] & 0xff) | (head[31] & 0xff) << 8;
        if (shift != 9 && shift != 12) {
            return Kind.OTHER;
        }
        long sector = (head[48] & 0xffL) | (head[49] & 0xffL) << 8 | (head[50] & 0xffL) << 16 | (head[51] & 0xffL) << 24;
        long at = (sector + 1) << shift;
        Kind found = Kind.OTHER;
        for (long e = at; e >= 0 && e + 128 <= head.length && e < at + (1L << shift); e += 128) {
            int len = (head[(int) e + 64] & 0xff) | (head[(int) e + 65] & 0xff) << 8;
            if (len < 2 || len > 64) {
                continue;
            }
            String name = new String(head, (int) e, len - 2, StandardCharsets.UTF_16LE);
            Kind k = kindOf(name);
            if (k != Kind.OTHER) {
                found = k;
                if (k == Kind.ENCRYPTED_OOXML) {
                    return k;
                }
            }
        }
        return found;
    }

    private static Kind kindOf(String streamName) {
        return switch (streamName) {
            case "Workbook", "Book", "WORKBOOK", "BOOK" -> Kind.XLS;
            case "EncryptionInfo", "EncryptedPackage" -> Kind.ENCRYPTED_OOXML;
            case "WordDocument" -> Kind.DOC;
            default -> Kind.OTHER;
        };
    }

    /** What an OLE2 file holds, from its directory. */
    static Kind kind(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Kind.ENCRYPTED_OOXML;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Kind.XLS;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Kind.DOC;
            }
            return Kind.OTHER;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadException.CORRUPT, null, "unreadable directory: " + Failures.reason(e), e);
        }
    }

    static ReadException encrypted() {
        return new ReadException(ReadException.ENCRYPTED, null, "the file is password-protected (encrypted); save it"
                + " again without a password (Excel: File › Info › Protect Workbook › Encrypt with Password, clear"
                + " the password) and read that copy", null);
    }

    /** The error for an OLE2 file given where a zip (.xlsx) was expected. */
    static ReadException notAZip(byte[] bytes) {
        Kind kind;
        try {
            kind = kind(bytes);
        } catch (ReadException e) {
            return new ReadException(ReadException.CORRUPT, null, "this is an Office 97–2003 (OLE2) file, such as an"
                    + " old Excel .xls, and it is damaged (" + Failures.detail(e) + "); if Excel still opens it, save"
                    + " it as .xlsx and read that", e);
        }
        return switch (kind) {
            case ENCRYPTED_OOXML -> encrypted();
            case XLS -> new ReadException(ReadException.NOT_RECOGNISED, null, "this is an old Excel 97–2003 workbook"
                    + " (.xls), not an .xlsx: read it as .xls, or save it as .xlsx first", null);
            case DOC -> new ReadException(ReadException.NOT_RECOGNISED, null, "this is a Word 97–2003 document (.doc),"
                    + " not a workbook", null);
            case OTHER -> new ReadException(ReadException.NOT_RECOGNISED, null, "this is an Office 97–2003 (OLE2) file"
                    + " of another kind, not a workbook", null);
        };
    }
}
