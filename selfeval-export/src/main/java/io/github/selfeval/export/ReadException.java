package io.github.selfeval.export;

import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.SelfEvalException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A file could not be read as a 自评表: says where (the cell, table position or zip entry, when there is
 * one to name), what was found and what was expected, and carries a stable code.
 *
 * <p>Readers throw it, or a subclass of it, for every failure — including input that would take more
 * memory, stack or time than the {@link ReadLimits limits} allow — and never let a library's own
 * exception reach the caller.
 *
 * @since 0.3
 */
public class ReadException extends SelfEvalException {
    private static final long serialVersionUID = 1L;

    /** No reader recognises the file: neither its content nor its extension is of a kind one reads. */
    public static final String NOT_RECOGNISED = ErrorCodes.READ_NOT_RECOGNISED;
    /** The file is damaged or not of the kind its reader reads (a truncated zip, an unreadable stream). */
    public static final String CORRUPT = ErrorCodes.READ_CORRUPT;
    /** The file is password-protected (encrypted): it can only be read once saved without a password. */
    public static final String ENCRYPTED = ErrorCodes.READ_ENCRYPTED;
    /** No form was found: no sheet or table carries the labels of any known form description. */
    public static final String NO_FORM = ErrorCodes.READ_NO_FORM;
    /** A label the form needs is missing where its block is, so the block cannot be read. */
    public static final String MISSING_LABEL = ErrorCodes.READ_MISSING_LABEL;
    /** A cell holds something other than what its place in the form expects (text where a number is). */
    public static final String BAD_CELL = ErrorCodes.READ_BAD_CELL;
    /** Two places could each be the block asked for, and nothing tells which one the form means. */
    public static final String AMBIGUOUS = ErrorCodes.READ_AMBIGUOUS;
    /** The file, or a part of it (rows, columns, cells, merged regions, text, tables), is over a limit. */
    public static final String TOO_LARGE = ErrorCodes.READ_TOO_LARGE;
    /** A zip entry inflates far beyond its compressed size or beyond the size limit. */
    public static final String ZIP_BOMB = ErrorCodes.READ_ZIP_BOMB;
    /** An XML part declares a DTD or entities, which forms never need and attacks do. */
    public static final String UNSAFE_XML = ErrorCodes.READ_UNSAFE_XML;
    /** Reading needs more stack or memory than allowed: formula chains too deep, values too large. */
    public static final String TOO_COMPLEX = ErrorCodes.READ_TOO_COMPLEX;
    /** The file could not be read from disk. */
    public static final String UNREADABLE = ErrorCodes.READ_UNREADABLE;

    /** Where; null when nowhere in particular. */
    private final transient @Nullable SourceLocation location;

    /**
     * Creates the exception.
     *
     * @param code a stable code, one of the above or a reader's own
     * @param location the cell, table position or zip entry, or null
     * @param message what is wrong and what was expected, for a person
     * @param cause the underlying exception, or null
     */
    public ReadException(String code, @Nullable SourceLocation location, String message, @Nullable Throwable cause) {
        super(code, location == null ? message : location + ": " + message, cause);
        this.location = location;
    }

    /**
     * Where the problem is.
     *
     * @return the location, empty when the problem is the file as a whole
     */
    public Optional<SourceLocation> sourceLocation() {
        return Optional.ofNullable(location);
    }
}
