package io.github.selfeval.model;

import io.github.selfeval.model.internal.AtomicFiles;
import io.github.selfeval.model.internal.IoErrors;
import io.github.selfeval.model.internal.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes a {@link SelfEvaluation} in the selfeval JSON format ({@code docs/format.md}).
 *
 * <p>Reading is strict: UTF-8 only (a byte order mark is skipped), no unknown properties, no
 * duplicate keys, no NaN or Infinity, numbers kept exactly as {@link java.math.BigDecimal}, and read
 * limits (16 MiB per document, nesting depth 64, 1,000,000 characters per string, 100 characters
 * per number) so hostile input fails fast. Every problem is a {@link ReportReadException} with a
 * stable code, line, column and JSON path. Reading does not validate: a report that reads may still
 * break a rule; call {@link SelfEvaluations#validate(SelfEvaluation)}.
 *
 * <p>Writing is indented UTF-8 with absent values and empty lists omitted and decimals written
 * plain ({@code 3746.68}, never {@code 3.74668E+3}); reading what was written gives an equal report.
 * All methods are thread-safe.
 *
 * @since 0.1
 */
public final class SelfEvaluationJson {

    /** Error code of a failed write; the cause is kept. */
    public static final String JSON_WRITE = ErrorCodes.JSON_WRITE;

    /**
     * Where the JSON Schema (draft 2020-12) of the format lies, as a resource of this class's package.
     */
    public static final String SCHEMA_RESOURCE = "/io/github/selfeval/model/selfeval-report.schema.json";

    private SelfEvaluationJson() {
    }

    /**
     * The JSON Schema (draft 2020-12) of the format, for tools and editors. The reader is the
     * authority; the schema describes the same documents except rules that span fields (one
     * 预算执行率 row, unique names, the project header of project forms).
     *
     * @return the schema text, never null
     */
    public static String schema() {
        try (InputStream in = SelfEvaluationJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource is missing from the jar: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the schema resource cannot be read from the jar: " + SCHEMA_RESOURCE, e);
        }
    }

    /**
     * Reads a report from a UTF-8 file.
     *
     * @param file the file
     * @return the report, never null
     * @throws ReportReadException when the file cannot be read ({@code JSON_IO}) or is not a
     *     selfeval JSON document (the other codes)
     */
    public static SelfEvaluation read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return JsonCodec.get().read(in);
        } catch (NoSuchFileException e) {
            throw new ReportReadException(ReportReadException.JSON_IO, 0, 0, "", "no such file: " + file, e);
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.JSON_IO, 0, 0, "",
                    "cannot read " + file + ": " + IoErrors.reason(e), e);
        }
    }

    /**
     * Reads a report from a UTF-8 stream, which is read to its end (at most 16 MiB) but not closed.
     *
     * @param in the stream
     * @return the report, never null
     * @throws ReportReadException on any problem
     */
    public static SelfEvaluation read(InputStream in) {
        return JsonCodec.get().read(in);
    }

    /**
     * Reads a report from UTF-8 bytes.
     *
     * @param json the document
     * @return the report, never null
     * @throws ReportReadException on any problem
     */
    public static SelfEvaluation read(byte[] json) {
        return JsonCodec.get().read(json);
    }

    /**
     * Reads a report from JSON text.
     *
     * @param json the document
     * @return the report, never null
     * @throws ReportReadException on any problem
     */
    public static SelfEvaluation read(String json) {
        return JsonCodec.get().read(json);
    }

    /**
     * The report as indented JSON text.
     *
     * @param report the report
     * @return the JSON, never null
     */
    public static String toJson(SelfEvaluation report) {
        return JsonCodec.get().toJson(report);
    }

    /**
     * Writes a report as UTF-8 JSON to a stream, which is flushed but not closed.
     *
     * @param report the report
     * @param out the stream
     * @throws SelfEvalException with code {@code JSON_WRITE} when the stream fails
     */
    public static void write(SelfEvaluation report, OutputStream out) {
        try {
            JsonCodec.get().write(report, out);
            out.flush();
        } catch (IOException e) {
            throw new SelfEvalException(JSON_WRITE, "cannot write the report: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a report as UTF-8 JSON to a file, replacing it. The file is written to a temporary
     * file beside it and moved into place, so a failure never leaves a half-written file.
     *
     * @param report the report
     * @param file the file
     * @throws SelfEvalException with code {@code JSON_WRITE} when the file cannot be written
     */
    public static void write(SelfEvaluation report, Path file) {
        Objects.requireNonNull(report, "report");
        try {
            AtomicFiles.write(file, true, out -> JsonCodec.get().write(report, out));
        } catch (SelfEvalException e) {
            throw new SelfEvalException(JSON_WRITE, "cannot write the report: " + e.getMessage(), e);
        }
    }

}
