package io.github.selfeval.export.xlsx;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.SelfEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The hostile workbooks of issue 12 (and the reader's share of issue 16), each written as its attacker
 * would write it, with the code it must be refused with — or {@code null} when it must be read.
 */
final class HostileWorkbooks {
    private HostileWorkbooks() {
    }

    /**
     * One hostile file.
     *
     * @param name what it is
     * @param fileName the name it is read under (its extension may lie)
     * @param code the expected {@code READ_*} code, or null when it must be read (to the stub's NO_FORM
     *     for a workbook that is not selfeval's own)
     * @param write writes it
     */
    record Case(String name, String fileName, String code, Consumer<Path> write) {
        Path writeTo(Path dir) {
            Path p = dir.resolve(fileName);
            write.accept(p);
            return p;
        }
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.add(bytes("merged region U2001:ALE1002000", "merge-bomb.xlsx", ReadException.TOO_LARGE,
                () -> mergeBomb("U2001:ALE1002000")));
        out.add(bytes("merged region O1:XFD1048576", "merge-bomb-2.xlsx", ReadException.TOO_LARGE,
                () -> mergeBomb("O1:XFD1048576")));
        out.add(new Case("17.5 M cells", "cells.xlsx", ReadException.TOO_LARGE, HostileWorkbooks::manyCells));
        out.add(bytes("an extra sheet of 1 M cells", "extra-sheet.xlsx", ReadException.TOO_LARGE,
                HostileWorkbooks::extraSheet));
        out.add(bytes("5,000 uncached formulas, each on the one above", "chain-down.xlsx", ReadException.TOO_COMPLEX,
                () -> chain(true)));
        out.add(bytes("5,000 uncached formulas, each on the one below", "chain-up.xlsx", ReadException.TOO_COMPLEX,
                () -> chain(false)));
        out.add(bytes("uncached REPT(REPT(\"A\",30000),30000)", "rept.xlsx", ReadException.TOO_COMPLEX,
                HostileWorkbooks::rept));
        out.add(bytes("数据 of 20,000 rows sharing one 30,000-character string", "data-join.xlsx",
                ReadException.TOO_LARGE, HostileWorkbooks::dataJoin));
        out.add(bytes("数据 nature=bogus", "data-nature.xlsx", ReadException.BAD_CELL,
                () -> dataValue(FormKind.DEPARTMENT, "indicators[0].nature", "bogus")));
        out.add(bytes("数据 moneyUnit=美元", "data-unit.xlsx", ReadException.BAD_CELL,
                () -> dataValue(FormKind.PROJECT, "moneyUnit", "美元")));
        out.add(bytes("数据 kind=company", "data-kind.xlsx", ReadException.BAD_CELL,
                () -> dataValue(FormKind.DEPARTMENT, "kind", "company")));
        out.add(bytes("数据 weight 1e999999999", "data-number.xlsx", ReadException.BAD_CELL,
                () -> dataValue(FormKind.DEPARTMENT, "indicators[0].weight", "1e999999999")));
        out.add(bytes("an uncached formula on another workbook", "external.xlsx", ReadException.BAD_CELL,
                () -> external(false)));
        out.add(bytes("a password-protected workbook", "encrypted.xlsx", ReadException.ENCRYPTED,
                HostileWorkbooks::encrypted));
        out.add(bytes("a DTD after a 70 KB comment", "dtd-comment.xlsx", ReadException.UNSAFE_XML,
                HostileWorkbooks::dtdAfterComment));
        out.add(bytes("a DTD in UTF-16 without BOM", "dtd-utf16.xlsx", ReadException.UNSAFE_XML,
                HostileWorkbooks::dtdUtf16));
        out.add(bytes("XXE in a custom XML part", "xxe.xlsx", ReadException.UNSAFE_XML, HostileWorkbooks::xxe));
        out.add(bytes("a .docx renamed .xlsx", "word.xlsx", ReadException.NOT_RECOGNISED, HostileWorkbooks::docx));
        out.add(bytes("an .xls renamed .xlsx", "old.xlsx", null, HostileWorkbooks::xls));
        out.add(bytes("an .xlsm with macros", "macros.xlsm", null, HostileWorkbooks::xlsm));
        out.add(bytes("ZIP64 data descriptors (POI's streaming writer)", "zip64.xlsx", null, HostileWorkbooks::zip64));
        out.add(bytes("a merged region of 1,996,800 cells, within the limit", "merge-at-limit.xlsx", null,
                () -> mergeBomb("A2:IV7801")));
        out.add(bytes("a cached formula on another workbook", "external-cached.xlsx", null, () -> external(true)));
        return out;
    }

    private static Case bytes(String name, String fileName, String code, java.util.function.Supplier<byte[]> make) {
        return new Case(name, fileName, code, p -> {
            try {
                Files.write(p, make.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static byte[] mergeBomb(String ref) {
        return new RawXlsx().sheet("Sheet1", "<sheetData><row r=\"1\">" + RawXlsx.text("A1", "项目支出绩效自评表")
                + "</row></sheetData><mergeCells count=\"1\"><mergeCell ref=\"" + ref + "\"/></mergeCells>").bytes();
    }

    /**
     * 17.5 million cells in four sheets of 4,375,000 (17,500 rows of 250), each {@code <c s="N"/>} with a
     * random style of eight, so that the file (about 13 MB) passes the size, entry, total and ratio caps.
     */
    static void manyCells(Path file) {
        RawXlsx x = new RawXlsx().level(Deflater.DEFAULT_COMPRESSION);
        for (int s = 1; s <= 4; s++) {
            int seed = s;
            x.streamedSheet("S" + s, out -> {
                Random random = new Random(seed);
                OutputStream o = new java.io.BufferedOutputStream(out, 1 << 16);
                o.write(RawXlsx.sheetXml("<sheetData>").replace("</worksheet>", "").getBytes(StandardCharsets.UTF_8));
                byte[][] cells = new byte[8][];
                for (int i = 0; i < 8; i++) {
                    cells[i] = ("<c s=\"" + i + "\"/>").getBytes(StandardCharsets.US_ASCII);
                }
                for (int r = 1; r <= 17_500; r++) {
                    o.write(("<row r=\"" + r + "\">").getBytes(StandardCharsets.US_ASCII));
                    for (int c = 0; c < 250; c++) {
                        o.write(cells[random.nextInt(8)]);
                    }
                    o.write("</row>".getBytes(StandardCharsets.US_ASCII));
                }
                o.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
                o.flush();
            });
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            x.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small form sheet and a sheet of 1,000,000 number cells (4,000 rows of 250). */
    static byte[] extraSheet() {
        return new RawXlsx().sheet("自评表", "<sheetData><row r=\"1\">" + RawXlsx.text("A1", "项目支出绩效自评表")
                + "</row></sheetData>").streamedSheet("附表", out -> {
                    OutputStream o = new java.io.BufferedOutputStream(out, 1 << 16);
                    o.write(RawXlsx.sheetXml("<sheetData>").replace("</worksheet>", "").getBytes(StandardCharsets.UTF_8));
                    for (int r = 1; r <= 4_000; r++) {
                        o.write(("<row r=\"" + r + "\">").getBytes(StandardCharsets.US_ASCII));
                        for (int c = 0; c < 250; c++) {
                            o.write(("<c><v>" + (r * 250 + c) + "</v></c>").getBytes(StandardCharsets.US_ASCII));
                        }
                        o.write("</row>".getBytes(StandardCharsets.US_ASCII));
                    }
                    o.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
                    o.flush();
                }).bytes();
    }

    /** 5,000 formulas without saved values, each referring to the next (down: A2 = A1+1 …; up: A1 = A2+1 …). */
    static byte[] chain(boolean down) {
        StringBuilder rows = new StringBuilder("<sheetData>");
        int n = 5_000;
        for (int r = 1; r <= n; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            boolean plain = down ? r == 1 : r == n;
            if (plain) {
                rows.append(RawXlsx.number("A" + r, "1"));
            } else {
                rows.append("<c r=\"A").append(r).append("\"><f>A").append(down ? r - 1 : r + 1).append("+1</f></c>");
            }
            rows.append("</row>");
        }
        return new RawXlsx().sheet("Sheet1", rows.append("</sheetData>").toString()).bytes();
    }

    static byte[] rept() {
        return new RawXlsx().sheet("Sheet1", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><f>REPT(REPT(\"A\",30000),30000)"
                + "</f></c></row></sheetData>").bytes();
    }

    /** selfeval's own workbook of a report of the kind. */
    static byte[] own(FormKind kind) {
        SelfEvaluation report = kind == FormKind.DEPARTMENT ? Workbooks.seed()
                : Examples.files().stream().map(Examples::read).filter(r -> r.kind() == FormKind.PROJECT).findFirst()
                        .orElseThrow();
        return Workbooks.export(Examples.score(report));
    }

    /** selfeval's own workbook with one 数据 value replaced. */
    static byte[] dataValue(FormKind kind, String key, String value) {
        return edit(own(kind), wb -> {
            XSSFSheet data = wb.getSheet("数据");
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                XSSFRow row = data.getRow(r);
                if (row != null && row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue(value);
                    return;
                }
            }
            // Not in this report: the reader checks every typed value of 数据, used or not.
            XSSFRow row = data.createRow(data.getLastRowNum() + 1);
            row.createCell(0).setCellValue(key);
            row.createCell(1).setCellValue(value);
        });
    }

    /**
     * selfeval's own workbook whose 数据 continues one value over 20,000 rows of the same 30,000 characters:
     * one row added with POI, then copied 20,000 times in the sheet's XML (all sharing the one string).
     */
    static byte[] dataJoin() {
        String chunk = "问".repeat(30_000);
        byte[] one = edit(own(FormKind.DEPARTMENT), wb -> {
            XSSFSheet data = wb.getSheet("数据");
            XSSFRow row = data.createRow(data.getLastRowNum() + 1);
            row.createCell(0).setCellValue("narrative.problems[0]");
            row.createCell(1).setCellValue(chunk);
        });
        String part = dataSheetPart(one);
        return rewrite(one, part, xml -> {
            int start = xml.lastIndexOf("<row ");
            int end = xml.indexOf("</row>", start) + "</row>".length();
            String last = xml.substring(start, end);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("r=\"(\\d+)\"").matcher(last);
            m.find();
            int r = Integer.parseInt(m.group(1));
            StringBuilder copies = new StringBuilder(xml.substring(0, end));
            for (int i = 1; i <= 20_000; i++) {
                copies.append(last.replace("\"" + r + "\"", "\"" + (r + i) + "\"").replace("A" + r + "\"", "A" + (r + i)
                        + "\"").replace("B" + r + "\"", "B" + (r + i) + "\""));
            }
            return copies.append(xml.substring(end)).toString().replaceAll("<dimension ref=\"[^\"]*\"/>", "");
        });
    }

    /** The zip entry of the 数据 sheet. */
    static String dataSheetPart(byte[] workbook) {
        try (XSSFWorkbook wb = Workbooks.open(workbook)) {
            return wb.getSheet("数据").getPackagePart().getPartName().getName().substring(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a zip with one entry's text changed. */
    static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<String> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
                java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = Workbooks.open(workbook); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A formula on another workbook's cell: {@code [1]Sheet1!A1}, with or without its saved value. */
    static byte[] external(boolean cached) {
        String link = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><externalLink xmlns=\"" + RawXlsx.MAIN_NS
                + "\" xmlns:r=\"" + RawXlsx.REL_NS + "\"><externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Sheet1\"/>"
                + "</sheetNames><sheetDataSet><sheetData sheetId=\"0\"><row r=\"1\"><cell r=\"A1\"><v>42</v></cell></row>"
                + "</sheetData></sheetDataSet></externalBook></externalLink>";
        String linkRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                + " Type=\"" + RawXlsx.REL_NS + "/externalLinkPath\" Target=\"file:///C:/budget/other.xlsx\""
                + " TargetMode=\"External\"/></Relationships>";
        return new RawXlsx()
                .sheet("Sheet1", "<sheetData><row r=\"1\">" + RawXlsx.text("A1", "执行数") + "<c r=\"B1\"><f>[1]Sheet1!A1</f>"
                        + (cached ? "<v>2819.17</v>" : "") + "</c></row></sheetData>")
                .workbookExtra("<externalReferences><externalReference r:id=\"rId90\"/></externalReferences>")
                .workbookRels("<Relationship Id=\"rId90\" Type=\"" + RawXlsx.REL_NS + "/externalLink\""
                        + " Target=\"externalLinks/externalLink1.xml\"/>")
                .contentTypes("<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/>")
                .part("xl/externalLinks/externalLink1.xml", link.getBytes(StandardCharsets.UTF_8))
                .part("xl/externalLinks/_rels/externalLink1.xml.rels", linkRels.getBytes(StandardCharsets.UTF_8))
                .bytes();
    }

    /** A person's workbook saved with a password (agile encryption, as Excel 2010 and later write it). */
    static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("绩效2023");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(personsWorkbook());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small workbook as a person writes it (POI directly). */
    static byte[] personsWorkbook() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet("Sheet1");
            s.createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            s.createRow(1).createCell(0).setCellValue(2819.17);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] dtdAfterComment() {
        String comment = "<!--" + "x".repeat(70 * 1024) + "-->";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + comment
                + "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;"
                + "</t></is></c></row></sheetData></worksheet>";
        return new RawXlsx().streamedSheet("Sheet1", out -> out.write(xml.getBytes(StandardCharsets.UTF_8))).bytes();
    }

    static byte[] dtdUtf16() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE worksheet [<!ENTITY a SYSTEM"
                + " \"file:///etc/passwd\">]><worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&a;</t></is></c></row></sheetData></worksheet>";
        return new RawXlsx().streamedSheet("Sheet1", out -> out.write(xml.getBytes(StandardCharsets.UTF_16LE))).bytes();
    }

    static byte[] xxe() {
        String item = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        return new RawXlsx().sheet("Sheet1", "<sheetData><row r=\"1\">" + RawXlsx.text("A1", "项目支出绩效自评表")
                + "</row></sheetData>").part("customXml/item1.xml", item.getBytes(StandardCharsets.UTF_8)).bytes();
    }

    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("项目支出绩效自评表");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xls() {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A macro-enabled workbook with a VBA project part (whose content is never run, nor even parsed). */
    static byte[] xlsm() {
        byte[] vba = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}, 0, vba, 0, 8);
        return new RawXlsx().mainType("application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .sheet("Sheet1", "<sheetData><row r=\"1\">" + RawXlsx.text("A1", "项目支出绩效自评表") + "</row></sheetData>")
                .contentTypes("<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>")
                .workbookRels("<Relationship Id=\"rId91\" Type=\"http://schemas.microsoft.com/office/2006/relationships"
                        + "/vbaProject\" Target=\"vbaProject.bin\"/>")
                .part("xl/vbaProject.bin", vba).bytes();
    }

    /** A workbook written by POI's streaming writer, whose entries carry ZIP64 data descriptors. */
    static byte[] zip64() {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet("汇总");
            s.createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            s.createRow(1).createCell(0).setCellValue(86.2);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
