package io.github.selfeval.export.xlsx.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A sheet's notes (cell comments), written as its comments part and the VML drawing that places them,
 * as XML text.
 *
 * <p>POI builds every comment as xmlbeans objects, a comment and a VML shape each, and serialises them
 * through the DOM: a quarter of a 200-indicator export, where every row carries a note. The parts written
 * here are the ones POI writes (one author, each note hidden beside its cell, three columns wide and two
 * rows high), and POI, Excel and LibreOffice read them as notes of their cells. Not thread-safe; one per
 * sheet.
 */
final class Notes {
    private static final String AUTHOR = "selfeval";
    /** The first VML shape id of the sheet's notes, as Excel numbers them for the first drawing. */
    private static final int FIRST_SHAPE = 1025;

    private record Note(int row, int column, String text) {
    }

    private final List<Note> notes = new ArrayList<>();
    private final Set<CellAddress> cells = new HashSet<>();

    /** Adds a note on a cell; a cell takes one note (as in POI, Excel and LibreOffice). */
    void add(int row, int column, String text) {
        if (!cells.add(new CellAddress(row, column))) {
            throw new IllegalArgumentException("a second note on " + new CellAddress(row, column));
        }
        notes.add(new Note(row, column, text));
    }

    /**
     * Adds the comments and VML parts to the sheet and points the sheet at the drawing; nothing when the
     * sheet has no notes. Call once, when the sheet's notes are all added.
     */
    void attach(XSSFSheet sheet) {
        if (notes.isEmpty()) {
            return;
        }
        Part comments = (Part) sheet.createRelationship(XSSFRelation.SHEET_COMMENTS,
                sheet.getWorkbook().getXssfFactory(), 1);
        comments.body = this::writeComments;
        Part vml = (Part) sheet.createRelationship(XSSFRelation.VML_DRAWINGS, sheet.getWorkbook().getXssfFactory(), 1);
        vml.body = this::writeVml;
        sheet.getCTWorksheet().addNewLegacyDrawing().setId(sheet.getRelationId(vml));
    }

    private void writeComments(Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<comments xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author>");
        w.write(AUTHOR);
        w.write("</author></authors><commentList>");
        for (Note n : notes) {
            w.write("<comment ref=\"");
            w.write(new CellReference(n.row(), n.column()).formatAsString());
            w.write("\" authorId=\"0\"><text><t");
            w.write(XmlText.preserves(n.text()) ? " xml:space=\"preserve\">" : ">");
            XmlText.escape(n.text(), w);
            w.write("</t></text></comment>");
        }
        w.write("</commentList></comments>");
    }

    private void writeVml(Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>"
                + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
                + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
                + "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int id = FIRST_SHAPE;
        for (Note n : notes) {
            w.write("<v:shape id=\"_x0000_s");
            w.write(Integer.toString(id++));
            w.write("\" type=\"#_x0000_t202\" style=\"position:absolute; visibility:hidden\" fillcolor=\"#ffffe1\""
                    + " o:insetmode=\"auto\"><v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\""
                    + " obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>"
                    + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>");
            // From the column right of the cell, on the cell's row, to three columns on and two rows down.
            w.write((n.column() + 1) + ", 0, " + n.row() + ", 0, " + (n.column() + 4) + ", 0, " + (n.row() + 2) + ", 0");
            w.write("</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>");
            w.write(Integer.toString(n.row()));
            w.write("</x:Row><x:Column>");
            w.write(Integer.toString(n.column()));
            w.write("</x:Column></x:ClientData></v:shape>");
        }
        w.write("</xml>");
    }

    /** What writes a part's text. */
    @FunctionalInterface
    interface Body {
        void write(Writer w) throws IOException;
    }

    /**
     * A package part whose XML text a {@link Body} writes when the workbook is saved; what the workbook's
     * factory makes for the comments and VML relations ({@link StreamingWorkbook}).
     */
    static final class Part extends POIXMLDocumentPart {
        private Body body;

        @Override
        protected void commit() throws IOException {
            if (body == null) {
                return;
            }
            try (OutputStream out = getPackagePart().getOutputStream()) {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8 * 1024);
                body.write(w);
                w.flush();
            }
        }
    }
}
