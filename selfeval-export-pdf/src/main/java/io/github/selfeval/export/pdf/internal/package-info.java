/**
 * The PDF exporter's implementation; not exported: applications reach it as format {@code pdf}
 * through {@code ReportExporters}.
 */
@NullMarked
package io.github.selfeval.export.pdf.internal;

import org.jspecify.annotations.NullMarked;
