/**
 * The exporter and reader SPIs and their registries: implement {@link io.github.selfeval.export.ReportExporter}
 * (or {@link io.github.selfeval.export.ReportReader}), register it in {@code META-INF/services} and
 * {@code module-info}, and {@link io.github.selfeval.export.ReportExporters} (or
 * {@link io.github.selfeval.export.ReportReaders})
 * finds it.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.export;

import org.jspecify.annotations.NullMarked;
