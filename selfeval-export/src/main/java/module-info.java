/**
 * The exporter SPI: a format is a {@link io.github.selfeval.export.ReportExporter} found by
 * {@link java.util.ServiceLoader} through {@link io.github.selfeval.export.ReportExporters}.
 *
 * @since 0.1
 */
module io.github.selfeval.export {
    requires transitive io.github.selfeval.scoring;

    exports io.github.selfeval.export;

    uses io.github.selfeval.export.ReportExporter;
}
