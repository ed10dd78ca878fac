package io.github.selfeval.export;

import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.SelfEvalException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An export failed: names the format and the exporter class, and keeps the cause.
 *
 * @since 0.1
 */
public class ExportException extends SelfEvalException {
    private static final long serialVersionUID = 1L;

    /** The error code of a failed export. */
    public static final String CODE = ErrorCodes.EXPORT_FAILED;

    /** The id of the format that failed. */
    private final String formatId;
    /** The class name of the exporter that failed. */
    private final String exporterClass;

    /**
     * Creates an exception for a failed export.
     *
     * @param formatId the format, e.g. {@code pdf}
     * @param exporterClass the exporter's class name
     * @param reason what went wrong, for a person
     * @param cause the underlying exception, or null
     */
    public ExportException(String formatId, String exporterClass, String reason, @Nullable Throwable cause) {
        this(CODE, formatId, exporterClass, reason, cause);
    }

    /**
     * Creates an exception with a more specific code (e.g. {@code FONT_MISSING_GLYPH}).
     *
     * @param code the stable error code
     * @param formatId the format
     * @param exporterClass the exporter's class name
     * @param reason what went wrong, for a person
     * @param cause the underlying exception, or null
     */
    public ExportException(String code, String formatId, String exporterClass, String reason,
            @Nullable Throwable cause) {
        super(code, "export to " + formatId + " failed (" + exporterClass + "): " + reason, cause);
        this.formatId = Objects.requireNonNull(formatId, "formatId");
        this.exporterClass = Objects.requireNonNull(exporterClass, "exporterClass");
    }

    /**
     * Wraps any failure of {@code exporter}, keeping an {@code ExportException} as it is.
     *
     * @param exporter the exporter that failed
     * @param failure what it threw
     * @return the exception to throw
     */
    public static ExportException of(ReportExporter exporter, Throwable failure) {
        if (failure instanceof ExportException e) {
            return e;
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return new ExportException(exporter.id(), exporter.getClass().getName(), reason, failure);
    }

    /**
     * The id of the format that failed.
     *
     * @return the format id, never null
     */
    public String formatId() {
        return formatId;
    }

    /**
     * The class name of the exporter that failed.
     *
     * @return the class name, never null
     */
    public String exporterClass() {
        return exporterClass;
    }
}
