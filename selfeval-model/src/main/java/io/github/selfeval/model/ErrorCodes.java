package io.github.selfeval.model;

/**
 * Every code selfeval's library modules throw, in one place: each {@link SelfEvalException#code()} is one
 * of these constants, so callers can compare with a name rather than a string literal. The exception
 * classes keep their own constants for the codes they throw (e.g. {@code ReadException.TOO_LARGE}); they
 * are these values. {@code docs/errors.md} says where each is thrown and what it means; a test keeps the
 * two in step. Codes never change meaning; new ones may be added.
 *
 * @since 0.3
 */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    // The report format (selfeval-model)

    /** The input is empty or only white space. Thrown by SelfEvaluationJson.read. */
    public static final String JSON_EMPTY = "JSON_EMPTY";

    /**
     * Not UTF-8: an invalid byte sequence, or a UTF-16/UTF-32 document (with or without BOM). Thrown by
     * SelfEvaluationJson.read.
     */
    public static final String JSON_ENCODING = "JSON_ENCODING";

    /**
     * Not well-formed JSON: truncated, missing comma, single quotes, comments, trailing comma, raw control
     * character in a string, NaN/Infinity, content after the document. Thrown by SelfEvaluationJson.read.
     */
    public static final String JSON_SYNTAX = "JSON_SYNTAX";

    /** An object has the same key twice. Thrown by SelfEvaluationJson.read. */
    public static final String JSON_DUPLICATE_KEY = "JSON_DUPLICATE_KEY";

    /**
     * A read limit exceeded: document &gt; 16 MiB, nesting &gt; 64, string &gt; 1,000,000 characters,
     * number literal &gt; 100 characters or exponent beyond ±9,999. Thrown by SelfEvaluationJson.read.
     */
    public static final String JSON_LIMIT = "JSON_LIMIT";

    /**
     * A value of the wrong JSON type (string for a number, object for an array, fraction or overflow for
     * an integer, a root that is not an object). Thrown by SelfEvaluationJson.read.
     */
    public static final String JSON_TYPE = "JSON_TYPE";

    /**
     * The right type but not an allowed value: unknown grade / kind / unit / comparison / nature (the
     * message lists the allowed ones), impossible date, a percentage that is not a number. Thrown by
     * SelfEvaluationJson.read.
     */
    public static final String JSON_VALUE = "JSON_VALUE";

    /**
     * A property the format does not define (the message lists the known ones). Thrown by
     * SelfEvaluationJson.read.
     */
    public static final String JSON_UNKNOWN_PROPERTY = "JSON_UNKNOWN_PROPERTY";

    /** A required property absent or null, or a null list element. Thrown by SelfEvaluationJson.read. */
    public static final String JSON_MISSING_FIELD = "JSON_MISSING_FIELD";

    /** The input could not be read at all (no such file, I/O error). Thrown by SelfEvaluationJson.read. */
    public static final String JSON_IO = "JSON_IO";

    /**
     * The report could not be written; a file target is never left half-written. Thrown by
     * SelfEvaluationJson.write, toJson.
     */
    public static final String JSON_WRITE = "JSON_WRITE";

    /**
     * The report breaks one or more rules; violations() lists every one (table below). Thrown by
     * SelfEvaluations.validate.
     */
    public static final String VALIDATION = "VALIDATION";

    /**
     * No form description with that id (a report's form); the message lists the known ones. Thrown by
     * FormDescriptions.get, forReport.
     */
    public static final String FORM_UNKNOWN = "FORM_UNKNOWN";

    /**
     * The report names a form of the other kind (a 项目支出 form for a 部门整体 report). Thrown by
     * FormDescriptions.forReport.
     */
    public static final String FORM_KIND_MISMATCH = "FORM_KIND_MISMATCH";

    /**
     * A form description is not JSON, has an unknown key or field id, or lacks a required part; its id
     * differs from its file name. Thrown by FormDescriptions.find, get.
     */
    public static final String FORM_INVALID = "FORM_INVALID";

    /** A form description or INDEX cannot be read. Thrown by FormDescriptions.find, get, ids. */
    public static final String FORM_UNREADABLE = "FORM_UNREADABLE";

    /**
     * The same form id twice on the class path; the message names both files. Thrown by
     * FormDescriptions.find, get.
     */
    public static final String FORM_DUPLICATE = "FORM_DUPLICATE";

    /**
     * No Jakarta Bean Validation provider on the class or module path (add e.g.
     * org.hibernate.validator:hibernate-validator). Thrown by SelfEvaluations.
     */
    public static final String VALIDATION_PROVIDER_MISSING = "VALIDATION_PROVIDER_MISSING";

    // Export (selfeval-export and the exporters)

    /**
     * An exporter failed (also an I/O error of the stream); the message names the format and the exporter
     * class, the cause is kept. Thrown by ReportExporter.export, ReportExporters.export.
     */
    public static final String EXPORT_FAILED = "EXPORT_FAILED";

    /**
     * No exporter has that format id; the message lists the known ones. Thrown by ReportExporters.get,
     * export.
     */
    public static final String UNKNOWN_FORMAT = "UNKNOWN_FORMAT";

    /**
     * The target file exists and overwrite is false; nothing is written. Thrown by ReportExporters.export.
     */
    public static final String OUTPUT_EXISTS = "OUTPUT_EXISTS";

    /**
     * The target is a directory, its directory does not exist, or it cannot be written; no file (nor
     * temporary file) is left. Thrown by ReportExporters.export.
     */
    public static final String OUTPUT_NOT_WRITABLE = "OUTPUT_NOT_WRITABLE";

    /**
     * A supplied font cannot be read, is not a regular file (a pipe or device: refused before it is
     * opened), is larger than FontSource.MAX_BYTES (64 MiB, checked before it is read), is not TrueType
     * (its first four bytes, …. Thrown by the pdf exporter.
     */
    public static final String FONT_UNREADABLE = "FONT_UNREADABLE";

    /** The font lacks a character the report uses. Thrown by the pdf exporter. */
    public static final String FONT_MISSING_GLYPH = "FONT_MISSING_GLYPH";

    /**
     * Not an .xlsx (empty, JSON, truncated, an old .xls, a zip that is no Office document, no such file).
     * Thrown by XlsxReportReader.read.
     */
    public static final String XLSX_NOT_A_WORKBOOK = "XLSX_NOT_A_WORKBOOK";

    /**
     * A workbook, but not the 自评表 layout (no 自评表 sheet, a label moved, an unsupported 数据 version). Thrown
     * by XlsxReportReader.read.
     */
    public static final String XLSX_WRONG_TEMPLATE = "XLSX_WRONG_TEMPLATE";

    /**
     * A cell of the form holds what its place cannot (text or a formula error where a number belongs, an
     * unknown grade, unit or symbol). Thrown by XlsxReportReader.read.
     */
    public static final String XLSX_BAD_CELL = "XLSX_BAD_CELL";

    /**
     * The file is over the size cap (20 MiB), or a sheet has too many rows. Thrown by
     * XlsxReportReader.read.
     */
    public static final String XLSX_TOO_LARGE = "XLSX_TOO_LARGE";

    /**
     * A zip entry inflates beyond its cap or below the minimum compression ratio. Thrown by
     * XlsxReportReader.read.
     */
    public static final String XLSX_ZIP_BOMB = "XLSX_ZIP_BOMB";

    /** An XML part declares a DTD or entities (XXE, "billion laughs"). Thrown by XlsxReportReader.read. */
    public static final String XLSX_UNSAFE_XML = "XLSX_UNSAFE_XML";

    /**
     * Reading needs more stack or memory than the JVM has: formulas without cached values chained too deep
     * to evaluate (thousands of cells each referring to the next), or a formula with an enormous value;
     * the reader turns …. Thrown by XlsxReportReader.read.
     */
    public static final String XLSX_TOO_COMPLEX = "XLSX_TOO_COMPLEX";

    // Rule packs and catalogues (selfeval-scoring)

    /** No pack with that id; the message lists the known ones. Thrown by RulePacks.get, resolve. */
    public static final String PACK_UNKNOWN = "PACK_UNKNOWN";

    /** The pack file cannot be read. Thrown by RulePacks.load, resolve. */
    public static final String PACK_UNREADABLE = "PACK_UNREADABLE";

    /**
     * The pack is not JSON, a field is wrong, its id differs from its file name, or a read limit is
     * exceeded (the report reader's: number literal &gt; 100 characters, exponent beyond ±9,999, nesting
     * &gt; 64, string &gt; …. Thrown by RulePacks.load, resolve, standard.
     */
    public static final String PACK_INVALID = "PACK_INVALID";

    /**
     * The same pack id twice on the class path; the message names both files. Thrown by
     * RulePacks.standard.
     */
    public static final String PACK_DUPLICATE = "PACK_DUPLICATE";

    /** No catalogue with that id. Thrown by IndicatorCatalogues.get. */
    public static final String CATALOGUE_UNKNOWN = "CATALOGUE_UNKNOWN";

    /** The catalogue file cannot be read. Thrown by IndicatorCatalogues.load. */
    public static final String CATALOGUE_UNREADABLE = "CATALOGUE_UNREADABLE";

    /** The catalogue is not JSON or a field is wrong. Thrown by IndicatorCatalogues.load. */
    public static final String CATALOGUE_INVALID = "CATALOGUE_INVALID";

    /** The same catalogue id twice on the class path. Thrown by IndicatorCatalogues.standard. */
    public static final String CATALOGUE_DUPLICATE = "CATALOGUE_DUPLICATE";

    /** No rounding policy with that name. Thrown by RoundingPolicy.named. */
    public static final String ROUNDING_UNKNOWN = "ROUNDING_UNKNOWN";

    /** The score card could not be written to the stream. Thrown by ScoreCardJson.write. */
    public static final String SCORECARD_WRITE = "SCORECARD_WRITE";

    // Reading forms from files (selfeval-export ReadException and the readers)

    /** No reader recognises the file: neither its content nor its extension is of a kind one reads. */
    public static final String READ_NOT_RECOGNISED = "READ_NOT_RECOGNISED";

    /** The file is damaged or not of the kind its reader reads. */
    public static final String READ_CORRUPT = "READ_CORRUPT";

    /** The file is password-protected. */
    public static final String READ_ENCRYPTED = "READ_ENCRYPTED";

    /** No sheet or table carries the labels of a known form. */
    public static final String READ_NO_FORM = "READ_NO_FORM";

    /** A label the form needs is missing where its block is. */
    public static final String READ_MISSING_LABEL = "READ_MISSING_LABEL";

    /** A cell holds something other than what its place in the form expects. */
    public static final String READ_BAD_CELL = "READ_BAD_CELL";

    /** Two places could each be the block asked for. */
    public static final String READ_AMBIGUOUS = "READ_AMBIGUOUS";

    /** The file, or a part of it, is over a read limit. */
    public static final String READ_TOO_LARGE = "READ_TOO_LARGE";

    /** A zip entry inflates beyond its cap or below the minimum compression ratio. */
    public static final String READ_ZIP_BOMB = "READ_ZIP_BOMB";

    /** An XML part declares a DTD or entities. */
    public static final String READ_UNSAFE_XML = "READ_UNSAFE_XML";

    /** Reading needs more stack or memory than allowed. */
    public static final String READ_TOO_COMPLEX = "READ_TOO_COMPLEX";

    /** The file could not be read from disk. */
    public static final String READ_UNREADABLE = "READ_UNREADABLE";
}
