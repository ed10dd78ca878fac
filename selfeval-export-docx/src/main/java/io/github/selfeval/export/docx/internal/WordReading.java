package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.read.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Turns a Word file's bytes into a {@link SourceDocument}, whichever of the two formats the bytes are
 * (a {@code .doc} named {@code .docx} is read as what it is), with every failure a
 * {@link ReadException}: nothing of POI reaches the caller, not even its exceptions' messages, and an
 * exhausted stack or memory is {@link ReadException#TOO_COMPLEX}.
 */
public final class WordReading {

    /** nFib of Word 97, the first version HWPF reads. */
    private static final int WORD97_NFIB = 0x00C1;
    private static final int WORD_IDENT = 0xA5EC;

    private WordReading() {
    }

    /**
     * Reads a document.
     *
     * @param in the file's bytes
     * @param options the limits and the source's name
     * @return the paragraphs and tables
     */
    public static SourceDocument read(InputStream in, ReadOptions options) {
        ReadLimits limits = options.limits();
        String name = options.sourceName().orElse("document");
        try {
            byte[] bytes = WordFiles.readAll(in, limits);
            if (WordFiles.startsWith(bytes, WordFiles.ZIP)) {
                return docx(bytes, name, limits);
            }
            if (WordFiles.startsWith(bytes, WordFiles.OLE2)) {
                return doc(bytes, name, limits);
            }
            throw WordFiles.neither(bytes);
        } catch (StackOverflowError e) {
            throw new ReadException(ReadException.TOO_COMPLEX, null, "the document is too complex to read: it nests"
                    + " deeper than can be followed", null);
        } catch (OutOfMemoryError e) {
            throw new ReadException(ReadException.TOO_COMPLEX, null, "the document is too complex to read: reading"
                    + " it needs more memory than is available", null);
        }
    }

    private static SourceDocument docx(byte[] bytes, String name, ReadLimits limits) {
        WordZipGuard.Contents contents = WordZipGuard.check(bytes, limits);
        if (!contents.word()) {
            String what = contents.workbook() ? "an Excel workbook (.xlsx)" : contents.presentation()
                    ? "a PowerPoint presentation (.pptx)" : "a zip archive";
            throw new ReadException(ReadException.NOT_RECOGNISED, null, "this is " + what + " under a Word document's"
                    + " name, not a Word document: it has no word/ part", null);
        }
        if (!contents.contentTypes()) {
            throw new ReadException(ReadException.CORRUPT, null, "a zip archive with word/ parts but no"
                    + " [Content_Types].xml: not a complete Word document", null);
        }
        java.util.Optional<SourceDocument> streamed = streamed(bytes, name, limits);
        return streamed.isPresent() ? streamed.get() : throughPoi(bytes, name, limits);
    }

    /**
     * A checked {@code .docx} read without POI's model ({@link StreamedDocx}), or empty where only that model
     * reads it.
     *
     * @param bytes a {@code .docx} {@link WordZipGuard} passed
     * @param name the file's name
     * @param limits the limits
     * @return the paragraphs and tables, or empty
     */
    public static java.util.Optional<SourceDocument> streamed(byte[] bytes, String name, ReadLimits limits) {
        return StreamedDocx.read(bytes, name, limits);
    }

    /**
     * A checked {@code .docx} read through POI's model ({@link DocxSource}): what {@link StreamedDocx} leaves.
     *
     * @param bytes a {@code .docx} {@link WordZipGuard} passed
     * @param name the file's name
     * @param limits the limits
     * @return the paragraphs and tables
     */
    public static SourceDocument throughPoi(byte[] bytes, String name, ReadLimits limits) {
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(WordZipGuard.open(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (zipBomb(e)) {
                throw new ReadException(ReadException.ZIP_BOMB, null, "a part of the document inflates to more than"
                        + " a hundred times its compressed size", e);
            }
            throw new ReadException(ReadException.CORRUPT, null, "not a readable Word document (.docx): its parts do"
                    + " not follow WordprocessingML", e);
        }
        try (doc) {
            return DocxSource.of(doc, name, limits);
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadException.CORRUPT, null, "the document's tables or paragraphs cannot be"
                    + " followed: its XML does not follow WordprocessingML", e);
        }
    }

    private static SourceDocument doc(byte[] bytes, String name, ReadLimits limits) {
        try (POIFSFileSystem fs = WordFiles.openOle2(bytes, limits)) {
            WordFiles.Ole2Kind kind = WordFiles.kind(fs);
            if (kind != WordFiles.Ole2Kind.WORD) {
                throw WordFiles.notWord(kind);
            }
            checkFib(fs);
            HWPFDocument doc;
            try {
                doc = new HWPFDocument(fs);
            } catch (EncryptedDocumentException e) {
                throw encrypted(e);
            } catch (OldWordFileFormatException e) {
                throw oldWord(e);
            } catch (IOException | RuntimeException e) {
                throw new ReadException(ReadException.CORRUPT, null, "a damaged Word 97–2003 document (.doc): its"
                        + " text or tables cannot be read", e);
            }
            try {
                return DocSource.of(doc, name, limits);
            } catch (ReadException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ReadException(ReadException.CORRUPT, null, "the Word 97–2003 document's tables or"
                        + " paragraphs cannot be followed: they are damaged", e);
            }
        } catch (IOException e) {
            throw new ReadException(ReadException.CORRUPT, null, "a damaged Word 97–2003 document (.doc)", e);
        }
    }

    /** Whether POI's own inflate-ratio check (a second line behind {@link WordZipGuard}) refused an entry. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The File Information Block's identity, version and encryption flag, before HWPF reads anything. */
    private static void checkFib(POIFSFileSystem fs) {
        byte[] fib = new byte[12];
        try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
            if (in.available() < fib.length) {
                throw new ReadException(ReadException.CORRUPT, null, "a damaged Word 97–2003 document: its"
                        + " WordDocument stream is too short", null);
            }
            in.readFully(fib);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReadException re) {
                throw re;
            }
            throw new ReadException(ReadException.CORRUPT, null, "a damaged Word 97–2003 document: its"
                    + " WordDocument stream cannot be read", e);
        }
        ByteBuffer b = ByteBuffer.wrap(fib).order(ByteOrder.LITTLE_ENDIAN);
        int ident = b.getShort(0) & 0xffff;
        int nFib = b.getShort(2) & 0xffff;
        int flags = b.getShort(10) & 0xffff;
        if (ident != WORD_IDENT) {
            throw new ReadException(ReadException.CORRUPT, null, "a damaged Word document: its WordDocument stream"
                    + " does not start as one", null);
        }
        if ((flags & 0x0100) != 0) {
            throw encrypted(null);
        }
        if (nFib < WORD97_NFIB) {
            throw oldWord(null);
        }
    }

    private static ReadException encrypted(Throwable cause) {
        return new ReadException(ReadException.ENCRYPTED, null, "the document is password-protected (encrypted);"
                + " open it, remove the password and save it again to read it", cause);
    }

    private static ReadException oldWord(Throwable cause) {
        return new ReadException(ReadException.NOT_RECOGNISED, null, "a Word 6.0/95 document, older than the"
                + " Word 97–2003 format read here; save it as .docx to read it", cause);
    }
}
