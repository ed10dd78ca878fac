package io.github.selfeval.export.docx;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.docx.internal.DocxExporter;
import java.util.Objects;

/**
 * The page layout, type sizes and font names of the DOCX exporter: a value object, never constants in
 * the code.
 *
 * <p>{@link #gbt9704()} is the default and follows GB/T 9704-2012 (党政机关公文格式) as practised: A4,
 * top margin 37 mm, binding (left) margin 28 mm, text block 156 × 225 mm, title 2号 (22 pt) 小标宋,
 * headings and body 3号 (16 pt) — 一、 in 黑体, （一） in 楷体, text in 仿宋 — with exact line spacing
 * for 22 lines to the page, page numbers 「— 1 —」 in 4号 (14 pt) 宋体 7 mm below the text block. The
 * 自评表 is set on a landscape A4 section in 五号 (10.5 pt). The components shared with the PDF
 * exporter's {@code PdfStyle} have its names and meanings; the font names are this format's own,
 * because a Word document names its fonts instead of embedding them.
 *
 * <p>The exporter found by {@code ReportExporters} uses {@link #gbt9704()}. To use another style, make
 * one with {@link #builder()} and take its {@link #exporter()}, for example
 * {@code ReportExporters.of(DocxStyle.builder().bodyFont("仿宋").build().exporter())}.
 *
 * <p>Lengths ending in {@code Mm} are millimetres; sizes are points (1/72 inch). Font names are written
 * as given, for every script (Latin, East Asian, complex); the reader's word processor substitutes a
 * font it lacks. Immutable and thread-safe.
 *
 * @param pageWidthMm the portrait page width (A4: 210)
 * @param pageHeightMm the portrait page height (A4: 297)
 * @param topMarginMm the distance from the top edge to the text block (37)
 * @param bindingMarginMm the distance from the left (binding) edge to the text block (28)
 * @param textWidthMm the width of the text block (156)
 * @param textHeightMm the height of the text block (225)
 * @param coverTitleSize the size of the cover's title lines (一号, 26 pt)
 * @param titleSize the size of the document title (2号, 22 pt)
 * @param headingSize the size of the headings 一、 and （一） (3号, 16 pt)
 * @param bodySize the size of body text (3号, 16 pt)
 * @param linesPerPage how many body lines fill the text block; sets the exact line spacing (22)
 * @param pageNumberSize the size of the page numbers (4号, 14 pt)
 * @param pageNumberGapMm the distance from the bottom of the text block to the page numbers (7)
 * @param landscapeTables whether the 自评表 goes on a landscape section
 * @param tableFontSize the size of text in tables, notes and the audit appendix (五号, 10.5 pt)
 * @param tableMarginMm the margin on every side of the landscape table section
 * @param titleFont the font of the cover and the document title (方正小标宋简体)
 * @param headingFont the font of 一、 headings and of table labels (黑体)
 * @param subheadingFont the font of （一） headings (楷体_GB2312)
 * @param bodyFont the font of body text and tables (仿宋_GB2312)
 * @param pageNumberFont the font of the page numbers (宋体)
 * @since 0.2
 */
