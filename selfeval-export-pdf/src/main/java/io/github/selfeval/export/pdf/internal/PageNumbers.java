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
import io.github.selfeval.export.pdf.PdfStyle;

/**
 * Prints "— n —" centred at the foot of every page, the cover included, as the seed does; in the body
 * font, so that no font is left unembedded. On portrait pages the number's top is
 * {@link PdfStyle#pageNumberGapMm()} below the text block (GB/T 9704: 7 mm); on landscape table pages
 * it is centred in the bottom margin.
 */
final class PageNumbers extends PdfPageEventHelper {
    private final Font font;
    private final PdfStyle style;

    PageNumbers(Font font, PdfStyle style) {
        this.font = font;
        this.style = style;
    }

    /** The characters page numbers use, for the glyph check. */
    static String characters() {
        return "— 0123456789";
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        float size = font.getSize();
        float x = (page.getLeft() + page.getRight()) / 2;
        float y;
        if (page.getWidth() <= page.getHeight()) {
            float blockBottom = page.getHeight()
                    - Utilities.millimetersToPoints(style.topMarginMm() + style.textHeightMm());
            y = blockBottom - Utilities.millimetersToPoints(style.pageNumberGapMm()) - size * 0.8f;
        } else {
            y = Utilities.millimetersToPoints(style.tableMarginMm()) / 2 - size * 0.35f;
        }
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase("— " + writer.getPageNumber() + " —", font), x, Math.max(size * 0.3f, y), 0);
    }
}
