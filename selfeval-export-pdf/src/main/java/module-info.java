/**
 * Exports a scored 绩效自评 as a PDF laid out like a government document (GB/T 9704-2012), with a
 * bundled CJK font so that it works on machines without Chinese fonts.
 *
 * <p>Found by {@link java.util.ServiceLoader} as the {@code pdf} format. The exported package holds
 * only {@link io.github.selfeval.export.pdf.PdfStyle}, the optional style object for applications that
 * want a different layout.
 *
 * @since 0.1
 */
module io.github.selfeval.export.pdf {
    requires transitive io.github.selfeval.export;
    requires com.github.librepdf.openpdf;
    requires static transitive org.jspecify;

    exports io.github.selfeval.export.pdf;

    provides io.github.selfeval.export.ReportExporter with io.github.selfeval.export.pdf.internal.PdfExporter;
}
