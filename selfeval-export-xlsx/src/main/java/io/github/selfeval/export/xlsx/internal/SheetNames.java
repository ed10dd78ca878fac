package io.github.selfeval.export.xlsx.internal;

/**
 * The names of the workbook's sheets: written by the exporter and looked for by the reader. Workbook
 * vocabulary, not a form's: every form's workbook has the same three sheets. The form's own labels come
 * from its {@code FormDescription}.
 */
public final class SheetNames {
    private SheetNames() {
    }

    /** The form sheet. */
    public static final String FORM = "自评表";
    /** The audit sheet. */
    public static final String AUDIT = "审核";
    /** The hidden sheet with what the form does not show. */
    public static final String DATA = "数据";
}
