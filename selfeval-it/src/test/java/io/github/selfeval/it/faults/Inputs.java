package io.github.selfeval.it.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Bad inputs made from good ones: the seed report as JSON text or tree, and the seed's exported workbook. */
final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile byte[] seedWorkbook;

    private Inputs() {
    }

    // ------------------------------------------------------------------ JSON

    /** The seed's JSON text. */
    static String seedText() {
        return Seed.json();
    }

    /** The seed's JSON with the first occurrence of {@code from} replaced; fails if it does not occur. */
    static byte[] seedReplacing(String from, String to) {
        String s = seedText();
        int at = s.indexOf(from);
        if (at < 0) {
            throw new IllegalStateException("the seed has no " + from);
        }
        return (s.substring(0, at) + to + s.substring(at + from.length())).getBytes(StandardCharsets.UTF_8);
    }

    /** The seed, edited as a tree and written back (UTF-8, no BOM). */
    static byte[] seedEdited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(seedText());
            edit.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a path of field names and array indexes, e.g. {@code "indicators", 0}. */
    static ObjectNode at(JsonNode root, Object... path) {
        JsonNode n = root;
        for (Object p : path) {
            n = p instanceof Integer i ? n.get(i) : n.get((String) p);
        }
        return (ObjectNode) n;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ XLSX

    /** The seed exported by the real xlsx exporter (computed once). */
    static byte[] seedWorkbook() {
        byte[] wb = seedWorkbook;
        if (wb == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportExporters.load().get("xlsx").export(Scorer.forReport(Seed.report()).score(Seed.report()), out,
                    ExportOptions.builder().deterministic(true).build());
            wb = out.toByteArray();
            seedWorkbook = wb;
        }
        return wb.clone();
    }

    /** The seed workbook with its 自评表 sheet edited through POI. */
    static byte[] seedWorkbookEdited(Consumer<XSSFSheet> edit) {
        return seedWorkbookEditedWhole(wb -> edit.accept(wb.getSheet("自评表")));
    }

    /** The seed workbook edited through POI. */
    static byte[] seedWorkbookEditedWhole(Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(seedWorkbook()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell by its A1 reference, created if missing. */
    static XSSFCell cell(XSSFSheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        XSSFRow row = sheet.getRow(r.getRow());
        if (row == null) {
            row = sheet.createRow(r.getRow());
        }
        XSSFCell c = row.getCell(r.getCol());
        return c != null ? c : row.createCell(r.getCol());
    }

    /**
     * The seed workbook with its first score ({@code 自评表!K17}) computed through a chain of {@code links}
     * formulas without cached values ({@code AA1 = AA2+0}, …, the last one 90): reading it needs POI to
     * evaluate the whole chain, one nested call per link (issue 16, defect 1).
     */
    static byte[] formulaChainWorkbook(int links) {
        return seedWorkbookEdited(s -> {
            for (int i = 1; i <= links; i++) {
                cell(s, "AA" + i).setCellFormula("AA" + (i + 1) + "+0");
            }
            cell(s, "AA" + (links + 1)).setCellValue(90);
            XSSFCell k = cell(s, "K17");
            k.setCellFormula("AA1");
            // setCellFormula keeps no value for a new formula; make sure the score's own cached value is gone too
            if (k.getCTCell().isSetV()) {
                k.getCTCell().unsetV();
            }
        });
    }

    /** The workbook encrypted with a password (agile encryption, an OLE2 container), as Excel saves it. */
    static byte[] encrypted(byte[] workbook) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
            enc.confirmPassword("绩效2023");
            try (java.io.OutputStream os = enc.getDataStream(fs)) {
                os.write(workbook);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a zip has a ZIP64 data descriptor: after an entry's data, the signature PK 7 8, the CRC and
     * two 8-byte sizes (24 bytes in all, where the classic descriptor has 16), as POI's streaming writer
     * makes them.
     */
    static boolean hasZip64DataDescriptor(byte[] zip) {
        for (int at = 0; at + 28 <= zip.length; at++) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 7 && zip[at + 3] == 8
                    && zip[at + 24] == 'P' && zip[at + 25] == 'K'
                    && (zip[at + 26] == 3 && zip[at + 27] == 4 || zip[at + 26] == 1 && zip[at + 27] == 2)) {
                return true;
            }
        }
        return false;
    }

    /** A workbook of another template: one sheet with a table of its own. */
    static byte[] otherWorkbook() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("预算表");
            s.createRow(0).createCell(0).setCellValue("项目名称");
            s.getRow(0).createCell(1).setCellValue("金额");
            s.createRow(1).createCell(0).setCellValue("道路维修");
            s.getRow(1).createCell(1).setCellValue(120.5);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a zip with some entries' content replaced (same names and order). */
    static byte[] rewriteZip(byte[] zip, BiFunction<String, byte[], byte[]> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(change.apply(e.getName(), in.readAllBytes()));
                out.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /**
     * Streams a copy of the seed workbook to {@code target} with its 自评表 sheet replaced by a sheet
     * of {@code rows} real rows (about 200 bytes of XML each): the "200 MB sheet" without holding it in memory.
     */
    static void writeHugeSheetWorkbook(OutputStream target, int rows) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(seedWorkbook()));
                ZipOutputStream out = new ZipOutputStream(target)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    in.readAllBytes();
                    writeRows(out, rows);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static void writeRows(OutputStream out, int rows) throws IOException {
        out.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
        StringBuilder sb = new StringBuilder(1 << 16);
        for (int r = 1; r <= rows; r++) {
            // Alike rows, as a sheet filled by copying one row down: they deflate about 100 to 1.
            sb.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append("填报数据 填报数据 填报数据 填报数据 填报数据</t></is></c><c r=\"B").append(r)
                    .append("\"><v>100.25</v></c><c r=\"C").append(r).append("\"><v>97</v></c></row>");
            if (sb.length() > 60_000) {
                out.write(utf8(sb.toString()));
                sb.setLength(0);
            }
        }
        sb.append("</sheetData></worksheet>");
        out.write(utf8(sb.toString()));
    }

    /** The seed workbook with a DTD declaring nested entities ("billion laughs") inserted into one entry. */
    static byte[] billionLaughs(String entry) {
        return rewriteZip(seedWorkbook(), (name, data) -> {
            if (!name.equals(entry)) {
                return data;
            }
            String xml = new String(data, StandardCharsets.UTF_8);
            int root = xml.indexOf('<', xml.indexOf("?>") + 2);
            StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
            for (int i = 1; i <= 9; i++) {
                dtd.append("<!ENTITY lol").append(i).append(" \"");
                for (int k = 0; k < 10; k++) {
                    dtd.append("&lol").append(i - 1).append(';');
                }
                dtd.append("\">");
            }
            dtd.append("]>");
            String body = xml.substring(root).replaceFirst("<t>[^<]*</t>", "<t>&lol9;</t>");
            return utf8(xml.substring(0, root) + dtd + body);
        });
    }

    /** Reads a class path resource of this test module. */
    static byte[] resource(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream("/faults/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture /faults/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
