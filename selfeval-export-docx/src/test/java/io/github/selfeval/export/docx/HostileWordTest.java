package io.github.selfeval.export.docx;

import static io.github.selfeval.export.docx.WordFixtures.C;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.docx.internal.DocReportReader;
import io.github.selfeval.export.docx.internal.DocxReportReader;
import io.github.selfeval.export.read.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and mislabelled Word files: each is refused with its code, quickly, naming the part or
 * place, and with no library class name in the message.
 */
class HostileWordTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    static ReadException refused(String what, String code, byte[] bytes, ReadOptions options) {
        long start = System.nanoTime();
        ReadException e = assertThrows(ReadException.class, () -> WordSources.read(new ByteArrayInputStream(bytes), options),
                what);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("hostile Word file: " + what + " -> " + e.code() + " in " + ms + " ms: " + e.getMessage());
        assertEquals(code, e.code(), what + ": " + e.getMessage());
        assertTrue(ms < 5_000, what + " took " + ms + " ms");
        clean(e.getMessage());
        return e;
    }

    static ReadException refused(String what, String code, byte[] bytes) {
        return refused(what, code, bytes, ReadOptions.defaults());
    }

    static void clean(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"org.apache", "xmlbeans", "poi", "exception", "java."}) {
            assertFalse(m.contains(bad), "the message names a library: " + message);
        }
    }

    static byte[] plain() {
        return new WordFixtures.Doc().paragraph("text").table(2, List.of(List.of(C.of("a"), C.of("b")))).bytes();
    }

    /** The .docx with entries replaced or added, in its order, new ones at the end. */
    static byte[] rezip(byte[] docx, Map<String, byte[]> changes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        entries.putAll(changes);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String body(String inner) {
        return "<w:document xmlns:w=\"" + W + "\"><w:body>" + inner + "</w:body></w:document>";
    }

    static String nestedTables(int depth, String core) {
        return "<w:tbl><w:tr><w:tc>".repeat(depth) + core + "<w:p/></w:tc></w:tr></w:tbl>".repeat(depth);
    }

    @Test
    void aNestedTableBombIsRefusedBeforePoiBuildsIt() throws IOException {
        byte[] bomb = rezip(plain(), Map.of("word/document.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body(nestedTables(20_000, "<w:p><w:r><w:t>x</w:t></w:r></w:p>")
                        + "<w:p/>")).getBytes(StandardCharsets.UTF_8)));
        ReadException e = refused("20 000 tables nested in each other", ReadException.TOO_COMPLEX, bomb);
        assertEquals(SourceLocation.part("word/document.xml"), e.sourceLocation().orElseThrow());
        // One level past the limit is refused too; at the limit the nested texts are the outer cell's.
        int limit = ReadLimits.DEFAULT.maxTableNesting();
        refused("tables nested one deeper than the limit", ReadException.TOO_COMPLEX, rezip(plain(),
                Map.of("word/document.xml", body(nestedTables(limit + 2, "<w:p><w:r><w:t>x</w:t></w:r></w:p>"))
                        .getBytes(StandardCharsets.UTF_8))));
        SourceDocument ok = WordSources.read(new ByteArrayInputStream(rezip(plain(), Map.of("word/document.xml",
                body(nestedTables(limit + 1, "<w:p><w:r><w:t>deep</w:t></w:r></w:p>")).getBytes(StandardCharsets.UTF_8)))),
                ReadOptions.defaults());
        assertEquals("deep", ok.grids().get(0).text(0, 0));
    }

    @Test
    void elementsNestedThousandsDeepAreRefused() throws IOException {
        String deep = "<w:p><w:r>" + "<w:sdt><w:sdtContent>".repeat(5_000) + "</w:sdtContent></w:sdt>".repeat(5_000)
                + "</w:r></w:p>";
        refused("5 000 content controls in each other", ReadException.TOO_COMPLEX,
                rezip(plain(), Map.of("word/document.xml", body(deep).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void xxeInACustomXmlPartIsRefused() throws IOException {
        byte[] xxe = rezip(plain(), Map.of("customXml/item1.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<r>&x;</r>").getBytes(StandardCharsets.UTF_8)));
        ReadException e = refused("XXE in customXml/item1.xml", ReadException.UNSAFE_XML, xxe);
        assertEquals(SourceLocation.part("customXml/item1.xml"), e.sourceLocation().orElseThrow());
    }

    static byte[] documentXml() throws IOException {
        return entry(plain(), "word/document.xml");
    }

    static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    /** The document part with a DTD (an entity bomb's first lines) after a comment of the given length. */
    static String withDtd(int commentLength) throws IOException {
        String xml = new String(documentXml(), StandardCharsets.UTF_8);
        String root = xml.substring(xml.indexOf("<w:document"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!--" + "说明".repeat(commentLength / 2)
                + "-->\n<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n" + root;
    }

    @Test
    void aDtdAfterA70KbCommentIsRefused() throws IOException {
        byte[] hidden = rezip(plain(), Map.of("word/document.xml", withDtd(70_000).getBytes(StandardCharsets.UTF_8)));
        ReadException e = refused("a DTD after a 70 KB comment", ReadException.UNSAFE_XML, hidden);
        assertEquals(SourceLocation.part("word/document.xml"), e.sourceLocation().orElseThrow());
    }

    @Test
    void aDtdInUtf16WithoutAByteOrderMarkIsRefused() throws IOException {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            for (int comment : new int[] {0, 70_000}) {
                String xml = withDtd(comment).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
                byte[] part = xml.getBytes(cs);
                assertFalse(part[0] == (byte) 0xFE || part[0] == (byte) 0xFF, "no byte-order mark");
                refused("a DTD in " + cs + " without BOM after a " + comment + "-character comment", ReadException.UNSAFE_XML,
                        rezip(plain(), Map.of("word/styles.xml", part)));
            }
            // Without the XML declaration either.
            String bare = withDtd(10).substring(withDtd(10).indexOf("<!--"));
            refused("a DTD in " + cs + " without BOM or declaration", ReadException.UNSAFE_XML,
                    rezip(plain(), Map.of("word/document.xml", bare.getBytes(cs))));
        }
    }

    @Test
    void aDoctypeInAnHtmlPartPoiNeverParsesIsLeftAlone() throws IOException {
        byte[] plain = plain();
        String types = new String(entry(plain, "[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("<Default ", "<Default Extension=\"htm\" ContentType=\"application/xhtml+xml\"/><Default ");
        byte[] html = rezip(plain, Map.of("word/afchunk.htm", "<!DOCTYPE html><html><body>x</body></html>"
                .getBytes(StandardCharsets.UTF_8), "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, WordSources.read(new ByteArrayInputStream(html), ReadOptions.defaults()).grids().size());
    }

    @Test
    void zipBombsAreRefused() throws IOException {
        // Deflate reaches ~1/1032 on zeros; above ReadLimits.RATIO_CHECKED_ABOVE (32 MiB) that is a bomb.
        ReadException ratio = refused("a 40 MiB part of zeros (inflate ratio)", ReadException.ZIP_BOMB,
                rezip(plain(), Map.of("word/media/image1.png", new byte[40 << 20])));
        assertTrue(ratio.getMessage().contains("ratio below 0.01"), ratio.getMessage());
        ReadLimits small = limits(100_000, 50, 100, 20, 100_000, 4);
        byte[] big = new byte[200_000];
        new java.util.Random(1).nextBytes(big);
        refused("a part over the entry size", ReadException.ZIP_BOMB, rezip(plain(), Map.of("word/media/image1.png", big)),
                ReadOptions.defaults().withLimits(small));
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            many.put("word/media/image" + i + ".png", new byte[] {1});
        }
        refused("more entries than allowed", ReadException.TOO_LARGE, rezip(plain(), many),
                ReadOptions.defaults().withLimits(small));
    }

    @Test
    void aHighlyCompressedPartBelowTheRatioThresholdIsReadAndPoisProcessWideSettingsStayAsTheyWere() throws IOException {
        // 20 MiB of zeros deflate to ~1/1032, as a long paragraph of one repeated character does: the entry
        // and total limits bound its cost, and POI's own ratio check (process-wide, 0.01) is off for this
        // stream only.
        double poiRatio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        byte[] plain = plain();
        String types = new String(entry(plain, "[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\"/><Default ");
        byte[] doc = rezip(plain, Map.of("word/media/image1.png", new byte[20 << 20], "[Content_Types].xml",
                types.getBytes(StandardCharsets.UTF_8)));
        assertTrue(doc.length < 1 << 20, "highly compressed: " + doc.length);
        assertEquals(1, WordSources.read(new ByteArrayInputStream(doc), ReadOptions.defaults()).grids().size());
        assertEquals(poiRatio, org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio());
        assertEquals(0.01, poiRatio, "POI's default, untouched");
    }

    /** The default limits with other entry size, entry count, tables, rows, text length and nesting. */
    static ReadLimits limits(long entryBytes, int entries, int tables, int rows, int text, int nesting) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(d.maxFileBytes(), entryBytes, d.maxTotalBytes(), d.minInflateRatio(), entries, tables, rows,
                d.maxColumns(), d.maxCells(), d.maxMergedRegions(), d.maxMergedCells(), text, d.maxFormulaDepth(), nesting);
    }

    @Test
    void textsTablesRowsAndColumnsAreHeldToTheLimits() throws IOException {
        ReadOptions small = ReadOptions.defaults().withLimits(limits(64L << 20, 1000, 2, 5, 50, 4));
        ReadException p = refused("a paragraph over the text length", ReadException.TOO_LARGE,
                new WordFixtures.Doc().paragraph("short").paragraph("长".repeat(51)).bytes(), small);
        assertEquals(SourceLocation.paragraph(2), p.sourceLocation().orElseThrow());
        ReadException c = refused("a cell over the text length", ReadException.TOO_LARGE, new WordFixtures.Doc()
                .table(3, List.of(List.of(C.span("a", 2), C.of("x".repeat(30) + "\n" + "y".repeat(30))))).bytes(), small);
        assertEquals(SourceLocation.tableCell(1, 1, 3), c.sourceLocation().orElseThrow());
        WordFixtures.Doc three = new WordFixtures.Doc();
        for (int i = 0; i < 3; i++) {
            three.table(1, List.of(List.of(C.of("t" + i))));
        }
        refused("more tables than allowed", ReadException.TOO_LARGE, three.bytes(), small);
        List<List<C>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(List.of(C.of("r" + i)));
        }
        refused("more rows than allowed", ReadException.TOO_LARGE, new WordFixtures.Doc().table(1, rows).bytes(), small);
        refused("a gridSpan of two billion columns", ReadException.TOO_LARGE, rezip(plain(), Map.of("word/document.xml",
                body("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl><w:p/>")
                        .getBytes(StandardCharsets.UTF_8))));
        refused("a gridBefore past the columns", ReadException.TOO_LARGE, rezip(plain(), Map.of("word/document.xml",
                body("<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"300\"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>")
                        .getBytes(StandardCharsets.UTF_8))));
        // A vertical merge 20 rows down across 200 columns covers more cells than merged regions may.
        StringBuilder xml = new StringBuilder("<w:tbl>");
        for (int r = 0; r < 20; r++) {
            xml.append("<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"200\"/><w:vMerge")
                    .append(r == 0 ? " w:val=\"restart\"" : "").append("/></w:tcPr><w:p/></w:tc></w:tr>");
        }
        xml.append("</w:tbl><w:p/>");
        ReadLimits d = ReadLimits.DEFAULT;
        ReadLimits merged = new ReadLimits(d.maxFileBytes(), d.maxEntryBytes(), d.maxTotalBytes(), d.minInflateRatio(),
                d.maxEntries(), d.maxSheets(), d.maxRows(), d.maxColumns(), d.maxCells(), d.maxMergedRegions(), 3_000,
                d.maxTextLength(), d.maxFormulaDepth(), d.maxTableNesting());
        refused("a vertical merge covering 4 000 cells, 3 000 allowed", ReadException.TOO_LARGE, rezip(plain(), Map.of(
                "word/document.xml", body(xml.toString()).getBytes(StandardCharsets.UTF_8))),
                ReadOptions.defaults().withLimits(merged));
    }

    @Test
    void mislabelledAndBrokenFilesAreRefusedClearly() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("自评表").createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            wb.write(xlsx);
        }
        ReadException e = refused("an .xlsx named .docx", ReadException.NOT_RECOGNISED, xlsx.toByteArray());
        assertTrue(e.getMessage().contains("Excel workbook"), e.getMessage());
        byte[] docx = plain();
        refused("a truncated .docx", ReadException.CORRUPT, Arrays.copyOf(docx, docx.length / 2));
        refused("a zip that is not an Office document", ReadException.NOT_RECOGNISED, rezipOnly("a.txt", "hello"));
        refused("random bytes", ReadException.NOT_RECOGNISED, "not a document at all".getBytes(StandardCharsets.UTF_8));
        e = refused("an RTF file", ReadException.NOT_RECOGNISED, "{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII));
        assertTrue(e.getMessage().contains("RTF"), e.getMessage());
        refused("an empty file", ReadException.NOT_RECOGNISED, new byte[0]);
        byte[] header = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 600);
        refused("an OLE2 header and nothing else", ReadException.CORRUPT, header);
    }

    static byte[] rezipOnly(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] xls() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("自评表").createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            wb.write(xls);
        }
        return xls.toByteArray();
    }

    @Test
    void theRegistryGivesEachWordFileToItsReaderAndRefusesOthersClearly() throws IOException {
        ReportReaders readers = ReportReaders.of(new DocxReportReader(), new DocReportReader());
        // A .docx renamed .xlsx: its content says docx.
        Path docxAsXlsx = dir.resolve("report.xlsx");
        Files.write(docxAsXlsx, plain());
        assertEquals("docx", readers.choose("report.xlsx", LibreOfficeWordTest.head(docxAsXlsx)).map(ReportReader::id)
                .orElseThrow());
        ReadException e = assertThrows(ReadException.class, () -> readers.read(docxAsXlsx, ReadOptions.defaults()));
        assertEquals(ReadException.NO_FORM, e.code(), "read as the Word document it is: " + e.getMessage());
        // A .xls renamed .doc: its content is not a Word document's, the extension gives it to doc, which says what it is.
        Path xlsAsDoc = dir.resolve("report.doc");
        Files.write(xlsAsDoc, xls());
        assertFalse(new DocReportReader().recognises(LibreOfficeWordTest.head(xlsAsDoc)));
        e = assertThrows(ReadException.class, () -> readers.read(xlsAsDoc, ReadOptions.defaults()));
        System.out.println("hostile Word file: an .xls named .doc -> " + e.code() + ": " + e.getMessage());
        assertEquals(ReadException.NOT_RECOGNISED, e.code());
        assertTrue(e.getMessage().contains("Excel 97–2003 workbook"), e.getMessage());
        clean(e.getMessage());
    }

    static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPasswordProtectedDocxIsReportedAsEncrypted() throws Exception {
        byte[] locked = encrypted(plain());
        ReadException e = refused("a password-protected .docx", ReadException.ENCRYPTED, locked);
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        // By the registry, whatever its name: not taken for an old .doc by its OLE2 container.
        ReportReaders readers = ReportReaders.of(new DocxReportReader(), new DocReportReader());
        for (String name : new String[] {"locked.docx", "locked.doc"}) {
            Path file = dir.resolve(name);
            Files.write(file, locked);
            ReadException r = assertThrows(ReadException.class, () -> readers.read(file, ReadOptions.defaults()));
            assertEquals(ReadException.ENCRYPTED, r.code(), name);
        }
        assertFalse(new DocReportReader().recognises(Arrays.copyOf(locked, 4096)), "an encrypted package is not a .doc");
    }
}
