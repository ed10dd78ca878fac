/**
 * Exports a scored 绩效自评 as the 自评报告 Word document ({@code .docx}, Apache POI XWPF) in the
 * GB/T 9704-2012 layout, with named paragraph styles a person can edit and no embedded fonts.
 *
 * <p>Found by {@link java.util.ServiceLoader} as the {@code docx} format, and as the {@code docx} and
 * {@code doc} readers (Word 97–2003 through POI's HWPF). The exported package holds
 * {@link io.github.selfeval.export.docx.DocxStyle}, the optional style object for applications that
 * want a different layout or other font names, and {@link io.github.selfeval.export.docx.WordSources},
 * a Word document's tables and paragraphs as the label reader sees them.
 *
 * @since 0.2
 */
module io.github.selfeval.export.docx {
    requires transitive io.github.selfeval.export;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.commons.compress;
    requires org.apache.xmlbeans;
    requires org.apache.poi.scratchpad;
    requires java.xml;
    requires static transitive org.jspecify;

    exports io.github.selfeval.export.docx;

    provides io.github.selfeval.export.ReportExporter with io.github.selfeval.export.docx.internal.DocxExporter;
    provides io.github.selfeval.export.ReportReader with io.github.selfeval.export.docx.internal.DocReportReader,
            io.github.selfeval.export.docx.internal.DocxReportReader;
}
