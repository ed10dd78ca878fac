package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.docx.DocxStyle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document's {@code styles.xml} and {@code fontTable.xml}, made from a {@link DocxStyle}: the
 * paragraph styles 正文, 标题 1–3, 标题 and the cover, table, note and footer styles the body's
 * paragraphs name instead of carrying direct formatting. Every style names its font for all four
 * scripts ({@code ascii}, {@code hAnsi}, {@code eastAsia}, {@code cs}), so that Word and WPS show
 * 仿宋 and not a Latin default.
 */
final class StyleSheet {

    static final String NORMAL = "Normal";
    static final String HEADING1 = "Heading1";
    static final String HEADING2 = "Heading2";
    static final String HEADING3 = "Heading3";
    static final String TITLE = "Title";
    static final String COVER_TITLE = "CoverTitle";
    static final String COVER_LINE = "CoverLine";
    static final String FORM_TITLE = "FormTitle";
    static final String TABLE_LABEL = "TableLabel";
    static final String TABLE_SECTION = "TableSection";
    static final String TABLE_VALUE = "TableValue";
    static final String TABLE_TEXT = "TableText";
    static final String NOTE_HEADING = "NoteHeading";
    static final String NOTE = "Note";
    static final String SPACER = "TableSpacer";
    static final String FOOTER = "Footer";
    static final String TABLE_GRID = "TableGrid";

