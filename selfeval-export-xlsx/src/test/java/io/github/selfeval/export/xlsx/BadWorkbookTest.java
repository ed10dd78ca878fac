package io.github.selfeval.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad workbooks: each is refused with its code, the place ({@code sheet!cell} or
 * the zip entry) and what was expected — never a stack trace as the message.
 */
class BadWorkbookTest {
    private static final byte[] SEED = Workbooks.export(Workbooks.seedCard());

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ not a workbook

    @Test
    void anEmptyFileIsNotAWorkbook() {
        assertRefused(new byte[0], XlsxImportException.NOT_A_WORKBOOK, null, "zip archive starting with PK");
    }

    @Test
    void jsonIsNotAWorkbook() {
        assertRefused("{\"kind\":\"department\"}".getBytes(StandardCharsets.UTF_8), XlsxImportException.NOT_A_WORKBOOK,
                null, "not an .xlsx workbook");
    }

    @Test
    void anOldXlsFileIsNamedAsSuch() {
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}, 0, ole2, 0, 8);
        assertRefused(ole2, XlsxImportException.NOT_A_WORKBOOK, null, ".xls");
    }

    @Test
    void aTruncatedWorkbookIsRefused() {
        assertRefused(Arrays.copyOf(SEED, SEED.length / 2), XlsxImportException.NOT_A_WORKBOOK, null, "");
    }

    @Test
    void aZipThatIsNoOfficeDocumentIsRefused() {
        byte[] zip = zip(z -> put(z, "readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        assertRefused(zip, XlsxImportException.NOT_A_WORKBOOK, null, "[Content_Types].xml is missing");
    }

    // ------------------------------------------------------------------ hostile

    @Test
    void aZipBombIsRefusedByItsRatio() {
        // 50 MiB of zeros deflate to about 50 KiB: a ratio of 0.001, ten times below POI's 0.01.
        byte[] bomb = rewrite(SEED, (name, data) -> name.equals("xl/worksheets/sheet1.xml")
                ? new byte[50 << 20] : data);
        assertTrue(bomb.length < 1 << 20, "the bomb is small: " + bomb.length);
        assertRefused(bomb, XlsxImportException.ZIP_BOMB, "xl/worksheets/sheet1.xml", "ratio below 0.01");
    }

    @Test
    void anEntryAboveTheSizeCapIsRefusedWhileInflating() {
        byte[] noise = new byte[3 << 20];
        new Random(1).nextBytes(noise);
        byte[] big = rewrite(SEED, (name, data) -> name.equals("xl/sharedStrings.xml") ? noise : data);
        XlsxReportReader.Limits limits = new XlsxReportReader.Limits(20L << 20, 1L << 20, 256L << 20, 0.01, 1000, 20000);
        XlsxImportException e = assertThrows(XlsxImportException.class,
                () -> XlsxReportReader.read(new ByteArrayInputStream(big), limits));
        assertEquals(XlsxImportException.ZIP_BOMB, e.code());
        assertEquals(Optional.of("xl/sharedStrings.xml"), e.location());
        assertTrue(e.getMessage().contains("more than 1048576 bytes"), e.getMessage());
    }

    @Test
    void aFileAboveTheSizeCapIsRefusedBeforeReading() throws IOException {
        XlsxReportReader.Limits small = new XlsxReportReader.Limits(10_000, 64L << 20, 256L << 20, 0.01, 1000, 20000);
        XlsxImportException e = assertThrows(XlsxImportException.class,
                () -> XlsxReportReader.read(new ByteArrayInputStream(SEED), small));
        assertEquals(XlsxImportException.TOO_LARGE, e.code());
        Path file = Files.write(dir.resolve("seed.xlsx"), SEED);
        XlsxImportException onDisk = assertThrows(XlsxImportException.class, () -> XlsxReportReader.read(file, small));
        assertEquals(XlsxImportException.TOO_LARGE, onDisk.code());
        assertTrue(onDisk.getMessage().contains("at most 10000"), onDisk.getMessage());
    }

    @Test
    void xmlEntitiesAreRefusedByTheGuardAndByPoiItself() {
        byte[] lol = rewrite(SEED, (name, data) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return data;
            }
            String xml = new String(data, StandardCharsets.UTF_8);
            int root = xml.indexOf("<worksheet");
            String dtd = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>";
            return (xml.substring(0, root) + dtd + xml.substring(root)).getBytes(StandardCharsets.UTF_8);
        });
        assertRefused(lol, XlsxImportException.UNSAFE_XML, "xl/worksheets/sheet1.xml", "DTD");
        // Second line of defence: POI's own parser refuses the DTD as well.
        assertThrows(Exception.class, () -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lol))) {
                wb.getSheetAt(0).getRow(0);
            }
        });
    }

    @Test
    void aSheetWithTooManyRowsIsRefused() {
        XlsxReportReader.Limits few = new XlsxReportReader.Limits(20L << 20, 64L << 20, 256L << 20, 0.01, 1000, 20);
        XlsxImportException e = assertThrows(XlsxImportException.class,
                () -> XlsxReportReader.read(new ByteArrayInputStream(SEED), few));
        assertEquals(XlsxImportException.TOO_LARGE, e.code());
        assertEquals(Optional.of("自评表"), e.location());
    }

    // ------------------------------------------------------------------ wrong template

    @Test
    void aWorkbookWithoutTheFormSheetIsTheWrongTemplate() throws IOException {
        byte[] other;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            wb.write(out);
            other = out.toByteArray();
        }
        assertRefused(other, XlsxImportException.WRONG_TEMPLATE, null, "no sheet named 自评表; the workbook has [Sheet1]");
    }

    @Test
    void aMissingSectionLabelIsTheWrongTemplate() {
        byte[] edited = edit(s -> Workbooks.cell(s, "A3").setCellValue("预算"));
        assertRefused(edited, XlsxImportException.WRONG_TEMPLATE, "自评表!A3", "二、预算执行情况");
    }

    @Test
    void aMovedHeaderLabelIsTheWrongTemplate() {
        byte[] edited = edit(s -> Workbooks.cell(s, "K16").setCellValue("得分?"));
        assertRefused(edited, XlsxImportException.WRONG_TEMPLATE, "自评表!K16", "单项指标得分");
    }

    @Test
    void anUnsupportedDataSheetVersionIsTheWrongTemplate() {
        byte[] edited = editWorkbook(wb -> wb.getSheet("数据").getRow(1).getCell(1).setCellValue("99"));
        assertRefused(edited, XlsxImportException.WRONG_TEMPLATE, "数据!B2", "format version 99");
    }

    // ------------------------------------------------------------------ bad cells

    @Test
    void textInAScoreCellIsABadCell() {
        byte[] edited = edit(s -> Workbooks.cell(s, "K17").setCellValue("九十"));
        assertRefused(edited, XlsxImportException.BAD_CELL, "自评表!K17", "expected a number (单项指标得分), found '九十'");
    }

    @Test
    void aBlankWeightReadsAsAnAbsentWeight() {
        // A form may print only 得分 (no 分值): a blank weight is an audit finding, not a bad cell.
        byte[] edited = edit(s -> Workbooks.cell(s, "L18").setBlank());
        assertEquals(Optional.empty(), XlsxReportReader.read(new ByteArrayInputStream(edited)).indicators().get(1).weight());
    }

    @Test
    void anUnknownGradeIsABadCell() {
        byte[] edited = edit(s -> Workbooks.cell(s, "J17").setCellValue("甲"));
        assertRefused(edited, XlsxImportException.BAD_CELL, "自评表!J17", "expected a grade 优 良 中 差, found '甲'");
    }

    @Test
    void anUnknownComparisonIsABadCell() {
        byte[] edited = edit(s -> Workbooks.cell(s, "F17").setCellValue("约"));
        assertRefused(edited, XlsxImportException.BAD_CELL, "自评表!F17", "comparison symbol");
    }

    @Test
    void aBlankLevelOneIsABadCell() {
        byte[] edited = edit(s -> Workbooks.cell(s, "B24").setBlank());
        assertRefused(edited, XlsxImportException.BAD_CELL, "自评表!B24", "expected 一级指标");
    }

    @Test
    void anUnknownMoneyUnitIsABadCell() {
        byte[] edited = edit(s -> Workbooks.cell(s, "K2").setCellValue("美元"));
        assertRefused(edited, XlsxImportException.BAD_CELL, "自评表!K2", "万元 or 元");
    }

    @Test
    void aTitleWithoutAYearIsABadCell() {
        byte[] edited = edit(s -> Workbooks.cell(s, "A1").setCellValue("部门整体绩效自评表"));
        assertRefused(edited, XlsxImportException.BAD_CELL, "自评表!A1", "expected the title");
    }

    @Test
    void aFormulaErrorIsABadCell() {
        byte[] edited = edit(s -> {
            var c = Workbooks.cell(s, "M26");
            c.setCellFormula("1/0");
            c.setCellErrorValue(FormulaError.DIV0);
        });
        assertRefused(edited, XlsxImportException.BAD_CELL, "自评表!M26", "#DIV/0!");
    }

    @Test
    void aMissingFileIsReported() {
        Path missing = dir.resolve("nope.xlsx");
        XlsxImportException e = assertThrows(XlsxImportException.class, () -> XlsxReportReader.read(missing));
        assertEquals(XlsxImportException.NOT_A_WORKBOOK, e.code());
        assertTrue(e.getMessage().contains("nope.xlsx"), e.getMessage());
    }

    // ------------------------------------------------------------------ helpers

    private static void assertRefused(byte[] bytes, String code, String location, String messagePart) {
        XlsxImportException e = assertThrows(XlsxImportException.class,
                () -> XlsxReportReader.read(new ByteArrayInputStream(bytes)));
        assertEquals(code, e.code(), e.getMessage());
        if (location != null) {
            assertEquals(Optional.of(location), e.location(), e.getMessage());
            assertTrue(e.getMessage().startsWith(location + ": "), e.getMessage());
        }
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertFalse(e.getMessage().contains("\tat ") || e.getMessage().contains("Exception\n"), e.getMessage());
    }

    private static byte[] edit(Consumer<XSSFSheet> change) {
        return editWorkbook(wb -> change.accept(wb.getSheet("自评表")));
    }

    static byte[] editWorkbook(Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = Workbooks.open(SEED); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a zip with some entries' content replaced. */
    private static byte[] rewrite(byte[] zip, java.util.function.BiFunction<String, byte[], byte[]> change) {
        return zip(z -> {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    put(z, e.getName(), change.apply(e.getName(), in.readAllBytes()));
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private static byte[] zip(Consumer<ZipOutputStream> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            body.accept(z);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, byte[] data) {
        try {
            z.putNextEntry(new ZipEntry(name));
            z.write(data);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
