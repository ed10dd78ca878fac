package io.github.selfeval.export.read;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of a workbook, or one table of a document, as the label reader sees it: a rectangle of
 * cells, each with the text a person sees and, for number cells, the number; merged regions; and the
 * location of every cell in the user's own file.
 *
 * <p>File readers build grids ({@link #forSheet(String, ReadLimits)}, {@link #forTable(int, ReadLimits)})
 * and hand them, in a {@link SourceDocument}, to {@link LabelledForms}, which finds the forms by their
 * printed labels. Positions are counted from 0 here; {@link #location(int, int)} gives the user's
 * 1-based cell. A merged region shows its first cell's content in every cell it covers. Immutable and
 * thread-safe once built.
 *
 * @since 0.3
 */
public final class FormGrid implements SourceDocument.Part {

    /**
     * A cell's content.
     *
     * @param text what a person sees in the cell (for a number cell, the number as its format shows it,
     *     e.g. {@code 86.20%} or {@code 2,819.17}); never null, empty for an empty cell
     * @param number the cell's numeric value, for number cells (and formula cells with a numeric value):
     *     {@code 0.862} for a cell showing {@code 86.20%}; empty for text cells
     * @param percent whether the number is shown as a percentage (its format ends in {@code %})
     */
    public record Cell(String text, Optional<BigDecimal> number, boolean percent) {

        /** An empty cell. */
        public static final Cell EMPTY = new Cell("", Optional.empty(), false);

        /**
         * Checks the arguments.
         *
         * @param text what a person sees
         * @param number the numeric value, for number cells
         * @param percent whether shown as a percentage
         */
        public Cell {
            Objects.requireNonNull(text, "text");
            number = number == null ? Optional.empty() : number;
        }

        /**
         * A text cell.
         *
         * @param text the text
         * @return the cell
         */
        public static Cell text(String text) {
            return new Cell(text, Optional.empty(), false);
        }

        /**
         * A number cell.
         *
         * @param shown the number as its format shows it
         * @param value the value
         * @param percent whether shown as a percentage
         * @return the cell
         */
        public static Cell number(String shown, BigDecimal value, boolean percent) {
            return new Cell(shown, Optional.of(value), percent);
        }

        /**
         * Whether the cell shows nothing.
         *
         * @return true if its text is blank and it has no number
         */
        public boolean isBlank() {
            return number.isEmpty() && text.isBlank();
        }
    }

    /**
     * A merged region, 0-based and inclusive.
     *
     * @param firstRow its first row
     * @param firstColumn its first column
     * @param lastRow its last row
     * @param lastColumn its last column
     */
    public record Region(int firstRow, int firstColumn, int lastRow, int lastColumn) {

        /**
         * Checks the arguments.
         *
         * @param firstRow its first row
         * @param firstColumn its first column
         * @param lastRow its last row
         * @param lastColumn its last column
         */
        public Region {
            if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
                throw new IllegalArgumentException("not a region: " + firstRow + "," + firstColumn + ":" + lastRow + ","
                        + lastColumn);
            }
        }

        /**
         * How many cells the region covers.
         *
         * @return rows × columns
         */
        public long cells() {
            return (long) (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1);
        }

        /**
         * Whether the region covers a cell.
         *
         * @param row the row
         * @param column the column
         * @return true if inside
         */
        public boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    private final @Nullable String sheet;
    private final int table;
    private final int rows;
    private final int columns;
    private final Map<Long, Cell> cells;
    private final List<Region> merges;
    private final List<Position> filled;
    /**
     * For each row, the indexes of the regions covering it, in the order given: memory in the sum of
     * the regions' heights (at most the cells they cover), never a map entry per covered cell, so that
     * a region of two million cells costs a few megabytes, not a quarter gigabyte.
     */
    private final int[] @Nullable [] coveringRow;

    private FormGrid(Builder b) {
        this.sheet = b.sheet;
        this.table = b.table;
        this.rows = b.rows;
        this.columns = b.columns;
        this.cells = Map.copyOf(b.cells);
        this.merges = List.copyOf(b.merges);
        int[] count = new int[rows];
        for (Region r : merges) {
            for (int row = r.firstRow(); row <= r.lastRow(); row++) {
                count[row]++;
            }
        }
        int[] @Nullable [] at = new int[rows][];
        for (int row = 0; row < rows; row++) {
            at[row] = count[row] == 0 ? null : new int[count[row]];
            count[row] = 0;
        }
        for (int i = 0; i < merges.size(); i++) {
            Region r = merges.get(i);
            for (int row = r.firstRow(); row <= r.lastRow(); row++) {
                at[row][count[row]++] = i;
            }
        }
        this.coveringRow = at;
        this.filled = cells.keySet().stream().map(FormGrid::position)
                .sorted(java.util.Comparator.comparingInt(Position::row).thenComparingInt(Position::column)).toList();
    }

    /** The first region (in the order given) covering a cell, or null. */
    private @Nullable Region covering(int row, int column) {
        if (row < 0 || row >= coveringRow.length || coveringRow[row] == null) {
            return null;
        }
        for (int i : coveringRow[row]) {
            Region r = merges.get(i);
            if (r.firstColumn() <= column && column <= r.lastColumn()) {
                return r;
            }
        }
        return null;
    }

    /** Spreads columns over the low word, so that Long's hash (high ^ low) does not collide for row ^ column. */
    private static final int SPREAD = 0x9E3779B1;
    private static final int UNSPREAD = inverse(SPREAD);

    private static int inverse(int odd) {
        int x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | ((column * SPREAD) & 0xffffffffL);
    }

    private static Position position(long key) {
        return new Position((int) (key >>> 32), (int) key * UNSPREAD);
    }

    /**
     * A builder for a workbook's sheet.
     *
     * @param sheetName the sheet's name, as locations print it
     * @param limits the limits the grid is held to
     * @return a new builder
     */
    public static Builder forSheet(String sheetName, ReadLimits limits) {
        return new Builder(Objects.requireNonNull(sheetName, "sheetName"), 0, limits);
    }

    /**
     * A builder for a document's table.
     *
     * @param tableNumber the table's number in the document, from 1
     * @param limits the limits the grid is held to
     * @return a new builder
     */
    public static Builder forTable(int tableNumber, ReadLimits limits) {
        if (tableNumber < 1) {
            throw new IllegalArgumentException("tables count from 1");
        }
        return new Builder(null, tableNumber, limits);
    }

    /**
     * The sheet's name, for a sheet.
     *
     * @return the name, or empty for a table
     */
    public Optional<String> sheetName() {
        return Optional.ofNullable(sheet);
    }

    /**
     * The table's number in its document, for a table.
     *
     * @return the number from 1, or 0 for a sheet
     */
    public int tableNumber() {
        return table;
    }

    /**
     * The number of rows: one past the last row that has content or a merge.
     *
     * @return the rows
     */
    public int rows() {
        return rows;
    }

    /**
     * The number of columns: one past the last column that has content or a merge.
     *
     * @return the columns
     */
    public int columns() {
        return columns;
    }

    /**
     * The content shown at a cell: a merged region's first cell's content in every cell it covers.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return the content, {@link Cell#EMPTY} outside the grid or for an empty cell
     */
    public Cell cell(int row, int column) {
        Region r = covering(row, column);
        long k = r == null ? key(row, column) : key(r.firstRow(), r.firstColumn());
        return cells.getOrDefault(k, Cell.EMPTY);
    }

    /**
     * The text shown at a cell.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return the text, empty when blank
     */
    public String text(int row, int column) {
        return cell(row, column).text();
    }

    /**
     * A position in the grid, 0-based.
     *
     * @param row the row
     * @param column the column
     * @since 0.3
     */
    public record Position(int row, int column) {
    }

    /**
     * The positions of the cells that hold content (a merged region's first cell, not every cell it
     * covers), row by row and left to right: what a reader scans instead of every row × column.
     *
     * @return the positions, unmodifiable
     * @since 0.3
     */
    public List<Position> filled() {
        return filled;
    }

    /**
     * The merged region covering a cell.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return the region, or empty when the cell is not merged
     */
    public Optional<Region> regionAt(int row, int column) {
        return Optional.ofNullable(covering(row, column));
    }

    /**
     * The merged regions, in the order given.
     *
     * @return the regions, unmodifiable
     */
    public List<Region> merges() {
        return merges;
    }

    /**
     * Where a cell is in the user's file; for a merged cell, the region's first cell (where a person
     * typed the value).
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return the location
     */
    public SourceLocation location(int row, int column) {
        Region r = covering(row, column);
        int rr = r == null ? row : r.firstRow();
        int cc = r == null ? column : r.firstColumn();
        return sheet != null ? SourceLocation.cell(sheet, rr + 1, cc + 1) : SourceLocation.tableCell(table, rr + 1, cc + 1);
    }

    /**
     * Where the grid is, as a whole.
     *
     * @return the sheet's name or {@code table N}
     */
    public String describe() {
        return sheet != null ? sheet : "table " + table;
    }

    /** Collects a grid's cells and merges, holding them to the limits. Not thread-safe. */
    public static final class Builder {
        private final @Nullable String sheet;
        private final int table;
        private final ReadLimits limits;
        private final Map<Long, Cell> cells = new HashMap<>();
        private final List<Region> merges = new ArrayList<>();
        private long mergedCells;
        private int rows;
        private int columns;

        private Builder(@Nullable String sheet, int table, ReadLimits limits) {
            this.sheet = sheet;
            this.table = table;
            this.limits = Objects.requireNonNull(limits, "limits");
        }

        private String where() {
            return sheet != null ? "sheet '" + sheet + "'" : "table " + table;
        }

        private ReadException tooLarge(String what) {
            return new ReadException(ReadException.TOO_LARGE, null, where() + " " + what, null);
        }

        /**
         * Sets a cell; blank cells may be left out.
         *
         * @param row the row, from 0
         * @param column the column, from 0
         * @param cell its content
         * @return this builder
         * @throws ReadException {@link ReadException#TOO_LARGE} past the row, column, cell or text limits
         */
        public Builder put(int row, int column, Cell cell) {
            Objects.requireNonNull(cell, "cell");
            checkPosition(row, column);
            if (cell.text().length() > limits.maxTextLength()) {
                throw new ReadException(ReadException.TOO_LARGE, location(row, column), "the cell holds "
                        + cell.text().length() + " characters; at most " + limits.maxTextLength() + " are read", null);
            }
            if (cell.isBlank()) {
                return this;
            }
            if (cells.put(key(row, column), cell) == null && cells.size() > limits.maxCells()) {
                throw tooLarge("has more than " + limits.maxCells() + " non-empty cells");
            }
            rows = Math.max(rows, row + 1);
            columns = Math.max(columns, column + 1);
            return this;
        }

        /**
         * Adds a merged region. Regions are counted, and the cells they cover summed, before anything is
         * allocated for them: a region of a million cells is refused here, not expanded.
         *
         * @param region the region
         * @return this builder
         * @throws ReadException {@link ReadException#TOO_LARGE} past the merge or row and column limits
         */
        public Builder merge(Region region) {
            Objects.requireNonNull(region, "region");
            checkPosition(region.lastRow(), region.lastColumn());
            if (merges.size() >= limits.maxMergedRegions()) {
                throw tooLarge("has more than " + limits.maxMergedRegions() + " merged regions");
            }
            mergedCells += region.cells();
            if (mergedCells > limits.maxMergedCells()) {
                throw tooLarge("has merged regions covering more than " + limits.maxMergedCells() + " cells");
            }
            merges.add(region);
            rows = Math.max(rows, region.lastRow() + 1);
            columns = Math.max(columns, region.lastColumn() + 1);
            return this;
        }

        private void checkPosition(int row, int column) {
            if (row < 0 || column < 0) {
                throw new IllegalArgumentException("positions count from 0");
            }
            if (row >= limits.maxRows()) {
                throw tooLarge("has more than " + limits.maxRows() + " rows");
            }
            if (column >= limits.maxColumns()) {
                throw tooLarge("has more than " + limits.maxColumns() + " columns");
            }
        }

        private SourceLocation location(int row, int column) {
            return sheet != null ? SourceLocation.cell(sheet, row + 1, column + 1)
                    : SourceLocation.tableCell(table, row + 1, column + 1);
        }

        /**
         * The grid.
         *
         * @return the grid
         */
        public FormGrid build() {
            return new FormGrid(this);
        }
    }
}
