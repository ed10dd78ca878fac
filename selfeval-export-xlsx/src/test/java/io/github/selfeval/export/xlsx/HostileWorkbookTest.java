package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import io.github.selfeval.export.xlsx.internal.Grids;
import io.github.selfeval.export.xlsx.internal.WorkbookInput;
import io.github.selfeval.model.FormKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile workbooks one by one, in this JVM: the code, the place named, a message without library
 * class names, the time taken. (Their memory, and that no temporary file is left, are checked under
 * {@code -Xmx256m} with a temporary directory of its own by {@link HostileWorkbooksInSmallHeapTest}.)
 */
class HostileWorkbookTest {
    private static final ReportReaders READERS = ReportReaders.load();

    @TempDir
    Path dir;

    @Test
    void aMergedRegionOfAMillionRowsIsRefusedBeforeItIsExpanded() {
        ReadException e = refused("merge.xlsx", HostileWorkbooks.mergeBomb("U2001:ALE1002000"), ReadException.TOO_LARGE,
                2_000);
        assertEquals("Sheet1", e.sourceLocation().orElseThrow().toString(), e.getMessage());
        assertTrue(e.getMessage().contains("U2001:ALE1002000"), e.getMessage());
        ReadException whole = refused("merge2.xlsx", HostileWorkbooks.mergeBomb("O1:XFD1048576"), ReadException.TOO_LARGE,
                2_000);
        assertTrue(whole.getMessage().contains("O1:XFD1048576"), whole.getMessage());
    }

    @Test
    void seventeenMillionCellsAreCountedNotBuilt() throws IOException {
        Path file = dir.resolve("cells.xlsx");
        HostileWorkbooks.manyCells(file);
        long size = Files.size(file);
        assertTrue(size < 20L << 20, "passes the file size cap: " + size);
        ReadException e = refused(file, ReadException.TOO_LARGE, 15_000);
        assertTrue(e.getMessage().contains("more than 1000000"), e.getMessage());
        assertEquals("S1", e.sourceLocation().orElseThrow().toString(), e.getMessage());
    }

    @Test
    void anExtraSheetOfAMillionCellsIsRefusedNamingIt() {
        ReadException e = refused("extra.xlsx", HostileWorkbooks.extraSheet(), ReadException.TOO_LARGE, 10_000);
        assertEquals("附表", e.sourceLocation().orElseThrow().toString(), e.getMessage());
    }

    @Test
    void chainsOfUncachedFormulasAreTooComplexEitherWay() {
        for (boolean down : new boolean[] {true, false}) {
            ReadException e = refused("chain.xlsx", HostileWorkbooks.chain(down), ReadException.TOO_COMPLEX, 5_000);
            assertTrue(e.getMessage().contains("more than 200 formulas"), e.getMessage());
            assertTrue(e.sourceLocation().orElseThrow().toString().startsWith("Sheet1!A"), e.getMessage());
        }
    }

    @Test
    void aFormulaBuildingNineHundredMillionCharactersIsNotEvaluated() {
        ReadException e = refused("rept.xlsx", HostileWorkbooks.rept(), ReadException.TOO_COMPLEX, 2_000);
        assertEquals("Sheet1!A1", e.sourceLocation().orElseThrow().toString());
        assertTrue(e.getMessage().contains("900000000 characters"), e.getMessage());
    }

    @Test
    void selfevalsOwnWorkbookEvaluatesWithinTheSameBounds() {
        byte[] wb = HostileWorkbooks.edit(HostileWorkbooks.own(FormKind.DEPARTMENT), w -> {
            var c = Workbooks.cell(w.getSheet("自评表"), "K17");
            c.setCellFormula("LEN(REPT(REPT(\"A\",30000),30000))");
            if (c.getCTCell().isSetV()) {
                c.getCTCell().unsetV(); // POI keeps the number it replaced as the saved value
            }
        });
        ReadException e = refused("own-rept.xlsx", wb, ReadException.TOO_COMPLEX, 5_000);
        assertEquals("自评表!K17", e.sourceLocation().orElseThrow().toString());
        XlsxImportException x = assertThrows(XlsxImportException.class,
                () -> XlsxReportReader.read(new ByteArrayInputStream(wb)));
        assertEquals(XlsxImportException.TOO_COMPLEX, x.code());
        assertEquals(Optional.of("自评表!K17"), x.location());
    }

