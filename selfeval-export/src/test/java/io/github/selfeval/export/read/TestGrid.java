package io.github.selfeval.export.read;

import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid typed cell by cell, as a person fills a sheet: text, numbers, merged regions; and where each
 * value went, by JSON path, so a test can check the reader's provenance. Positions are 0-based.
 */
final class TestGrid {
    private final String sheet;
    private final int table;
    private final Map<Long, FormGrid.Cell> cells = new LinkedHashMap<>();
    private final List<FormGrid.Region> merges = new ArrayList<>();
    final Map<String, SourceLocation> wrote = new LinkedHashMap<>();

    private TestGrid(String sheet, int table) {
        this.sheet = sheet;
        this.table = table;
    }

    static TestGrid sheet(String name) {
        return new TestGrid(name, 0);
    }

    static TestGrid table(int n) {
        return new TestGrid(null, n);
    }

    TestGrid text(int row, int column, String text) {
        cells.put(key(row, column), FormGrid.Cell.text(text));
        return this;
    }

    TestGrid number(int row, int column, String shown, String value) {
        cells.put(key(row, column), FormGrid.Cell.number(shown, new BigDecimal(value), false));
        return this;
    }

    TestGrid percent(int row, int column, String shown, String fraction) {
        cells.put(key(row, column), FormGrid.Cell.number(shown, new BigDecimal(fraction), true));
        return this;
    }

    TestGrid cell(int row, int column, FormGrid.Cell cell) {
        cells.put(key(row, column), cell);
        return this;
    }

    TestGrid merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        if (lastRow > firstRow || lastColumn > firstColumn) {
            merges.add(new FormGrid.Region(firstRow, firstColumn, lastRow, lastColumn));
        }
        return this;
    }

    /** Records that the value at a JSON path was typed at a cell. */
    TestGrid wrote(String path, int row, int column) {
        wrote.put(path, location(row, column));
        return this;
    }

    SourceLocation location(int row, int column) {
        return sheet != null ? SourceLocation.cell(sheet, row + 1, column + 1)
                : SourceLocation.tableCell(table, row + 1, column + 1);
    }

    FormGrid build() {
        FormGrid.Builder b = sheet != null ? FormGrid.forSheet(sheet, ReadLimits.DEFAULT)
                : FormGrid.forTable(table, ReadLimits.DEFAULT);
        cells.forEach((k, c) -> b.put((int) (k >> 32), (int) k.longValue(), c));
        merges.forEach(b::merge);
        return b.build();
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
