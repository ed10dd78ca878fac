/**
 * The XLSX exporter: the official 自评表 workbook with live formulas, written with Apache POI, and
 * {@link io.github.selfeval.export.xlsx.XlsxReportReader} to read filled forms back.
 *
 * <p>The exporter is a plugin: this module exports only the reader's package and {@code provides}
 * the exporter, which callers reach through {@link io.github.selfeval.export.ReportExporters}, and the
 * batch roll-up workbook (汇总.xlsx), reached through {@link io.github.selfeval.export.SummaryExporters}, and the
 * {@code xlsx} and {@code xls} readers, reached through {@link io.github.selfeval.export.ReportReaders}.
 *
 * @since 0.1
 */
module io.github.selfeval.export.xlsx {
    requires transitive io.github.selfeval.export;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.commons.compress;
    requires org.apache.xmlbeans;
    requires java.xml;
    requires static transitive org.jspecify;

    exports io.github.selfeval.export.xlsx;

    provides io.github.selfeval.export.ReportExporter
            with io.github.selfeval.export.xlsx.internal.XlsxExporter;
    provides io.github.selfeval.export.ReportReader
            with io.github.selfeval.export.xlsx.internal.XlsxWorkbookReader,
                 io.github.selfeval.export.xlsx.internal.XlsWorkbookReader;
    provides io.github.selfeval.export.SummaryExporter
            with io.github.selfeval.export.xlsx.internal.XlsxSummaryExporter;
}
