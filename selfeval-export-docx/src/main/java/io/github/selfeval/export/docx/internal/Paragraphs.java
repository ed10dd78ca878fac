package io.github.selfeval.export.docx.internal;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Paragraphs that name a style and carry plain runs: the look is the style's, so that a person
 * changing 正文 changes every body paragraph. Text is cleaned of what XML cannot carry; a line break in
 * the text becomes a {@code <w:br/>}.
 */
final class Paragraphs {

    private final int tableLine;
    private final int tableFont;

    Paragraphs(io.github.selfeval.export.docx.DocxStyle style) {
        this.tableLine = StyleSheet.tableLine(style);
        this.tableFont = Math.round(style.tableFontSize() * 20);
    }

    /** Appends a paragraph of the given style. */
    CTP add(CTBody body, String styleId, String text) {
        CTP p = body.addNewP();
        style(p, styleId);
        runs(p, text);
        return p;
    }

    static CTPPr pPr(CTP p) {
        return p.isSetPPr() ? p.getPPr() : p.addNewPPr();
    }

    private static void style(CTP p, String styleId) {
        if (!StyleSheet.NORMAL.equals(styleId)) {
            pPr(p).addNewPStyle().setVal(styleId);
        }
    }

    /** The text as runs: one per line, the lines after the first starting with a break. */
    static void runs(CTP p, String text) {
        String clean = Texts.clean(text);
        if (clean.isEmpty()) {
            return;
        }
        String[] lines = clean.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            CTR r = p.addNewR();
            if (i > 0) {
                r.addNewBr();
            }
            if (!lines[i].isEmpty()) {
                CTText t = r.addNewT();
                t.setStringValue(lines[i]);
                if (!lines[i].strip().equals(lines[i]) || lines[i].contains("  ")) {
                    t.setSpace(SpaceAttribute.Space.PRESERVE);
                }
            }
        }
    }

    /** The one paragraph of a table cell, in the style of its kind. */
    CTP cellParagraph(CTTc tc, String text, Grid.Kind kind) {
        CTP p = tc.addNewP();
        style(p, switch (kind) {
            case SECTION -> StyleSheet.TABLE_SECTION;
            case LABEL -> StyleSheet.TABLE_LABEL;
            case VALUE -> StyleSheet.TABLE_VALUE;
            case TEXT -> StyleSheet.TABLE_TEXT;
        });
        runs(p, text);
        return p;
    }

    /** The exact line height of table text, in twips. */
    int tableLine() {
        return tableLine;
    }

    /** The size of table text, in twips. */
    int tableFontTwips() {
        return tableFont;
    }
}
