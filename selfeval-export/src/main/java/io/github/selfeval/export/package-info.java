/**
 * The exporter SPI and registry: implement {@link io.github.selfeval.export.ReportExporter}, register
 * it in {@code META-INF/services} and {@code module-info}, and {@link io.github.selfeval.export.ReportExporters}
 * finds it.
 *
 * @since 0.1
 */
package io.github.selfeval.export;
