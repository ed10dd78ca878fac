package io.github.selfeval.export.pdf.internal;

/** What a font is used for; each role may have its own font. */
enum FontRole {
    /** The cover's title lines and the document title (小标宋-style). */
    TITLE("title", "标题", "--font-title"),
    /** Headings 一、 (黑体-style). */
    HEADING("heading", "一级标题", "--font-heading"),
    /** Headings （一） (楷体-style); supplied together with {@link #HEADING}. */
    SUBHEADING("heading", "二级标题", "--font-heading"),
    /** Body text, tables, notes and page numbers (仿宋-style). */
    BODY("body", "正文", "--font-body");

    private final String option;
    private final String labelZh;
    private final String cliOption;

    FontRole(String option, String labelZh, String cliOption) {
        this.option = option;
        this.labelZh = labelZh;
        this.cliOption = cliOption;
    }

    /** The name of the ExportOptions.Fonts component that sets this role. */
    String option() {
        return option;
    }

    /** The Chinese name of the role, for messages. */
    String labelZh() {
        return labelZh;
    }

    /** The command-line option that sets this role. */
    String cliOption() {
        return cliOption;
    }
}