    @Test
    void aMergedRegionAtTheLimitIsLookedUpNotExpanded() throws IOException {
        long t0 = System.nanoTime();
        FormGrid g = grids(HostileWorkbooks.mergeBomb("A2:IV7801")).grids().get(0);
        assertEquals(Optional.of(new FormGrid.Region(1, 0, 7800, 255)), g.regionAt(7800, 255));
        assertEquals("Sheet1!A2", g.location(7800, 255).toString());
        assertTrue(g.cell(5000, 200).isBlank());
        assertEquals("项目支出绩效自评表", g.text(0, 0));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 3_000, "quick");
    }

    @Test
    void badDataValuesAreBadCellsNamingTheirDataCell() {
        for (String[] c : new String[][] {{"DEPARTMENT", "indicators[0].nature", "bogus"},
            {"PROJECT", "moneyUnit", "美元"}, {"DEPARTMENT", "kind", "company"},
            {"DEPARTMENT", "indicators[0].weight", "1e999999999"}}) {
            byte[] wb = HostileWorkbooks.dataValue(FormKind.valueOf(c[0]), c[1], c[2]);
            ReadException e = refused("data.xlsx", wb, ReadException.BAD_CELL, 5_000);
            assertTrue(e.sourceLocation().orElseThrow().toString().startsWith("数据!B"), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains(c[2]), e.getMessage());
            // The workbook reader's own API says the same, in its own codes.
            XlsxImportException x = assertThrows(XlsxImportException.class,
                    () -> XlsxReportReader.read(new ByteArrayInputStream(wb)));
            assertEquals(XlsxImportException.BAD_CELL, x.code());
            assertEquals(e.sourceLocation().orElseThrow().toString(), x.location().orElseThrow());
        }
    }

    @Test
    void aDataValueContinuedOverTwentyThousandRowsIsBounded() {
        ReadException e = refused("join.xlsx", HostileWorkbooks.dataJoin(), ReadException.TOO_LARGE, 15_000);
        assertTrue(e.getMessage().contains("narrative.problems[0]"), e.getMessage());
        assertTrue(e.sourceLocation().orElseThrow().toString().startsWith("数据!B"), e.getMessage());
    }

    @Test
    void anUncachedFormulaOnAnotherWorkbookIsNotFollowed() {
        ReadException e = refused("external.xlsx", HostileWorkbooks.external(false), ReadException.BAD_CELL, 2_000);
        assertEquals("Sheet1!B1", e.sourceLocation().orElseThrow().toString());
        assertTrue(e.getMessage().contains("another workbook"), e.getMessage());
    }

    @Test
    void aCachedFormulaOnAnotherWorkbookKeepsItsSavedValue() throws IOException {
        FormGrid g = grids(HostileWorkbooks.external(true)).grids().get(0);
        assertEquals(Optional.of(new BigDecimal("2819.17")), g.cell(0, 1).number());
    }

    @Test
    void aPasswordProtectedWorkbookIsReportedAsEncryptedNotAsAnOldXls() {
        byte[] enc = HostileWorkbooks.encrypted();
        ReadException e = refused("locked.xlsx", enc, ReadException.ENCRYPTED, 2_000);
        assertTrue(e.getMessage().contains("password-protected"), e.getMessage());
        // Given to the xlsx reader directly, too.
        ReadException direct = assertThrows(ReadException.class,
                () -> reader("xlsx").read(new ByteArrayInputStream(enc), ReadOptions.defaults()));
        assertEquals(ReadException.ENCRYPTED, direct.code());
        XlsxImportException legacy = assertThrows(XlsxImportException.class,
                () -> XlsxReportReader.read(new ByteArrayInputStream(enc)));
        assertTrue(legacy.getMessage().contains("password-protected"), legacy.getMessage());
    }

    @Test
    void dtdsAreUnsafeWhereverTheyHide() {
        ReadException a = refused("dtd.xlsx", HostileWorkbooks.dtdAfterComment(), ReadException.UNSAFE_XML, 2_000);
        assertEquals("xl/worksheets/sheet1.xml", a.sourceLocation().orElseThrow().toString());
        refused("utf16.xlsx", HostileWorkbooks.dtdUtf16(), ReadException.UNSAFE_XML, 2_000);
        ReadException x = refused("xxe.xlsx", HostileWorkbooks.xxe(), ReadException.UNSAFE_XML, 2_000);
        assertEquals("customXml/item1.xml", x.sourceLocation().orElseThrow().toString());
    }

    @Test
    void aWordDocumentNamedXlsxIsSaidToBeOne() {
        ReadException e = refused("report.xlsx", HostileWorkbooks.docx(), ReadException.NOT_RECOGNISED, 2_000);
        assertTrue(e.getMessage().contains("Word document"), e.getMessage());
    }

    @Test
    void anXlsNamedXlsxGoesToTheXlsReader() throws IOException {
        Path file = Files.write(dir.resolve("old.xlsx"), HostileWorkbooks.xls());
        byte[] head = Files.readAllBytes(file);
        assertEquals("xls", READERS.choose("old.xlsx", head).orElseThrow().id());
        // Read: its sheets reach the label reader (which finds no form in a title alone).
        ReadException e = assertThrows(ReadException.class, () -> READERS.read(file, ReadOptions.defaults()));
        assertTrue(HostileWorkbooksInSmallHeapTest.FORM_LEVEL.contains(e.code()), e.getMessage());
        ReadException direct = assertThrows(ReadException.class,
                () -> reader("xlsx").read(new ByteArrayInputStream(head), ReadOptions.defaults()));
        assertEquals(ReadException.NOT_RECOGNISED, direct.code());
        assertTrue(direct.getMessage().contains("Excel 97–2003"), direct.getMessage());
        clean(direct);
    }

    @Test
    void anXlsmReadsAndItsMacrosAreNeverRun() throws IOException {
        byte[] xlsm = HostileWorkbooks.xlsm();
        assertEquals("xlsx", READERS.choose("a.xlsm", xlsm).orElseThrow().id());
        assertEquals("项目支出绩效自评表", grids(xlsm).grids().get(0).text(0, 0));
    }

    @Test
    void zip64DataDescriptorsOfPoisStreamingWriterRead() throws IOException {
        byte[] zip = HostileWorkbooks.zip64();
        // The local header says "sizes follow" (bit 3), and they follow as a ZIP64 data descriptor: signature,
        // CRC and two 8-byte sizes (24 bytes), with no ZIP64 extra field announcing them — which
        // java.util.zip's ZipInputStream, the old guard's reader, does not expect.
        assertEquals(8, zip[6] & 8, "data descriptor flag");
        int descriptor = indexOf(zip, new byte[] {'P', 'K', 7, 8}, 0);
        assertEquals(24, indexOf(zip, new byte[] {'P', 'K', 3, 4}, descriptor) - descriptor, "a ZIP64 data descriptor");
        FormGrid g = grids(zip).grids().get(0);
        assertEquals("项目支出绩效自评表", g.text(0, 0));
        assertEquals(Optional.of(new BigDecimal("86.2")), g.cell(1, 0).number());
    }

    // ------------------------------------------------------------------ helpers

    private static int indexOf(byte[] b, byte[] what, int from) {
        for (int i = from; i + what.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    private static ReportReader reader(String id) {
        return READERS.find(id).orElseThrow();
    }

    private static SourceDocument grids(byte[] bytes) throws IOException {
        try (XSSFWorkbook wb = WorkbookInput.openXlsx(bytes, ReadOptions.defaults().limits())) {
            return Grids.document(wb, "test", ReadOptions.defaults().limits());
        }
    }

    private ReadException refused(String name, byte[] bytes, String code, long millis) {
        try {
            return refused(Files.write(dir.resolve(name), bytes), code, millis);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ReadException refused(Path file, String code, long millis) {
        long t0 = System.nanoTime();
        ReadException e = assertThrows(ReadException.class, () -> READERS.read(file, ReadOptions.defaults()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(ms < millis, file.getFileName() + " took " + ms + " ms, more than " + millis + ": " + e.getMessage());
        clean(e);
        return e;
    }

    /** The message names no library class and carries no stack trace. */
    private static void clean(ReadException e) {
        String m = e.getMessage();
        assertFalse(m.contains("org.apache") || m.contains("xmlbeans") || m.contains("Exception") || m.contains("\tat "),
                m);
    }
}
