package io.github.selfeval.export;

/**
 * Limits for reading untrusted files: each is checked before the memory or time it guards is spent, and
 * a file over one is refused with {@link ReadException#TOO_LARGE} (or {@link ReadException#ZIP_BOMB},
 * {@link ReadException#TOO_COMPLEX}) naming the limit. Immutable and thread-safe.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param maxEntryBytes the largest inflated size of one zip entry, in bytes
 * @param maxTotalBytes the largest inflated size of all zip entries together, in bytes
 * @param minInflateRatio the smallest compressed / inflated size ratio accepted for entries that inflate to
 *     more than {@link #RATIO_CHECKED_ABOVE} bytes
 * @param maxEntries the most zip entries (or OLE2 streams) accepted
 * @param maxSheets the most sheets of a workbook, or tables of a document, looked at
 * @param maxRows the most rows of one sheet or table
 * @param maxColumns the most columns of one sheet or table
 * @param maxCells the most non-empty cells of the whole file
 * @param maxMergedRegions the most merged regions of one sheet or table
 * @param maxMergedCells the most cells all merged regions of one sheet or table may cover together
 * @param maxTextLength the longest text of one cell or paragraph, in characters
 * @param maxFormulaDepth the deepest chain of uncached formulas evaluated
 * @param maxTableNesting the deepest nesting of tables inside table cells
 * @since 0.3
 */
public record ReadLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, double minInflateRatio,
        int maxEntries, int maxSheets, int maxRows, int maxColumns, long maxCells, int maxMergedRegions,
        long maxMergedCells, int maxTextLength, int maxFormulaDepth, int maxTableNesting) {

    /**
     * The inflated size above which an entry's compression ratio is checked against
     * {@link #minInflateRatio()}, 32 MiB: beyond any part selfeval writes for a report within the model's
     * limits ({@link io.github.selfeval.model.Limits#MAX_TEXT_CHARACTERS} characters of text, which deflate
     * compresses up to about 1032 times when one character repeats), so that what validates reads back. Below
     * it the entry and total limits alone bound what a zip costs.
     *
     * @since 0.3
     */
    public static final long RATIO_CHECKED_ABOVE = 32L << 20;

    /**
     * 20 MiB files, 64 MiB per entry and 256 MiB in all, a ratio of at least 0.01 for entries above
     * {@link #RATIO_CHECKED_ABOVE}, 1 000 entries,
     * 100 sheets or tables, 20 000 rows and 256 columns each, 1 000 000 cells in all, 10 000 merged
     * regions covering at most 2 000 000 cells per sheet, 100 000 characters per cell (the model's longest
     * paragraph, {@link io.github.selfeval.model.Limits#MAX_PARAGRAPH_LENGTH}, so that what validates reads
     * back), formula chains 200 deep, tables nested 4 deep. A real 自评表 uses a hundredth of each.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(20L << 20, 64L << 20, 256L << 20, 0.01, 1_000, 100,
            20_000, 256, 1_000_000, 10_000, 2_000_000, io.github.selfeval.model.Limits.MAX_PARAGRAPH_LENGTH, 200, 4);

    /**
     * Checks the arguments.
     *
     * @param maxFileBytes the largest file accepted
     * @param maxEntryBytes the largest inflated zip entry
     * @param maxTotalBytes the largest inflated size of all entries
     * @param minInflateRatio the smallest compression ratio accepted, in [0, 1)
     * @param maxEntries the most zip entries
     * @param maxSheets the most sheets or tables
     * @param maxRows the most rows per sheet or table
     * @param maxColumns the most columns per sheet or table
     * @param maxCells the most non-empty cells
     * @param maxMergedRegions the most merged regions per sheet or table
     * @param maxMergedCells the most cells merged regions cover per sheet or table
     * @param maxTextLength the longest text of one cell or paragraph
     * @param maxFormulaDepth the deepest uncached formula chain
     * @param maxTableNesting the deepest table nesting
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        if (maxFileBytes <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxSheets <= 0
                || maxRows <= 0 || maxColumns <= 0 || maxCells <= 0 || maxMergedRegions <= 0 || maxMergedCells <= 0
                || maxTextLength <= 0 || maxFormulaDepth <= 0 || maxTableNesting <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1), was " + minInflateRatio);
        }
    }

    /**
     * These limits with another file size limit.
     *
     * @param bytes the largest file accepted
     * @return the new limits
     */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxEntryBytes, maxTotalBytes, minInflateRatio, maxEntries, maxSheets, maxRows,
                maxColumns, maxCells, maxMergedRegions, maxMergedCells, maxTextLength, maxFormulaDepth, maxTableNesting);
    }

    /**
     * These limits with another row and column limit.
     *
     * @param rows the most rows per sheet or table
     * @param columns the most columns per sheet or table
     * @return the new limits
     */
    public ReadLimits withMaxRowsAndColumns(int rows, int columns) {
        return new ReadLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, minInflateRatio, maxEntries, maxSheets, rows,
                columns, maxCells, maxMergedRegions, maxMergedCells, maxTextLength, maxFormulaDepth, maxTableNesting);
    }
}
