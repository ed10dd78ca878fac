package io.github.selfeval.export.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written as bytes, the way an attacker (or a careless generator) writes them: a zip of XML
 * parts, nothing of POI or of selfeval's writer. A sheet part may be streamed, so that a workbook of
 * millions of cells is written without holding it.
 */
public final class RawXlsx {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Writes one sheet's XML to a stream. */
    public interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    private final Map<String, SheetWriter> sheets = new LinkedHashMap<>();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private final Map<String, String> hidden = new LinkedHashMap<>();
    private String workbookExtra = "";
    private String workbookRelsExtra = "";
    private String contentTypesExtra = "";
    private String mainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private int level = Deflater.DEFAULT_COMPRESSION;

    /** Adds a sheet whose {@code <sheetData>} and what follows it are {@code body}. */
    public RawXlsx sheet(String name, String body) {
        byte[] xml = sheetXml(body).getBytes(StandardCharsets.UTF_8);
        sheets.put(name, out -> out.write(xml));
        return this;
    }

    /** Adds a sheet written by {@code writer} (the whole part, XML declaration included). */
    public RawXlsx streamedSheet(String name, SheetWriter writer) {
        sheets.put(name, writer);
        return this;
    }

    /** Adds a hidden sheet. */
    public RawXlsx hiddenSheet(String name, String body) {
        hidden.put(name, "hidden");
        return sheet(name, body);
    }

    /** Adds any part. */
    public RawXlsx part(String name, byte[] content) {
        extra.put(name, content);
        return this;
    }

    /** Adds XML inside the workbook part, after {@code <sheets>}. */
    public RawXlsx workbookExtra(String xml) {
        workbookExtra += xml;
        return this;
    }

    /** Adds relationships of the workbook part. */
    public RawXlsx workbookRels(String xml) {
        workbookRelsExtra += xml;
        return this;
    }

    /** Adds content type entries. */
    public RawXlsx contentTypes(String xml) {
        contentTypesExtra += xml;
        return this;
    }

    /** The main part's content type (e.g. a macro-enabled workbook's). */
    public RawXlsx mainType(String type) {
        mainType = type;
        return this;
    }

    /** The deflate level. */
    public RawXlsx level(int v) {
        level = v;
        return this;
    }

    static String sheetXml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"" + REL_NS + "\">" + body + "</worksheet>";
    }

    /** The workbook. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    /** Writes the workbook. */
    public void write(OutputStream target) {
        try (ZipOutputStream z = new ZipOutputStream(target)) {
            z.setLevel(level);
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + mainType + "\"/>");
            StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS
                    + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            int i = 1;
            for (String name : sheets.keySet()) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                        .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                wb.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(i).append("\" r:id=\"rId")
                        .append(i).append('"').append(hidden.containsKey(name) ? " state=\"hidden\"" : "").append("/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
                i++;
            }
            types.append(contentTypesExtra).append("</Types>");
            wb.append("</sheets>").append(workbookExtra).append("</workbook>");
            rels.append(workbookRelsExtra).append("</Relationships>");
            put(z, "[Content_Types].xml", types.toString().getBytes(StandardCharsets.UTF_8));
            put(z, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                    + " Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            put(z, "xl/workbook.xml", wb.toString().getBytes(StandardCharsets.UTF_8));
            put(z, "xl/_rels/workbook.xml.rels", rels.toString().getBytes(StandardCharsets.UTF_8));
            i = 1;
            for (SheetWriter w : sheets.values()) {
                z.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i++ + ".xml"));
                OutputStream shield = new java.io.FilterOutputStream(z) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                    }
                };
                w.write(shield);
                shield.flush();
                z.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                put(z, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream z, String name, byte[] data) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(data);
        z.closeEntry();
    }

    /** An inline-string cell. */
    public static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A number cell. */
    public static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }
}
