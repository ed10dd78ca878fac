/**
 * The exporter and reader SPIs: a format is a {@link io.github.selfeval.export.ReportExporter} found by
 * {@link java.util.ServiceLoader} through {@link io.github.selfeval.export.ReportExporters}; a kind of
 * input file is a {@link io.github.selfeval.export.ReportReader} found through
 * {@link io.github.selfeval.export.ReportReaders}; {@code io.github.selfeval.export.read} is the label
 * reader file readers share.
 *
 * @since 0.1
 */
module io.github.selfeval.export {
    requires transitive io.github.selfeval.scoring;
    requires static transitive org.jspecify;

    exports io.github.selfeval.export;
    exports io.github.selfeval.export.read;

    uses io.github.selfeval.export.ReportExporter;
    uses io.github.selfeval.export.ReportReader;
    uses io.github.selfeval.export.SummaryExporter;

    provides io.github.selfeval.export.ReportReader
            with io.github.selfeval.export.internal.JsonReportReader;
}
