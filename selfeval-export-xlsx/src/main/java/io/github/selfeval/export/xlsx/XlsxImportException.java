package io.github.selfeval.export.xlsx;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.model.ErrorCodes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A workbook could not be read back: says where ({@code sheet!cell}, when there is a cell to name),
 * what was expected, and carries a stable code.
 *
 * <p>Since 0.3 it is a {@link ReadException}, so that every failure of reading a workbook — through
 * {@link XlsxReportReader} or through the {@code xlsx} and {@code xls} readers of
 * {@link io.github.selfeval.export.ReportReaders} — is caught as one type; its
 * {@link #sourceLocation()} is the cell (or the zip entry or sheet, as a part) that {@link #location()}
 * names. The {@code XLSX_*} codes below are what {@link XlsxReportReader} throws; the readers of the SPI
 * throw {@code READ_*} codes.
 *
 * @since 0.1
 */
public class XlsxImportException extends ReadException {
    private static final long serialVersionUID = 1L;

    /** The file is not an XLSX workbook (not a zip, an old .xls, a zip without a workbook). */
    public static final String NOT_A_WORKBOOK = ErrorCodes.XLSX_NOT_A_WORKBOOK;
    /** The workbook is not in the 自评表 layout: a sheet or a label is missing where expected. */
    public static final String WRONG_TEMPLATE = ErrorCodes.XLSX_WRONG_TEMPLATE;
    /** A cell holds something other than what its place in the form expects. */
    public static final String BAD_CELL = ErrorCodes.XLSX_BAD_CELL;
    /** The file, or the sheet, is larger than the reader accepts. */
    public static final String TOO_LARGE = ErrorCodes.XLSX_TOO_LARGE;
    /** A zip entry inflates far beyond its compressed size or beyond the size limit. */
    public static final String ZIP_BOMB = ErrorCodes.XLSX_ZIP_BOMB;
    /** An XML part declares a DTD or entities, which workbooks never need and attacks do. */
    public static final String UNSAFE_XML = ErrorCodes.XLSX_UNSAFE_XML;
    /**
     * Reading the workbook needs more stack or memory than there is: formulas without cached values
     * chained too deep to evaluate, or a formula whose value is enormous.
     *
     * @since 0.2
     */
    public static final String TOO_COMPLEX = ErrorCodes.XLSX_TOO_COMPLEX;

    /** Where, as {@code sheet!cell} or a sheet or zip entry name; null when nowhere in particular. */
    private final @Nullable String location;

    /**
     * Creates the exception.
     *
     * @param code one of the codes above
     * @param location {@code sheet!cell}, a sheet or a zip entry name, or null
     * @param message what is wrong and what was expected, for a person
     * @param cause the underlying exception, or null
     */
    public XlsxImportException(String code, @Nullable String location, String message, @Nullable Throwable cause) {
        super(code, sourceLocation(location), message, cause);
        this.location = location;
    }

    private static final Pattern CELL = Pattern.compile("(?:'((?:[^']|'')+)'|([^!']+))!([A-Z]{1,3})([0-9]{1,7})");

    /** {@code 自评表!K12} as a cell; a sheet or zip entry name as a part. */
    private static @Nullable SourceLocation sourceLocation(@Nullable String location) {
        if (location == null) {
            return null;
        }
        Matcher m = CELL.matcher(location);
        if (m.matches()) {
            String sheet = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
            int column = 0;
            for (char c : m.group(3).toCharArray()) {
                column = column * 26 + (c - 'A' + 1);
            }
            int row = Integer.parseInt(m.group(4));
            if (row > 0) {
                return SourceLocation.cell(sheet, row, column);
            }
        }
        return SourceLocation.part(location);
    }

    /**
     * Where the problem is: {@code 自评表!K12}, a sheet name, or a zip entry name.
     *
     * @return the location, empty when the problem is the file as a whole
     */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }
}