public record DocxStyle(
        float pageWidthMm,
        float pageHeightMm,
        float topMarginMm,
        float bindingMarginMm,
        float textWidthMm,
        float textHeightMm,
        float coverTitleSize,
        float titleSize,
        float headingSize,
        float bodySize,
        int linesPerPage,
        float pageNumberSize,
        float pageNumberGapMm,
        boolean landscapeTables,
        float tableFontSize,
        float tableMarginMm,
        String titleFont,
        String headingFont,
        String subheadingFont,
        String bodyFont,
        String pageNumberFont) {

    /** Points per millimetre. */
    private static final float MM_TO_PT = 72f / 25.4f;

    private static final DocxStyle GBT_9704 = new DocxStyle(210f, 297f, 37f, 28f, 156f, 225f,
            26f, 22f, 16f, 16f, 22, 14f, 7f, true, 10.5f, 20f,
            "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体");

    /**
     * Checks that every size is positive, that the text block fits on the page and that every font
     * has a name.
     *
     * @param pageWidthMm the portrait page width
     * @param pageHeightMm the portrait page height
     * @param topMarginMm the top margin
     * @param bindingMarginMm the binding (left) margin
     * @param textWidthMm the text block's width
     * @param textHeightMm the text block's height
     * @param coverTitleSize the size of the cover's title lines
     * @param titleSize the size of the document title
     * @param headingSize the size of headings
     * @param bodySize the size of body text
     * @param linesPerPage the body lines per text block
     * @param pageNumberSize the size of page numbers
     * @param pageNumberGapMm the gap between text block and page numbers
     * @param landscapeTables whether the 自评表 is landscape
     * @param tableFontSize the size of table text
     * @param tableMarginMm the margin of the landscape table section
     * @param titleFont the title font's name
     * @param headingFont the heading font's name
     * @param subheadingFont the sub-heading font's name
     * @param bodyFont the body font's name
     * @param pageNumberFont the page-number font's name
     * @throws IllegalArgumentException naming the component that is out of range
     */
    public DocxStyle {
        positive("pageWidthMm", pageWidthMm);
        positive("pageHeightMm", pageHeightMm);
        nonNegative("topMarginMm", topMarginMm);
        nonNegative("bindingMarginMm", bindingMarginMm);
        positive("textWidthMm", textWidthMm);
        positive("textHeightMm", textHeightMm);
        positive("coverTitleSize", coverTitleSize);
        positive("titleSize", titleSize);
        positive("headingSize", headingSize);
        positive("bodySize", bodySize);
        positive("pageNumberSize", pageNumberSize);
        nonNegative("pageNumberGapMm", pageNumberGapMm);
        positive("tableFontSize", tableFontSize);
        nonNegative("tableMarginMm", tableMarginMm);
        fontName("titleFont", titleFont);
        fontName("headingFont", headingFont);
        fontName("subheadingFont", subheadingFont);
        fontName("bodyFont", bodyFont);
        fontName("pageNumberFont", pageNumberFont);
        if (linesPerPage < 1) {
            throw new IllegalArgumentException("linesPerPage must be at least 1, was " + linesPerPage);
        }
        if (bindingMarginMm + textWidthMm > pageWidthMm) {
            throw new IllegalArgumentException("bindingMarginMm + textWidthMm (" + (bindingMarginMm + textWidthMm)
                    + ") exceeds pageWidthMm (" + pageWidthMm + ")");
        }
        if (topMarginMm + textHeightMm > pageHeightMm) {
            throw new IllegalArgumentException("topMarginMm + textHeightMm (" + (topMarginMm + textHeightMm)
                    + ") exceeds pageHeightMm (" + pageHeightMm + ")");
        }
        if (2 * tableMarginMm >= Math.min(pageWidthMm, pageHeightMm)) {
            throw new IllegalArgumentException("tableMarginMm (" + tableMarginMm + ") leaves no room on the page");
        }
        if (bodySize > textHeightMm / linesPerPage * MM_TO_PT) {
            throw new IllegalArgumentException("linesPerPage (" + linesPerPage + ") does not leave room for bodySize ("
                    + bodySize + " pt) in textHeightMm (" + textHeightMm + ")");
        }
    }

    /**
     * The GB/T 9704-2012 layout described above: the default of the {@code docx} exporter.
     *
     * @return the style, never null
     */
    public static DocxStyle gbt9704() {
        return GBT_9704;
    }

    /**
     * A builder starting from {@link #gbt9704()}.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder(GBT_9704);
    }

    /**
     * A builder starting from this style.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * An exporter (format id {@code docx}) that writes in this style; register it with
     * {@code ReportExporters.of(...)} or call it directly.
     *
     * @return a new exporter, never null; stateless and thread-safe
     */
    public ReportExporter exporter() {
        return new DocxExporter(this);
    }

    /**
     * The space between body lines: the text block's height divided by {@link #linesPerPage()}, in points.
     *
     * @return the leading in points
     */
    public float bodyLeading() {
        return textHeightMm / linesPerPage * MM_TO_PT;
    }

    private static void positive(String name, float v) {
        if (!(v > 0) || Float.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a positive number, was " + v);
        }
    }

    private static void nonNegative(String name, float v) {
        if (!(v >= 0) || Float.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + v);
        }
    }

    private static void fontName(String name, String v) {
        Objects.requireNonNull(v, name);
        if (v.isBlank() || v.length() > 31 || v.chars().anyMatch(c -> c < 0x20 || c == '"' || c == '<' || c == '&')) {
            throw new IllegalArgumentException(name + " must be a font name of 1 to 31 characters without"
                    + " control characters, quotes, '<' or '&', was '" + v + "'");
        }
    }

    /**
     * Builds a {@link DocxStyle}; each setter names the record component it sets. Not thread-safe.
     *
     * @since 0.2
     */
    public static final class Builder {
        private float pageWidthMm;
        private float pageHeightMm;
        private float topMarginMm;
        private float bindingMarginMm;
        private float textWidthMm;
        private float textHeightMm;
        private float coverTitleSize;
        private float titleSize;
        private float headingSize;
        private float bodySize;
        private int linesPerPage;
        private float pageNumberSize;
        private float pageNumberGapMm;
        private boolean landscapeTables;
        private float tableFontSize;
        private float tableMarginMm;
        private String titleFont;
        private String headingFont;
        private String subheadingFont;
        private String bodyFont;
        private String pageNumberFont;

        private Builder(DocxStyle s) {
            pageWidthMm = s.pageWidthMm;
            pageHeightMm = s.pageHeightMm;
            topMarginMm = s.topMarginMm;
            bindingMarginMm = s.bindingMarginMm;
            textWidthMm = s.textWidthMm;
            textHeightMm = s.textHeightMm;
            coverTitleSize = s.coverTitleSize;
            titleSize = s.titleSize;
            headingSize = s.headingSize;
            bodySize = s.bodySize;
            linesPerPage = s.linesPerPage;
            pageNumberSize = s.pageNumberSize;
            pageNumberGapMm = s.pageNumberGapMm;
            landscapeTables = s.landscapeTables;
            tableFontSize = s.tableFontSize;
            tableMarginMm = s.tableMarginMm;
            titleFont = s.titleFont;
            headingFont = s.headingFont;
            subheadingFont = s.subheadingFont;
            bodyFont = s.bodyFont;
            pageNumberFont = s.pageNumberFont;
        }

        /**
         * Sets the portrait page size.
         *
         * @param widthMm the width in millimetres
         * @param heightMm the height in millimetres
         * @return this builder
         */
        public Builder pageSizeMm(float widthMm, float heightMm) {
            pageWidthMm = widthMm;
            pageHeightMm = heightMm;
            return this;
        }

        /**
         * Sets the text block: where it starts and how large it is.
         *
         * @param topMarginMm the top margin
         * @param bindingMarginMm the left (binding) margin
         * @param textWidthMm the width
         * @param textHeightMm the height
         * @return this builder
         */
        public Builder textBlockMm(float topMarginMm, float bindingMarginMm, float textWidthMm, float textHeightMm) {
            this.topMarginMm = topMarginMm;
            this.bindingMarginMm = bindingMarginMm;
            this.textWidthMm = textWidthMm;
            this.textHeightMm = textHeightMm;
            return this;
        }

        /**
         * Sets the size of the cover's title lines.
         *
         * @param v the size in points
         * @return this builder
         */
        public Builder coverTitleSize(float v) {
            coverTitleSize = v;
            return this;
        }

        /**
         * Sets the size of the document title.
         *
         * @param v the size in points
         * @return this builder
         */
        public Builder titleSize(float v) {
            titleSize = v;
            return this;
        }

        /**
         * Sets the size of headings.
         *
         * @param v the size in points
         * @return this builder
         */
        public Builder headingSize(float v) {
            headingSize = v;
            return this;
        }

        /**
         * Sets the size of body text.
         *
         * @param v the size in points
         * @return this builder
         */
        public Builder bodySize(float v) {
            bodySize = v;
            return this;
        }

        /**
         * Sets how many body lines fill the text block.
         *
         * @param v the number of lines
         * @return this builder
         */
        public Builder linesPerPage(int v) {
            linesPerPage = v;
            return this;
        }

        /**
         * Sets the size of page numbers.
         *
         * @param v the size in points
         * @return this builder
         */
        public Builder pageNumberSize(float v) {
            pageNumberSize = v;
            return this;
        }

        /**
         * Sets the distance from the text block to the page numbers.
         *
         * @param v the distance in millimetres
         * @return this builder
         */
        public Builder pageNumberGapMm(float v) {
            pageNumberGapMm = v;
            return this;
        }

        /**
         * Sets whether the 自评表 goes on a landscape section.
         *
         * @param v true for landscape
         * @return this builder
         */
        public Builder landscapeTables(boolean v) {
            landscapeTables = v;
            return this;
        }

        /**
         * Sets the size of text in tables and notes.
         *
         * @param v the size in points
         * @return this builder
         */
        public Builder tableFontSize(float v) {
            tableFontSize = v;
            return this;
        }

        /**
         * Sets the margin of the landscape table section.
         *
         * @param v the margin in millimetres
         * @return this builder
         */
        public Builder tableMarginMm(float v) {
            tableMarginMm = v;
            return this;
        }

        /**
         * Sets the font of the cover and the document title.
         *
         * @param v the font's name, e.g. {@code 方正小标宋简体}
         * @return this builder
         */
        public Builder titleFont(String v) {
            titleFont = v;
            return this;
        }

        /**
         * Sets the font of 一、 headings and table labels.
         *
         * @param v the font's name, e.g. {@code 黑体}
         * @return this builder
         */
        public Builder headingFont(String v) {
            headingFont = v;
            return this;
        }

        /**
         * Sets the font of （一） headings.
         *
         * @param v the font's name, e.g. {@code 楷体}
         * @return this builder
         */
        public Builder subheadingFont(String v) {
            subheadingFont = v;
            return this;
        }

        /**
         * Sets the font of body text and tables.
         *
         * @param v the font's name, e.g. {@code 仿宋}
         * @return this builder
         */
        public Builder bodyFont(String v) {
            bodyFont = v;
            return this;
        }

        /**
         * Sets the font of the page numbers.
         *
         * @param v the font's name, e.g. {@code 宋体}
         * @return this builder
         */
        public Builder pageNumberFont(String v) {
            pageNumberFont = v;
            return this;
        }

        /**
         * Builds the style.
         *
         * @return the style, never null
         * @throws IllegalArgumentException if a value is out of range
         */
        public DocxStyle build() {
            return new DocxStyle(pageWidthMm, pageHeightMm, topMarginMm, bindingMarginMm, textWidthMm, textHeightMm,
                    coverTitleSize, titleSize, headingSize, bodySize, linesPerPage, pageNumberSize, pageNumberGapMm,
                    landscapeTables, tableFontSize, tableMarginMm, titleFont, headingFont, subheadingFont, bodyFont,
                    pageNumberFont);
        }
    }
}
