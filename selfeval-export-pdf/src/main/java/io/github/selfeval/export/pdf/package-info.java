/**
 * PDF-specific options: {@link io.github.selfeval.export.pdf.PdfStyle}, the page layout and type sizes
 * of the {@code pdf} exporter, and the way to obtain an exporter that uses a style of one's own.
 *
 * <p>Most applications need nothing from this package: {@code ReportExporters.load().get("pdf")}
 * gives the exporter with the {@link io.github.selfeval.export.pdf.PdfStyle#gbt9704() GB/T 9704}
 * style, and fonts and determinism are chosen through {@link io.github.selfeval.export.ExportOptions}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.export.pdf;

import org.jspecify.annotations.NullMarked;
