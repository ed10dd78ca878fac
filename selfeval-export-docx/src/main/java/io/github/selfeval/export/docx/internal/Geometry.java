package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.docx.DocxStyle;

/** A {@link DocxStyle}'s lengths in twips (1/20 point), the unit of WordprocessingML. */
final class Geometry {

    private final DocxStyle style;

    Geometry(DocxStyle style) {
        this.style = style;
    }

    static int twips(float mm) {
        return Math.round(mm / 25.4f * 1440f);
    }

    static int twipsOfPoints(float points) {
        return Math.round(points * 20f);
    }

    int pageWidth() {
        return twips(style.pageWidthMm());
    }

    int pageHeight() {
        return twips(style.pageHeightMm());
    }

    int top() {
        return twips(style.topMarginMm());
    }

    int left() {
        return twips(style.bindingMarginMm());
    }

    int textWidth() {
        return twips(style.textWidthMm());
    }

    int textHeight() {
        return twips(style.textHeightMm());
    }

    /** Whatever is left of the page right of the text block, so that the block is exactly its width. */
    int right() {
        return pageWidth() - left() - textWidth();
    }

    int bottom() {
        return pageHeight() - top() - textHeight();
    }

    /**
     * The exact line spacing of body text: the text block's height over the lines per page, rounded
     * down, so that all {@link DocxStyle#linesPerPage()} lines fit (225 mm / 22 → 579 twips, 28.95 pt).
     */
    int bodyLine() {
        return (int) Math.floor(style.textHeightMm() / 25.4f * 1440f / style.linesPerPage());
    }

    int coverTitleLine() {
        return twipsOfPoints(style.coverTitleSize() * 1.9f);
    }

    int pageNumberLine() {
        return twipsOfPoints(style.pageNumberSize() * 1.2f);
    }

    /** The footer's distance from the bottom edge: the number's top is pageNumberGapMm below the text block. */
    int portraitFooter() {
        return Math.max(0, bottom() - twips(style.pageNumberGapMm()) - pageNumberLine());
    }

    int tableMargin() {
        return twips(style.tableMarginMm());
    }

    /** On landscape pages the number is centred in the bottom margin. */
    int landscapeFooter() {
        return Math.max(0, (tableMargin() - pageNumberLine()) / 2);
    }

    /** The height tables have on one page: the landscape page's between its margins, else the text block's. */
    int tablePageHeight() {
        return style.landscapeTables() ? pageWidth() - 2 * tableMargin() : textHeight();
    }

    int header() {
        return Math.min(twips(15f), top() / 2);
    }

    /** The width tables take: the landscape page's between its margins, else the text block's. */
    int tableWidth() {
        return style.landscapeTables() ? pageHeight() - 2 * tableMargin() : textWidth();
    }
}
