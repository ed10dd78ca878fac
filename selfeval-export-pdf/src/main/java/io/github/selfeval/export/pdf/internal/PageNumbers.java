package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Prints "— n —" centred below the text block of every page, the cover included, as the seed does;
 * in the body font, so that no font is left unembedded.
 */
final class PageNumbers extends PdfPageEventHelper {
    private final Font font;
    private final float gap;

    PageNumbers(Font font, float gapMm) {
        this.font = font;
        this.gap = Utilities.millimetersToPoints(gapMm);
    }

    /** The characters page numbers use, for the glyph check. */
    static String characters() {
        return "— 0123456789";
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        float x = (page.getLeft() + page.getRight()) / 2;
        float y = document.bottomMargin() - gap - font.getSize() * 0.8f;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase("— " + writer.getPageNumber() + " —", font), x, y, 0);
    }
}
