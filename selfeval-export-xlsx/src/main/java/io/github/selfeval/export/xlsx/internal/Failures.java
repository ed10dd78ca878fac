package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.xlsx.XlsxImportException;
import java.util.Map;

/**
 * The two vocabularies of read failures and the way between them: the reader SPI's {@code READ_*}
 * codes ({@link ReadException}) and the workbook reader's own {@code XLSX_*} codes
 * ({@link XlsxImportException}, documented since 0.1), plus messages without library class names.
 */
public final class Failures {

    private static final Map<String, String> TO_XLSX = Map.of(
            ReadException.TOO_LARGE, XlsxImportException.TOO_LARGE,
            ReadException.ZIP_BOMB, XlsxImportException.ZIP_BOMB,
            ReadException.UNSAFE_XML, XlsxImportException.UNSAFE_XML,
            ReadException.TOO_COMPLEX, XlsxImportException.TOO_COMPLEX,
            ReadException.BAD_CELL, XlsxImportException.BAD_CELL,
            ReadException.MISSING_LABEL, XlsxImportException.WRONG_TEMPLATE,
            ReadException.NO_FORM, XlsxImportException.WRONG_TEMPLATE);

    private static final Map<String, String> TO_READ = Map.of(
            XlsxImportException.NOT_A_WORKBOOK, ReadException.CORRUPT,
            XlsxImportException.WRONG_TEMPLATE, ReadException.MISSING_LABEL,
            XlsxImportException.BAD_CELL, ReadException.BAD_CELL,
            XlsxImportException.TOO_LARGE, ReadException.TOO_LARGE,
            XlsxImportException.ZIP_BOMB, ReadException.ZIP_BOMB,
            XlsxImportException.UNSAFE_XML, ReadException.UNSAFE_XML,
            XlsxImportException.TOO_COMPLEX, ReadException.TOO_COMPLEX);

    private Failures() {
    }

    /** The message without its {@code location: } prefix. */
    static String detail(ReadException e) {
        String m = e.getMessage();
        String prefix = e.sourceLocation().map(l -> l + ": ").orElse("");
        return m != null && m.startsWith(prefix) ? m.substring(prefix.length()) : String.valueOf(m);
    }

    /**
     * A reader failure in the workbook reader's own terms ({@code XLSX_*}), for
     * {@link io.github.selfeval.export.xlsx.XlsxReportReader}.
     *
     * @param e the failure
     * @return the same failure as an {@link XlsxImportException}
     */
    public static XlsxImportException toXlsx(ReadException e) {
        if (e instanceof XlsxImportException x) {
            return x;
        }
        String code = TO_XLSX.getOrDefault(e.code(), XlsxImportException.NOT_A_WORKBOOK);
        return new XlsxImportException(code, e.sourceLocation().map(SourceLocation::toString).orElse(null), detail(e),
                e);
    }

    /**
     * A failure in the reader SPI's terms ({@code READ_*}), for the {@code xlsx} reader.
     *
     * @param e the failure
     * @return a {@link ReadException} with a {@code READ_*} code
     */
    public static ReadException toRead(ReadException e) {
        String code = TO_READ.get(e.code());
        if (code == null) {
            return e;
        }
        return new ReadException(code, e.sourceLocation().orElse(null), detail(e), e);
    }

    /** A library exception's message, without its class name. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "unreadable data";
        }
        // POI and xmlbeans wrap: keep the innermost message, drop "org.apache…Exception: " prefixes.
        return m.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\s*:?\\s*", "").strip();
    }
}