    /** The names the styles have in Word's style list, by id. */
    static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(NORMAL, "正文");
        m.put(HEADING1, "标题 1");
        m.put(HEADING2, "标题 2");
        m.put(HEADING3, "标题 3");
        m.put(TITLE, "标题");
        m.put(COVER_TITLE, "封面标题");
        m.put(COVER_LINE, "封面署名");
        m.put(FORM_TITLE, "表格标题");
        m.put(TABLE_LABEL, "表格栏目");
        m.put(TABLE_SECTION, "表格分项");
        m.put(TABLE_VALUE, "表格数值");
        m.put(TABLE_TEXT, "表格文字");
        m.put(NOTE_HEADING, "表注标题");
        m.put(NOTE, "表注");
        m.put(SPACER, "表间距");
        m.put(FOOTER, "页脚");
        m.put(TABLE_GRID, "网格型");
        return Map.copyOf(m);
    }

    /** Word's substitutes for the commercial fonts GB/T 9704 names, written as {@code altName}. */
    private static final Map<String, String> SUBSTITUTES = Map.of(
            "方正小标宋简体", "宋体",
            "方正小标宋_GBK", "宋体",
            "仿宋_GB2312", "仿宋",
            "楷体_GB2312", "楷体",
            "黑体", "SimHei",
            "宋体", "SimSun",
            "仿宋", "FangSong",
            "楷体", "KaiTi");

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final DocxStyle style;
    private final Geometry geometry;

    StyleSheet(DocxStyle style, Geometry geometry) {
        this.style = style;
        this.geometry = geometry;
    }

    String stylesXml() {
        int body = geometry.bodyLine();
        int indent = Math.round(style.bodySize() * 2 * 20);
        int tableLine = tableLine(style);
        int noteLine = Math.round(style.tableFontSize() * 1.6f * 20);
        float formTitle = Math.min(style.titleSize(), 18f);
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:styles xmlns:w=\"").append(W).append("\">")
                .append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts(style.bodyFont()))
                .append("<w:kern w:val=\"2\"/>").append(size(style.bodySize()))
                .append("<w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/>")
                .append("<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>");

        // 正文: 3号仿宋, exact spacing for linesPerPage lines, first line indented two characters.
        paragraph(b, NORMAL, null, NORMAL, true,
                "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + body + "\" w:lineRule=\"exact\"/>"
                        + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"" + indent + "\"/><w:jc w:val=\"both\"/>",
                fonts(style.bodyFont()) + size(style.bodySize()));
        // 标题 1: 一、 in 黑体; 标题 2: （一） in 楷体; 标题 3: 1. in 仿宋 — indented like the text, as GB/T 9704 sets them.
        paragraph(b, HEADING1, NORMAL, NORMAL, true, "<w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"0\"/>",
                fonts(style.headingFont()) + size(style.headingSize()));
        paragraph(b, HEADING2, NORMAL, NORMAL, true, "<w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"1\"/>",
                fonts(style.subheadingFont()) + size(style.headingSize()));
        paragraph(b, HEADING3, NORMAL, NORMAL, true, "<w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"2\"/>",
                fonts(style.bodyFont()) + size(style.headingSize()));
        // 标题: the document title, 2号小标宋, centred, a blank line below it.
        paragraph(b, TITLE, NORMAL, NORMAL, true,
                "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"" + body + "\" w:line=\""
                        + Math.max(body, Math.round(style.titleSize() * 1.3f * 20)) + "\" w:lineRule=\"exact\"/>"
                        + noIndent() + "<w:jc w:val=\"center\"/>",
                fonts(style.titleFont()) + size(style.titleSize()));
        paragraph(b, COVER_TITLE, NORMAL, COVER_TITLE, true,
                "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"" + geometry.coverTitleLine()
                        + "\" w:lineRule=\"exact\"/>" + noIndent()
                        + "<w:jc w:val=\"center\"/>",
                fonts(style.titleFont()) + size(style.coverTitleSize()));
        paragraph(b, COVER_LINE, NORMAL, COVER_LINE, false, "<w:snapToGrid w:val=\"0\"/>" + noIndent() + "<w:jc w:val=\"center\"/>", "");
        paragraph(b, FORM_TITLE, NORMAL, NORMAL, true,
                "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\""
                        + Math.round(style.tableFontSize() * 20) + "\" w:line=\"" + Math.round(formTitle * 1.6f * 20)
                        + "\" w:lineRule=\"exact\"/>" + noIndent() + "<w:jc w:val=\"center\"/>",
                fonts(style.titleFont()) + size(formTitle));
        String table = "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + tableLine
                + "\" w:lineRule=\"exact\"/>" + noIndent();
        paragraph(b, TABLE_VALUE, NORMAL, TABLE_VALUE, true, table + "<w:jc w:val=\"center\"/>",
                fonts(style.bodyFont()) + size(style.tableFontSize()));
        paragraph(b, TABLE_LABEL, TABLE_VALUE, TABLE_LABEL, true, "<w:jc w:val=\"center\"/>",
                fonts(style.headingFont()));
        paragraph(b, TABLE_SECTION, TABLE_LABEL, TABLE_SECTION, true, "<w:jc w:val=\"left\"/>", "");
        paragraph(b, TABLE_TEXT, TABLE_VALUE, TABLE_TEXT, true, "<w:jc w:val=\"both\"/>", "");
        String note = "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + noteLine
                + "\" w:lineRule=\"exact\"/>";
        paragraph(b, NOTE, NORMAL, NOTE, true, note + "<w:ind w:left=\"" + Math.round(style.tableFontSize() * 20)
                + "\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"both\"/>",
                fonts(style.bodyFont()) + size(style.tableFontSize()));
        paragraph(b, NOTE_HEADING, NOTE, NOTE, true, "<w:keepNext/><w:spacing w:before=\""
                + Math.round(style.tableFontSize() * 10) + "\"/><w:ind w:left=\"0\" w:firstLineChars=\"0\""
                + " w:firstLine=\"0\"/><w:jc w:val=\"left\"/>", fonts(style.headingFont()));
        // Between two tables, so that Word and LibreOffice keep them apart; one point high.
        paragraph(b, SPACER, NORMAL, NORMAL, false, "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\""
                + " w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>" + noIndent(), size(1));
        // 页脚: 「— 1 —」 in 4号半角宋体, centred.
        paragraph(b, FOOTER, NORMAL, FOOTER, false, "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\""
                + " w:after=\"0\" w:line=\"" + geometry.pageNumberLine() + "\" w:lineRule=\"exact\"/>" + noIndent()
                + "<w:jc w:val=\"center\"/>", fonts(style.pageNumberFont()) + size(style.pageNumberSize()));
        b.append("<w:style w:type=\"table\" w:styleId=\"").append(TABLE_GRID).append("\"><w:name w:val=\"")
                .append(NAMES.get(TABLE_GRID)).append("\"/><w:uiPriority w:val=\"59\"/><w:pPr><w:jc w:val=\"center\"/>")
                .append("</w:pPr><w:tblPr><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            b.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        b.append("</w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");
        b.append("</w:styles>");
        return b.toString();
    }

    /** The exact line height of table text: 1.3 × its size, in twips. */
    static int tableLine(DocxStyle style) {
        return Math.round(style.tableFontSize() * 1.3f * 20);
    }

    private void paragraph(StringBuilder b, String id, String basedOn, String next, boolean quick, String pPr,
            String rPr) {
        b.append("<w:style w:type=\"paragraph\"");
        if (id.equals(NORMAL)) {
            b.append(" w:default=\"1\"");
        }
        b.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(NAMES.get(id)).append("\"/>");
        if (basedOn != null) {
            b.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        b.append("<w:next w:val=\"").append(next).append("\"/>");
        if (quick) {
            b.append("<w:qFormat/>");
        }
        b.append("<w:pPr>").append(pPr).append("</w:pPr>");
        if (!rPr.isEmpty()) {
            b.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        b.append("</w:style>");
    }

    private static String noIndent() {
        return "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    }

    /** One font for every script: POI's setFontFamily would leave eastAsia to a template's default. */
    private static String fonts(String name) {
        return "<w:rFonts w:ascii=\"" + name + "\" w:hAnsi=\"" + name + "\" w:eastAsia=\"" + name + "\" w:cs=\""
                + name + "\"/>";
    }

    private static String size(float points) {
        int half = Math.max(2, Math.round(points * 2));
        return "<w:sz w:val=\"" + half + "\"/><w:szCs w:val=\"" + half + "\"/>";
    }

    /** The fonts the styles name, each with the substitute Word takes when it is not installed. */
    String fontTableXml() {
        StringBuilder b = new StringBuilder(1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:fonts xmlns:w=\"").append(W).append("\">");
        java.util.Set<String> names = new java.util.LinkedHashSet<>(java.util.List.of(style.bodyFont(),
                style.headingFont(), style.subheadingFont(), style.titleFont(), style.pageNumberFont()));
        for (String name : names) {
            b.append("<w:font w:name=\"").append(name).append("\">");
            String alt = SUBSTITUTES.get(name);
            if (alt != null) {
                b.append("<w:altName w:val=\"").append(alt).append("\"/>");
            }
            b.append("<w:charset w:val=\"86\"/><w:family w:val=\"").append(name.contains("黑") ? "modern" : "roman")
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        return b.append("</w:fonts>").toString();
    }
}
