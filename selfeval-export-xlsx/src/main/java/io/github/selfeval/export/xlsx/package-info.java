/**
 * Reading filled 自评表 workbooks back: {@link io.github.selfeval.export.xlsx.XlsxReportReader}.
 *
 * <p>The exporter itself is not here: it is a plugin found through
 * {@link io.github.selfeval.export.ReportExporters} under the id {@code xlsx}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.export.xlsx;

import org.jspecify.annotations.NullMarked;
