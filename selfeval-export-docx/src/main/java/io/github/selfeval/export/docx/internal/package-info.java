/**
 * The Word exporter and the docx/doc readers' implementation; not exported: applications reach them
 * through {@code ReportExporters} and {@code ReportReaders}.
 */
@NullMarked
package io.github.selfeval.export.docx.internal;

import org.jspecify.annotations.NullMarked;
