/**
 * Exports a scored 绩效自评 as the 自评报告 Word document ({@code .docx}, Apache POI XWPF) in the
 * GB/T 9704-2012 layout, with named paragraph styles a person can edit and no embedded fonts.
 *
 * <p>Found by {@link java.util.ServiceLoader} as the {@code docx} format. The exported package holds
 * only {@link io.github.selfeval.export.docx.DocxStyle}, the optional style object for applications
 * that want a different layout or other font names.
 *
 * @since 0.2
 */
module io.github.selfeval.export.docx {
    requires transitive io.github.selfeval.export;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;

    exports io.github.selfeval.export.docx;

    provides io.github.selfeval.export.ReportExporter with io.github.selfeval.export.docx.internal.DocxExporter;
}
