package io.github.selfeval.export.xlsx;

import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.SelfEvalException;
import java.util.Optional;

/**
 * A workbook could not be read back: says where ({@code sheet!cell}, when there is a cell to name),
 * what was expected, and carries a stable code.
 *
 * @since 0.1
 */
public class XlsxImportException extends SelfEvalException {
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
    private final String location;

    /**
     * Creates the exception.
     *
     * @param code one of the codes above
     * @param location {@code sheet!cell}, a sheet or a zip entry name, or null
     * @param message what is wrong and what was expected, for a person
     * @param cause the underlying exception, or null
     */
    public XlsxImportException(String code, String location, String message, Throwable cause) {
        super(code, location == null ? message : location + ": " + message, cause);
        this.location = location;
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
