/**
 * DOCX-specific options: {@link io.github.selfeval.export.docx.DocxStyle}, the page layout, type sizes
 * and font names of the {@code docx} exporter, and the way to obtain an exporter that uses a style of
 * one's own.
 *
 * <p>Most applications need nothing from this package: {@code ReportExporters.load().get("docx")}
 * gives the exporter with the {@link io.github.selfeval.export.docx.DocxStyle#gbt9704() GB/T 9704}
 * style, and determinism and the audit appendix are chosen through
 * {@link io.github.selfeval.export.ExportOptions}.
 *
 * @since 0.2
 */
@NullMarked
package io.github.selfeval.export.docx;

import org.jspecify.annotations.NullMarked;
