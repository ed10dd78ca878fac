package io.github.selfeval.export;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where in the user's own file a value was read: a workbook cell ({@code Sheet1!H14}), a cell of a
 * document's table (table 2, row 7, column 5), a paragraph of a document, or a part of the file (a zip
 * entry).
 *
 * <p>Rows, columns, tables and paragraphs are counted from 1, as people count them; the
 * {@link #toString() text form} is the one a person types into Excel's name box or finds by counting.
 * Immutable and thread-safe.
 *
 * @param kind what kind of place
 * @param container the sheet name (cells), the zip entry (parts); empty otherwise
 * @param table the table's number in the document, from 1 (table cells), else 0
 * @param row the row, from 1 (cells and table cells), else 0
 * @param column the column, from 1 (cells and table cells), else 0
 * @param paragraph the paragraph's number in the document's body, from 1 (paragraphs), else 0
 * @since 0.3
 */
public record SourceLocation(Kind kind, String container, int table, int row, int column, int paragraph) {

    /** Sheet names Excel writes without quotes in a reference. */
    private static final Pattern PLAIN_SHEET = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.]*");

    /** What kind of place a location is. */
    public enum Kind {
        /** A workbook cell. */
        CELL,
        /** A cell of a table in a document. */
        TABLE_CELL,
        /** A paragraph in a document's body. */
        PARAGRAPH,
        /** A part of the file as a whole, such as a zip entry. */
        PART
    }

    /**
     * Checks the arguments.
     *
     * @param kind what kind of place
     * @param container the sheet name or zip entry
     * @param table the table number
     * @param row the row
     * @param column the column
     * @param paragraph the paragraph number
     */
    public SourceLocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(container, "container");
        if (table < 0 || row < 0 || column < 0 || paragraph < 0) {
            throw new IllegalArgumentException("positions count from 1");
        }
    }

    /**
     * A workbook cell.
     *
     * @param sheet the sheet's name
     * @param row the row, from 1
     * @param column the column, from 1 (A is 1)
     * @return the location
     */
    public static SourceLocation cell(String sheet, int row, int column) {
        requirePositive(row, column);
        return new SourceLocation(Kind.CELL, sheet, 0, row, column, 0);
    }

    /**
     * A cell of a document's table.
     *
     * @param table the table's number in the document, from 1
     * @param row the row, from 1
     * @param column the column, from 1, counted on the table's grid (a cell spanning two grid columns
     *     is at the first)
     * @return the location
     */
    public static SourceLocation tableCell(int table, int row, int column) {
        requirePositive(table, row, column);
        return new SourceLocation(Kind.TABLE_CELL, "", table, row, column, 0);
    }

    /**
     * A paragraph of a document's body.
     *
     * @param paragraph the paragraph's number, from 1, counting the body's paragraphs outside tables
     * @return the location
     */
    public static SourceLocation paragraph(int paragraph) {
        requirePositive(paragraph);
        return new SourceLocation(Kind.PARAGRAPH, "", 0, 0, 0, paragraph);
    }

    /**
     * A part of the file, such as a zip entry.
     *
     * @param name the part's name, e.g. {@code xl/worksheets/sheet1.xml}
     * @return the location
     */
    public static SourceLocation part(String name) {
        return new SourceLocation(Kind.PART, Objects.requireNonNull(name, "name"), 0, 0, 0, 0);
    }

    private static void requirePositive(int... values) {
        for (int v : values) {
            if (v < 1) {
                throw new IllegalArgumentException("positions count from 1, was " + v);
            }
        }
    }

    /**
     * The column's letters, as Excel prints them.
     *
     * @param column the column, from 1
     * @return e.g. {@code A} for 1, {@code AA} for 27
     */
    public static String columnLetters(int column) {
        requirePositive(column);
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /**
     * The location in Chinese, for Chinese messages: {@code Sheet1!H14} for a cell (Excel's notation is
     * the same in every language), {@code 表2第7行第5列}, {@code 第3段}.
     *
     * @return the text, never null
     */
    public String toChinese() {
        return switch (kind) {
            case CELL, PART -> toString();
            case TABLE_CELL -> "表" + table + "第" + row + "行第" + column + "列";
            case PARAGRAPH -> "第" + paragraph + "段";
        };
    }

    /**
     * The location as a person finds it: {@code Sheet1!H14} ({@code 'My sheet'!H14} when the name needs
     * quotes), {@code table 2, row 7, column 5}, {@code paragraph 3}, or the part's name.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return switch (kind) {
            case CELL -> (PLAIN_SHEET.matcher(container).matches() ? container
                    : "'" + container.replace("'", "''") + "'") + "!" + columnLetters(column) + row;
            case TABLE_CELL -> "table " + table + ", row " + row + ", column " + column;
            case PARAGRAPH -> "paragraph " + paragraph;
            case PART -> container;
        };
    }
}
