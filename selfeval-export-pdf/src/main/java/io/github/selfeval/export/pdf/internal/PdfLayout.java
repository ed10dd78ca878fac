package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.github.selfeval.export.pdf.PdfStyle;

/**
 * The page and text primitives every part of the document uses: page geometry, paragraphs in the
 * style's fonts, table cells. One instance per document; not thread-safe.
 */
final class PdfLayout {

    private static final float CELL_PADDING = 2.5f;

    final Document document;
    final PdfWriter writer;
    final PdfStyle style;
    final DocumentFonts fonts;

    PdfLayout(Document document, PdfWriter writer, PdfStyle style, DocumentFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.fonts = fonts;
    }

    // ---- page geometry ------------------------------------------------------------------------

    static Rectangle portrait(PdfStyle style) {
        return new Rectangle(mm(style.pageWidthMm()), mm(style.pageHeightMm()));
    }

    void applyPortraitMargins() {
        applyPortraitMargins(document, style);
    }

    static void applyPortraitMargins(Document document, PdfStyle style) {
        document.setPageSize(portrait(style));
        float right = style.pageWidthMm() - style.bindingMarginMm() - style.textWidthMm();
        float bottom = style.pageHeightMm() - style.topMarginMm() - style.textHeightMm();
        // OpenPDF sets the first baseline one leading below the top margin and wants a spare leading
        // below the last line; lowering the bottom margin by one leading gives the text block its
        // linesPerPage lines (22 in GB/T 9704), the last baseline on the block's lower edge.
        document.setMargins(mm(style.bindingMarginMm()), mm(right), mm(style.topMarginMm()),
                Math.max(0, mm(bottom) - style.bodyLeading()));
    }

    void applyTableMargins() {
        if (style.landscapeTables()) {
            // A real landscape media box (no /Rotate), so that every reader extracts the text upright.
            document.setPageSize(new Rectangle(mm(style.pageHeightMm()), mm(style.pageWidthMm())));
            float m = mm(style.tableMarginMm());
            document.setMargins(m, m, m, m);
        }
    }

    /** Starts a new page unless {@code lines} body lines still fit: keeps a heading with its text. */
    void ensureRoom(int lines) {
        float room = writer.getVerticalPosition(false) - document.bottom();
        if (room < lines * style.bodyLeading()) {
            document.newPage();
        }
    }

    static float mm(float v) {
        return Utilities.millimetersToPoints(v);
    }

    // ---- text ---------------------------------------------------------------------------------

    /** Removes what no font draws: control characters other than line breaks, zero-width marks. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                b.append(' ');
            } else if (cp == '\n' || !(Character.getType(cp) == Character.CONTROL
                    || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    Phrase phrase(String text, FontRole role, float size, float leading, String where) {
        String t = clean(text);
        fonts.check(role, t, where);
        Chunk chunk = new Chunk(t, fonts.font(role, size));
        chunk.setSplitCharacter(CjkLineBreaks.INSTANCE);
        Phrase p = new Phrase(leading);
        p.add(chunk);
        return p;
    }

    Paragraph paragraph(String text, FontRole role, float size, int align, float firstIndent, float leading,
            String where) {
        Paragraph p = new Paragraph(leading);
        p.add(phrase(text, role, size, leading, where));
        p.setAlignment(align);
        p.setFirstLineIndent(firstIndent);
        document.add(p);
        return p;
    }

    void body(String text, String where) {
        paragraph(text, FontRole.BODY, style.bodySize(), Element.ALIGN_JUSTIFIED, 2 * style.bodySize(),
                style.bodyLeading(), where);
    }

    void heading(String text, String where) {
        ensureRoom(3);
        paragraph(text, FontRole.HEADING, style.headingSize(), Element.ALIGN_LEFT,
                2 * style.headingSize(), style.bodyLeading(), where);
    }

    void subheading(String text, String where) {
        ensureRoom(3);
        paragraph(text, FontRole.SUBHEADING, style.headingSize(), Element.ALIGN_LEFT, 2 * style.headingSize(),
                style.bodyLeading(), where);
    }

    void blankLine() {
        Paragraph p = new Paragraph(style.bodyLeading());
        p.add(new Chunk(" ", fonts.font(FontRole.BODY, style.bodySize())));
        document.add(p);
    }

    /** A centred paragraph, not yet added: for a {@code ColumnText}. */
    Paragraph centred(String text, FontRole role, float size, float leading, String where) {
        Paragraph p = new Paragraph(leading);
        p.add(phrase(text, role, size, leading, where));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    // ---- tables -------------------------------------------------------------------------------

    PdfPCell cell(String text, FontRole role, int hAlign, int colspan, int rowspan, String where) {
        float size = style.tableFontSize();
        PdfPCell c = new PdfPCell(phrase(text, role, size, size * 1.35f, where));
        c.setHorizontalAlignment(hAlign);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        c.setPadding(CELL_PADDING);
        c.setPaddingBottom(CELL_PADDING + size * 0.2f);
        c.setUseAscender(true);
        c.setLeading(size * 1.3f, 0);
        return c;
    }

    /** A printed label of the form: the heading font, centred. */
    PdfPCell label(String text, int colspan, int rowspan) {
        return cell(text, FontRole.HEADING, Element.ALIGN_CENTER, colspan, rowspan, "table label");
    }

    /** A value: the body font, centred. */
    PdfPCell value(String text, int colspan, int rowspan, String where) {
        return cell(text, FontRole.BODY, Element.ALIGN_CENTER, colspan, rowspan, where);
    }

    /** A text: the body font, left-aligned. */
    PdfPCell text(String text, int colspan, int rowspan, String where) {
        return cell(text, FontRole.BODY, Element.ALIGN_LEFT, colspan, rowspan, where);
    }

    /** A block's label across the table, shaded: 一、基本情况, 项目资金（万元）. */
    PdfPCell sectionRow(String text, int columns) {
        PdfPCell c = cell(text, FontRole.HEADING, Element.ALIGN_LEFT, columns, 1, "table section");
        c.setGrayFill(0.92f);
        return c;
    }

    static PdfPTable table(float... widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        // Rows stay whole unless one is taller than a page.
        t.setSplitLate(true);
        t.setSplitRows(true);
        return t;
    }
}
