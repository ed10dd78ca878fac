package io.github.selfeval.export.xlsx;

import io.github.selfeval.model.internal.IoErrors;
import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.xlsx.internal.Failures;
import io.github.selfeval.export.xlsx.internal.FormReader;
import io.github.selfeval.export.xlsx.internal.WorkbookInput;
import io.github.selfeval.model.SelfEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook in the 自评表 layout back into a {@link SelfEvaluation}: one written by the
 * {@code xlsx} exporter, then possibly edited in Excel, WPS or LibreOffice.
 *
 * <p>What a person changed on the 自评表 sheet wins; everything the form does not show (the narrative,
 * the cover, optional header fields, a declared 折算得分 that differs from its formula) comes from the
 * hidden 数据 sheet the exporter wrote. Numbers in formula cells are read from their cached values, or
 * evaluated when a cell has none; merged cells give their value to every cell they cover; blank cells
 * stay blank. A formula cell whose value is still the one exported keeps the declared value recorded
 * in 数据 (which may be blank); once its inputs were edited, its new value is the declared one.
 * Indicator and goal rows are matched to the 数据 sheet by position while they are as many as it
 * records (else by their names, or refused); every typed value of 数据 is checked, used or not.
 *
 * <p>Untrusted files are safe to read: files larger than {@link Limits#maxFileBytes()} are refused,
 * zip entries are inflated under a size cap and a minimum compression ratio before POI sees them, XML
 * parts that declare a DTD are refused, and each sheet's rows, cells, merged regions and texts are
 * counted against {@link io.github.selfeval.export.ReadLimits#DEFAULT} (with these limits' rows) before
 * POI builds it. Every failure is an {@link XlsxImportException} naming {@code sheet!cell} (or the zip
 * entry) and what was expected. To read workbooks in any template, and .xls files, use the {@code xlsx}
 * and {@code xls} readers of {@link io.github.selfeval.export.ReportReaders}.
 *
 * <p>Stateless and thread-safe; all methods are static.
 *
 * @since 0.1
 */
public final class XlsxReportReader {

    private XlsxReportReader() {
    }

    /**
     * Limits for reading untrusted workbooks. Immutable and thread-safe.
     *
     * @param maxFileBytes the largest file accepted, in bytes
     * @param maxEntryBytes the largest inflated size of one zip entry, in bytes
     * @param maxTotalBytes the largest inflated size of all entries together, in bytes
     * @param minInflateRatio the smallest compressed / inflated size ratio accepted for entries above
     *     1 MiB (POI's default is 0.01: nothing legitimate compresses better than 100:1 at that size)
     * @param maxEntries the most zip entries accepted
     * @param maxRows the most rows the 自评表 sheet may have
     * @since 0.1
     */
    public record Limits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, double minInflateRatio,
            int maxEntries, int maxRows) {

        /** 20 MiB files, 64 MiB per entry, 256 MiB in all, ratio 0.01, 1 000 entries, 20 000 rows. */
        public static final Limits DEFAULT = new Limits(20L << 20, 64L << 20, 256L << 20, 0.01, 1_000, 20_000);

        /**
         * Checks the arguments.
         *
         * @param maxFileBytes the largest file accepted, in bytes
         * @param maxEntryBytes the largest inflated size of one zip entry, in bytes
         * @param maxTotalBytes the largest inflated size of all entries together, in bytes
         * @param minInflateRatio the smallest compressed / inflated size ratio accepted
         * @param maxEntries the most zip entries accepted
         * @param maxRows the most rows the 自评表 sheet may have
         * @throws IllegalArgumentException if a limit is not positive
         */
        public Limits {
            if (maxFileBytes <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxRows <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
            if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
                throw new IllegalArgumentException("minInflateRatio must be in [0, 1), was " + minInflateRatio);
            }
        }
    }

    /** These limits, and the reader SPI's defaults for what they do not name. */
    private static ReadLimits readLimits(Limits limits) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(limits.maxFileBytes(), limits.maxEntryBytes(), limits.maxTotalBytes(),
                limits.minInflateRatio(), limits.maxEntries(), d.maxSheets(), limits.maxRows(), d.maxColumns(),
                d.maxCells(), d.maxMergedRegions(), d.maxMergedCells(), d.maxTextLength(), d.maxFormulaDepth(),
                d.maxTableNesting());
    }

    /**
     * Reads a workbook file with the {@link Limits#DEFAULT default limits}.
     *
     * @param file the .xlsx file
     * @return the report, never null
     * @throws XlsxImportException if the file cannot be read as a 自评表 workbook
     */
    public static SelfEvaluation read(Path file) {
        return read(file, Limits.DEFAULT);
    }

    /**
     * Reads a workbook file.
     *
     * @param file the .xlsx file
     * @param limits the limits for untrusted input
     * @return the report, never null
     * @throws XlsxImportException if the file cannot be read as a 自评表 workbook
     */
    public static SelfEvaluation read(Path file, Limits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new XlsxImportException(XlsxImportException.TOO_LARGE, null, "the file has " + size
                        + " bytes, at most " + limits.maxFileBytes() + " are accepted", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, limits);
            }
        } catch (IOException e) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null,
                    "cannot read " + file + ": " + IoErrors.reason(e), e);
        }
    }

    /**
     * Reads a workbook from a stream, with the {@link Limits#DEFAULT default limits}. The stream is
     * read to its end and not closed.
     *
     * @param in the workbook's bytes
     * @return the report, never null
     * @throws XlsxImportException if the bytes cannot be read as a 自评表 workbook
     */
    public static SelfEvaluation read(InputStream in) {
        return read(in, Limits.DEFAULT);
    }

    /**
     * Reads a workbook from a stream. The stream is read (up to the size limit) and not closed.
     *
     * @param in the workbook's bytes
     * @param limits the limits for untrusted input
     * @return the report, never null
     * @throws XlsxImportException if the bytes cannot be read as a 自评表 workbook
     */
    public static SelfEvaluation read(InputStream in, Limits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null,
                    "cannot read the workbook: " + e.getMessage(), e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new XlsxImportException(XlsxImportException.TOO_LARGE, null,
                    "the workbook is larger than " + limits.maxFileBytes() + " bytes", null);
        }
        try (XSSFWorkbook wb = WorkbookInput.openXlsx(bytes, readLimits(limits))) {
            return FormReader.read(wb, readLimits(limits));
        } catch (XlsxImportException e) {
            throw e;
        } catch (ReadException e) {
            throw Failures.toXlsx(e);
        } catch (IOException e) {
            throw new XlsxImportException(XlsxImportException.NOT_A_WORKBOOK, null, "cannot read the workbook: "
                    + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // POI evaluates an uncached formula by recursing into the cells it refers to: a long chain of
            // them (thousands of cells each referring to the next) runs out of stack. The input's fault,
            // so a typed error, not a JVM one; the stack is unwound by now, so the caller can go on.
            throw new XlsxImportException(XlsxImportException.TOO_COMPLEX, null, "the workbook is too complex to"
                    + " read: its formulas refer to each other in chains too deep to evaluate (save it in Excel or"
                    + " LibreOffice so that every formula keeps its value, or enter the values instead)", e);
        } catch (OutOfMemoryError e) {
            // A small workbook can still ask for unbounded memory (a formula such as REPT(REPT("A",30000),30000)
            // evaluated, or millions of styles); what it held is garbage once this frame is left.
            throw new XlsxImportException(XlsxImportException.TOO_COMPLEX, null, "the workbook is too complex to"
                    + " read: reading it needs more memory than is available (" + e.getMessage() + "); save it so"
                    + " that formulas keep their values, or give the JVM more memory", e);
        }
    }
}
