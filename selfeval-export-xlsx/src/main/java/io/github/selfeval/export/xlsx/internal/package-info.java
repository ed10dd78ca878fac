/**
 * The XLSX exporter and the xlsx/xls readers' implementation; not exported: applications reach them
 * through {@code ReportExporters} and {@code ReportReaders}.
 */
@NullMarked
package io.github.selfeval.export.xlsx.internal;

import org.jspecify.annotations.NullMarked;
