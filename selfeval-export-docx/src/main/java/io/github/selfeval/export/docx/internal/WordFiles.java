package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What both Word readers share: reading a file's bytes within the size limit, telling its container
 * from its first bytes (zip, OLE2 compound file, RTF), and what an OLE2 file holds.
 */
final class WordFiles {

    static final byte[] ZIP = {'P', 'K', 3, 4};
    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};

    /** What an OLE2 compound file is. */
    enum Ole2Kind {
        /** A Word 97–2003 document: a WordDocument stream. */
        WORD,
        /** An encrypted OOXML package (a password-protected .docx or .xlsx): EncryptionInfo and EncryptedPackage. */
        ENCRYPTED_PACKAGE,
        /** An Excel 97–2003 workbook. */
        EXCEL,
        /** A PowerPoint 97–2003 presentation. */
        POWERPOINT,
        /** Something else. */
        OTHER
    }

    private WordFiles() {
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

    static boolean isRtf(byte[] bytes) {
        return startsWith(bytes, RTF);
    }

    /** Reads the whole input, refusing more than {@code maxFileBytes}. */
    static byte[] readAll(InputStream in, ReadLimits limits) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw new ReadException(ReadException.TOO_LARGE, null, "the document is larger than "
                        + limits.maxFileBytes() + " bytes", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new ReadException(ReadException.UNREADABLE, null, "cannot read the document: " + e.getMessage(), e);
        }
    }

    /** Whether the head holds a zip local header whose entry name starts with {@code word/}. */
    static boolean zipHasWordPart(byte[] head) {
        if (!startsWith(head, ZIP)) {
            return false;
        }
        for (int i = 0; i + 30 <= head.length; i++) {
            if (head[i] == 'P' && head[i + 1] == 'K' && head[i + 2] == 3 && head[i + 3] == 4) {
                int nameLength = (head[i + 26] & 0xff) | (head[i + 27] & 0xff) << 8;
                int end = Math.min(head.length, i + 30 + nameLength);
                String name = new String(head, i + 30, end - (i + 30), StandardCharsets.ISO_8859_1);
                if (name.startsWith("word/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the head of an OLE2 file shows a directory entry of the given name (names are UTF-16LE). */
    static boolean ole2HeadNames(byte[] head, String name) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 512; i + utf16.length + 2 <= head.length; i++) {
            for (int k = 0; k < utf16.length; k++) {
                if (head[i + k] != utf16[k]) {
                    continue outer;
                }
            }
            // A directory entry's name ends with a UTF-16 NUL; entries start at multiples of 128.
            if ((i % 128) == 0 && head[i + utf16.length] == 0 && head[i + utf16.length + 1] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a 512-byte sector of the head starts with a Word 97+ File Information Block (wIdent, nFib). */
    static boolean fibAtSectorStart(byte[] head) {
        for (int off = 512; off + 4 <= head.length; off += 512) {
            int ident = (head[off] & 0xff) | (head[off + 1] & 0xff) << 8;
            int nFib = (head[off + 2] & 0xff) | (head[off + 3] & 0xff) << 8;
            if (ident == 0xA5EC && nFib >= 0x00C1 && nFib < 0x0200) {
                return true;
            }
        }
        return false;
    }

    /** Opens an OLE2 compound file, refusing more streams than {@code maxEntries}. */
    static POIFSFileSystem openOle2(byte[] bytes, ReadLimits limits) {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadException.CORRUPT, null, "a damaged Office 97–2003 (OLE2) file: its"
                    + " directory cannot be read", e);
        }
        if (count(fs.getRoot(), limits.maxEntries(), 0) > limits.maxEntries()) {
            throw new ReadException(ReadException.TOO_LARGE, null, "the document holds more than "
                    + limits.maxEntries() + " streams", null);
        }
        return fs;
    }

    private static int count(DirectoryNode dir, int max, int depth) {
        int n = 0;
        for (Iterator<Entry> it = dir.getEntries(); it.hasNext() && n <= max;) {
            Entry e = it.next();
            n++;
            if (e instanceof DirectoryNode d && depth < 16) {
                n += count(d, max - n, depth + 1);
            }
        }
        return n;
    }

    static Ole2Kind kind(POIFSFileSystem fs) {
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
            return Ole2Kind.ENCRYPTED_PACKAGE;
        }
        if (root.hasEntry("WordDocument")) {
            return Ole2Kind.WORD;
        }
        if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
            return Ole2Kind.EXCEL;
        }
        if (root.hasEntry("PowerPoint Document")) {
            return Ole2Kind.POWERPOINT;
        }
        return Ole2Kind.OTHER;
    }

    /** The refusal for an OLE2 file that is not a Word document, or is encrypted. */
    static ReadException notWord(Ole2Kind kind) {
        return switch (kind) {
            case ENCRYPTED_PACKAGE -> new ReadException(ReadException.ENCRYPTED, null, "the document is"
                    + " password-protected (encrypted); open it, remove the password and save it again to read it", null);
            case EXCEL -> new ReadException(ReadException.NOT_RECOGNISED, null, "this is an Excel 97–2003 workbook"
                    + " (.xls) under a Word document's name, not a Word document", null);
            case POWERPOINT -> new ReadException(ReadException.NOT_RECOGNISED, null, "this is a PowerPoint 97–2003"
                    + " presentation, not a Word document", null);
            default -> new ReadException(ReadException.NOT_RECOGNISED, null, "an Office 97–2003 (OLE2) file that is"
                    + " not a Word document: it has no WordDocument stream", null);
        };
    }

    /** The refusal for what is neither a zip nor an OLE2 file. */
    static ReadException neither(byte[] bytes) {
        if (isRtf(bytes)) {
            return new ReadException(ReadException.NOT_RECOGNISED, null, "this is an RTF document under a Word"
                    + " document's name; save it as .docx to read it", null);
        }
        return new ReadException(ReadException.NOT_RECOGNISED, null, "not a Word document: a .docx is a zip archive"
                + " (it starts with PK) and a .doc an Office 97–2003 compound file (D0 CF 11 E0)", null);
    }
}
