package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Counts an .xls workbook's records before POI builds its sheets: one pass over the record stream,
 * each record read and dropped, counting sheets, rows, cells (blank formatted ones and each column of
 * a {@code MULBLANK}/{@code MULRK} too), merged regions and the cells they cover, cell positions and
 * the shared strings' count and lengths, against the limits — as {@link WorkbookScan} does for .xlsx.
 */
final class XlsScan {
    private XlsScan() {
    }

    static void scan(POIFSFileSystem fs, ReadLimits limits) throws IOException {
        DirectoryNode root = fs.getRoot();
        String stream = root.hasEntryCaseInsensitive("Workbook") ? "Workbook" : "Book";
        List<String> names = new ArrayList<>();
        int sheet = -1;
        long cells = 0;
        long rows = 0;
        long merges = 0;
        long merged = 0;
        try (InputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive(stream))) {
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            Record r;
            while ((r = records.nextRecord()) != null) {
                if (r instanceof BoundSheetRecord b) {
                    names.add(b.getSheetname());
                    if (names.size() > limits.maxSheets()) {
                        throw new ReadException(ReadException.TOO_LARGE, null, "the workbook has more than "
                                + limits.maxSheets() + " sheets", null);
                    }
                } else if (r instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                    sheet++;
                    rows = 0;
                    merges = 0;
                    merged = 0;
                } else if (r instanceof RowRecord row) {
                    if (++rows > maxRows(name(names, sheet), limits)) {
                        throw tooLarge(names, sheet, "has more than " + maxRows(name(names, sheet), limits) + " rows");
                    }
                    position(names, sheet, row.getRowNumber(), 0, limits);
                } else if (r instanceof MulBlankRecord m) {
                    cells += m.getNumColumns();
                    position(names, sheet, m.getRow(), m.getLastColumn(), limits);
                } else if (r instanceof MulRKRecord m) {
                    cells += m.getNumColumns();
                    position(names, sheet, m.getRow(), m.getLastColumn(), limits);
                } else if (r instanceof CellValueRecordInterface c) {
                    cells++;
                    position(names, sheet, c.getRow(), c.getColumn(), limits);
                } else if (r instanceof MergeCellsRecord m) {
                    for (int i = 0; i < m.getNumAreas(); i++) {
                        CellRangeAddress a = m.getAreaAt(i);
                        if (++merges > limits.maxMergedRegions()) {
                            throw tooLarge(names, sheet, "has more than " + limits.maxMergedRegions() + " merged regions");
                        }
                        merged += (long) (a.getLastRow() - a.getFirstRow() + 1) * (a.getLastColumn() - a.getFirstColumn() + 1);
                        if (merged > limits.maxMergedCells()) {
                            throw tooLarge(names, sheet, "has merged regions covering more than " + limits.maxMergedCells()
                                    + " cells (" + a.formatAsString() + " among them)");
                        }
                        position(names, sheet, a.getLastRow(), a.getLastColumn(), limits);
                    }
                } else if (r instanceof SSTRecord sst) {
                    if (sst.getNumUniqueStrings() > limits.maxCells()) {
                        throw new ReadException(ReadException.TOO_LARGE, null, "the workbook holds more than "
                                + limits.maxCells() + " distinct texts", null);
                    }
                    for (int i = 0; i < sst.getNumUniqueStrings(); i++) {
                        if (sst.getString(i).getCharCount() > limits.maxTextLength()) {
                            throw new ReadException(ReadException.TOO_LARGE, null, "text " + (i + 1) + " of the"
                                    + " workbook holds more than " + limits.maxTextLength() + " characters", null);
                        }
                    }
                }
                if (cells > limits.maxCells()) {
                    throw tooLarge(names, sheet, "brings the workbook's cells to more than " + limits.maxCells()
                            + " (every cell counts, blank formatted ones too)");
                }
            }
        }
    }

    private static int maxRows(String sheet, ReadLimits limits) {
        return SheetNames.DATA.equals(sheet) ? limits.maxRows() * WorkbookScan.DATA_ROWS_FACTOR : limits.maxRows();
    }

    private static String name(List<String> names, int sheet) {
        return sheet >= 0 && sheet < names.size() ? names.get(sheet) : "sheet " + (sheet + 1);
    }

    private static void position(List<String> names, int sheet, int row, int column, ReadLimits limits) {
        if (row >= maxRows(name(names, sheet), limits)) {
            throw tooLarge(names, sheet, "has a cell in row " + (row + 1) + "; at most "
                    + maxRows(name(names, sheet), limits) + " rows are read");
        }
        if (column >= limits.maxColumns()) {
            throw tooLarge(names, sheet, "has a cell in column " + (column + 1) + "; at most " + limits.maxColumns()
                    + " columns are read");
        }
    }

    private static ReadException tooLarge(List<String> names, int sheet, String what) {
        String name = name(names, sheet);
        return new ReadException(ReadException.TOO_LARGE, SourceLocation.part(name), "sheet '" + name + "' " + what,
                null);
    }
}
