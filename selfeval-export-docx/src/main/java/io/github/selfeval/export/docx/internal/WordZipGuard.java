package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks an untrusted {@code .docx}'s zip before POI opens it, copying nothing: every entry is inflated
 * (and discarded) under the entry, total and ratio limits; every XML part's prolog is read for a DTD
 * ({@link XmlProlog}: after comments of any length, in UTF-8, UTF-16 or UTF-32 with or without a
 * byte-order mark); and every XML part is parsed once with the JDK's StAX parser, DTDs off, to bound
 * its element depth and its tables' nesting before POI, which builds nested tables recursively, sees
 * them.
 *
 * <p>XML parts are the entries named {@code .xml} or {@code .rels} and any other entry that begins as
 * XML, except HTML and SVG (parts POI never parses, where a {@code <!DOCTYPE html>} is ordinary).
 * Stateless; one call per file.
 *
 * <p>The absolute limits (per entry, in all) bound the memory and time a document costs; the inflate
 * ratio is checked only for entries above {@link ReadLimits#RATIO_CHECKED_ABOVE}, beyond any part
 * selfeval writes for a report within the model's limits (deflate reaches about 1/1032 on a long
 * paragraph of one repeated character, so a ratio rule on smaller parts refused selfeval's own
 * documents). {@link #open} then hands the checked bytes to POI with POI's own ratio check off for that
 * stream only: POI's {@code ZipSecureFile} limits are process-wide statics an embedder owns, and stay
 * as they are.
 */
final class WordZipGuard {

    /** The deepest element nesting of any XML part: a real document uses a few dozen. */
    static final int MAX_ELEMENT_DEPTH = 256;
    private static final Set<String> WORD_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    /** Configured once; the JDK's factory creates readers concurrently once its properties are set. */
    private static final XMLInputFactory FACTORY = factory();

    private WordZipGuard() {
    }

    /** What the zip holds, for telling a workbook from a document. */
    record Contents(boolean word, boolean workbook, boolean presentation, boolean contentTypes) {
    }

    /**
     * Checks the zip.
     *
     * @param bytes the file
     * @param limits the limits
     * @return what kinds of part the zip holds
     * @throws ReadException ZIP_BOMB, UNSAFE_XML, TOO_COMPLEX, TOO_LARGE or CORRUPT
     */
    static Contents check(byte[] bytes, ReadLimits limits) {
        Set<String> names = new HashSet<>();
        long[] total = {0};
        int entries = 0;
        boolean word = false;
        boolean workbook = false;
        boolean presentation = false;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                String name = e.getName();
                if (++entries > limits.maxEntries()) {
                    throw new ReadException(ReadException.TOO_LARGE, null, "the document's zip has more than "
                            + limits.maxEntries() + " entries", null);
                }
                if (!names.add(name)) {
                    throw new ReadException(ReadException.CORRUPT, SourceLocation.part(name),
                            "the zip holds this entry twice", null);
                }
                String lower = name.toLowerCase(Locale.ROOT);
                word |= lower.startsWith("word/");
                workbook |= lower.startsWith("xl/");
                presentation |= lower.startsWith("ppt/");
                Entry entry = new Entry(zin, name, limits, total);
                checkEntry(entry, lower);
                long compressed = e.getCompressedSize();
                if (entry.size > ReadLimits.RATIO_CHECKED_ABOVE && compressed >= 0
                        && (double) compressed / entry.size < limits.minInflateRatio()) {
                    throw new ReadException(ReadException.ZIP_BOMB, SourceLocation.part(name), "inflates from "
                            + compressed + " to " + entry.size + " bytes, a ratio below " + limits.minInflateRatio(), null);
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw new ReadException(ReadException.CORRUPT, null, "not a readable zip archive (a .docx is one): "
                    + zipReason(ex), ex);
        }
        if (entries == 0) {
            throw new ReadException(ReadException.CORRUPT, null, "the zip archive is empty, a .docx holds the"
                    + " document's parts", null);
        }
        return new Contents(word, workbook, presentation, names.contains("[Content_Types].xml"));
    }

    /**
     * Opens bytes {@link #check} passed as POI's package, without POI's inflate-ratio and entry-size
     * check on this one stream (its process-wide settings untouched): every entry was already inflated
     * under the limits.
     *
     * @param bytes the checked file
     * @return the package, for {@code new XWPFDocument(pkg)}
     * @throws IOException if the zip cannot be read
     * @throws InvalidFormatException if POI does not take it as a package
     */
    static OPCPackage open(byte[] bytes) throws IOException, InvalidFormatException {
        ZipArchiveThresholdInputStream zin = new ZipArchiveThresholdInputStream(
                new ZipArchiveInputStream(new ByteArrayInputStream(bytes)));
        zin.setGuardState(false);
        return OPCPackage.open(new ZipInputStreamZipEntrySource(zin));
    }

    private static String zipReason(Exception ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? "it ends or breaks off where an entry should be" : m;
    }

    private static boolean xmlByName(String lower) {
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    private static boolean neverParsed(String lower) {
        return lower.endsWith(".htm") || lower.endsWith(".html") || lower.endsWith(".mht") || lower.endsWith(".mhtml")
                || lower.endsWith(".svg") || lower.endsWith(".txt");
    }

    private static void checkEntry(Entry entry, String lower) throws IOException {
        if (neverParsed(lower)) {
            entry.drainPlain();
            return;
        }
        if (!xmlByName(lower)) {
            // Parsed by POI only if its content type says XML; refuse a DTD there too.
            entry.drain();
            if (entry.prolog.end() == XmlProlog.Verdict.DTD) {
                throw unsafe(entry.name);
            }
            return;
        }
        boolean failed = false;
        try {
            scan(entry);
        } catch (ReadException ex) {
            throw ex;
        } catch (XMLStreamException | RuntimeException ex) {
            failed = true;
        }
        entry.rethrow();
        entry.drain();
        XmlProlog.Verdict v = entry.prolog.end();
        if (v == XmlProlog.Verdict.DTD) {
            throw unsafe(entry.name);
        }
        if (failed || v == XmlProlog.Verdict.NOT_XML) {
            throw new ReadException(ReadException.CORRUPT, SourceLocation.part(entry.name),
                    "this part of the document is not well-formed XML", null);
        }
    }

    private static ReadException unsafe(String name) {
        return new ReadException(ReadException.UNSAFE_XML, SourceLocation.part(name), "the XML declares a DTD"
                + " (<!DOCTYPE, with its entities); Word documents never need one, and attacks on the reader do", null);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    private static void scan(Entry entry) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(entry);
        try {
            boolean[] isTable = new boolean[MAX_ELEMENT_DEPTH + 1];
            int depth = 0;
            int tables = 0;
            int topTables = 0;
            int nesting = entry.limits.maxTableNesting();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw unsafe(entry.name);
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MAX_ELEMENT_DEPTH) {
                        throw new ReadException(ReadException.TOO_COMPLEX, SourceLocation.part(entry.name),
                                "elements nest more than " + MAX_ELEMENT_DEPTH + " deep; a Word document nests a few"
                                        + " dozen", null);
                    }
                    boolean tbl = "tbl".equals(r.getLocalName()) && WORD_NAMESPACES.contains(r.getNamespaceURI());
                    isTable[depth] = tbl;
                    if (tbl) {
                        tables++;
                        if (tables == 1) {
                            topTables++;
                        }
                        if (tables - 1 > nesting) {
                            throw new ReadException(ReadException.TOO_COMPLEX, SourceLocation.part(entry.name),
                                    "table " + topTables + " of this part holds tables nested more than " + nesting
                                            + " deep (tables in cells of tables); at most " + nesting + " are read", null);
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth > 0 && isTable[depth]) {
                        tables--;
                    }
                    depth--;
                }
            }
        } finally {
            r.close();
        }
    }

    /**
     * One entry's bytes as they inflate: counted against the limits, fed to the prolog check. A limit
     * broken inside a parser's read is kept and rethrown after the parser gives up.
     */
    private static final class Entry extends FilterInputStream {
        final String name;
        final ReadLimits limits;
        final long[] total;
        final XmlProlog prolog = new XmlProlog();
        long size;
        ReadException failure;

        Entry(InputStream in, String name, ReadLimits limits, long[] total) {
            super(in);
            this.name = name;
            this.limits = limits;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw new IOException("limit");
            }
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
                prolog.feed(b, off, n);
                if (prolog.verdict() == XmlProlog.Verdict.DTD) {
                    failure = unsafe(name);
                    throw new IOException("dtd");
                }
            }
            return n;
        }

        private void count(int n) throws IOException {
            size += n;
            total[0] += n;
            if (size > limits.maxEntryBytes()) {
                failure = new ReadException(ReadException.ZIP_BOMB, SourceLocation.part(name), "inflates to more than "
                        + limits.maxEntryBytes() + " bytes", null);
                throw new IOException("limit");
            }
            if (total[0] > limits.maxTotalBytes()) {
                failure = new ReadException(ReadException.ZIP_BOMB, SourceLocation.part(name), "the document's parts"
                        + " inflate to more than " + limits.maxTotalBytes() + " bytes in all", null);
                throw new IOException("limit");
            }
        }

        @Override
        public void close() {
            // The zip stream stays open for the next entry.
        }

        void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }

        /** Reads the rest of the entry through the checks. */
        void drain() throws IOException {
            byte[] buffer = new byte[16 * 1024];
            try {
                while (read(buffer, 0, buffer.length) > 0) {
                    // counted and checked in read
                }
            } catch (IOException ex) {
                rethrow();
                throw ex;
            }
        }

        /** Reads the rest of the entry, counting it only. */
        void drainPlain() throws IOException {
            byte[] buffer = new byte[16 * 1024];
            int n;
            try {
                while ((n = super.read(buffer, 0, buffer.length)) > 0) {
                    count(n);
                }
            } catch (IOException ex) {
                rethrow();
                throw ex;
            }
        }
    }
}
