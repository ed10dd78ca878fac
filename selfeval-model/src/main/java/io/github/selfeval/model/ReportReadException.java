package io.github.selfeval.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report could not be read: the input is not a well-formed, well-typed selfeval JSON document.
 *
 * <p>Carries a stable {@link #code() code} (listed in {@code docs/errors.md}), the position of the
 * problem ({@link #line()}, {@link #column()}) where the input has one, the JSON path of the offending
 * value ({@link #path()}, e.g. {@code indicators[3].weight}) and a {@link #detail() detail} for people.
 * The {@link #getMessage() message} combines them: {@code line 12, column 18 (indicators[3].weight):
 * expected a number, found a string}. A report that is well-formed but breaks a rule is not a read
 * error: it reads fine and {@link SelfEvaluations#validate(SelfEvaluation)} reports it.
 *
 * <p>Codes: {@code JSON_EMPTY}, {@code JSON_ENCODING}, {@code JSON_SYNTAX}, {@code JSON_DUPLICATE_KEY},
 * {@code JSON_LIMIT}, {@code JSON_TYPE}, {@code JSON_VALUE}, {@code JSON_UNKNOWN_PROPERTY},
 * {@code JSON_MISSING_FIELD}, {@code JSON_IO}.
 *
 * @since 0.1
 */
public class ReportReadException extends SelfEvalException {
    private static final long serialVersionUID = 1L;

    /** The input is empty or only white space. */
    public static final String JSON_EMPTY = ErrorCodes.JSON_EMPTY;
    /** The input is not UTF-8 (invalid byte sequence, or a UTF-16/UTF-32 document). */
    public static final String JSON_ENCODING = ErrorCodes.JSON_ENCODING;
    /** The input is not well-formed JSON: truncated, a stray character, NaN, trailing content. */
    public static final String JSON_SYNTAX = ErrorCodes.JSON_SYNTAX;
    /** An object has the same key twice. */
    public static final String JSON_DUPLICATE_KEY = ErrorCodes.JSON_DUPLICATE_KEY;
    /** A read limit was exceeded: document size, nesting depth, string or number length. */
    public static final String JSON_LIMIT = ErrorCodes.JSON_LIMIT;
    /** A value has the wrong JSON type, e.g. a string where a number belongs. */
    public static final String JSON_TYPE = ErrorCodes.JSON_TYPE;
    /** A value has the right type but is not allowed, e.g. grade {@code 优秀} or a malformed date. */
    public static final String JSON_VALUE = ErrorCodes.JSON_VALUE;
    /** An object has a property the format does not define. */
    public static final String JSON_UNKNOWN_PROPERTY = ErrorCodes.JSON_UNKNOWN_PROPERTY;
    /** A required property is absent or null. */
    public static final String JSON_MISSING_FIELD = ErrorCodes.JSON_MISSING_FIELD;
    /** The input could not be read at all (no such file, I/O error). */
    public static final String JSON_IO = ErrorCodes.JSON_IO;

    /** The 1-based line, or 0. */
    private final int line;
    /** The 1-based column, or 0. */
    private final int column;
    /** The JSON path, empty for the document. */
    private final String path;
    /** The detail without position. */
    private final String detail;

    /**
     * Creates a read error.
     *
     * @param code the stable code, one of the constants of this class
     * @param line the 1-based line of the problem, or 0 when the problem has no position
     * @param column the 1-based column (in characters) of the problem, or 0 when it has no position
     * @param path the JSON path of the offending value, empty for the document itself
     * @param detail what is wrong, for people
     * @param cause the underlying exception, or null
     */
    public ReportReadException(String code, int line, int column, String path, String detail,
            @Nullable Throwable cause) {
        super(code, format(line, column, path, detail), cause);
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.path = Objects.requireNonNull(path, "path");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    private static String format(int line, int column, String path, String detail) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (!path.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append('(').append(path).append(')');
        }
        return sb.length() == 0 ? detail : sb.append(": ").append(detail).toString();
    }

    /**
     * The 1-based line of the problem in the input.
     *
     * @return the line, or 0 when the problem has no position (empty input, document too large)
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the problem, counted in characters (a Chinese character is one column).
     *
     * @return the column, or 0 when the problem has no position
     */
    public int column() {
        return column;
    }

    /**
     * The JSON path of the offending value, e.g. {@code indicators[3].weight}.
     *
     * @return the path, empty for the document as a whole, never null
     */
    public String path() {
        return path;
    }

    /**
     * What is wrong, without position or path.
     *
     * @return the detail, never null
     */
    public String detail() {
        return detail;
    }
}
