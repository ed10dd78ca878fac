package io.github.selfeval.benchmarks.peers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link CellGrid} with plain POI, either through the DOM model ({@code XSSFWorkbook}, what
 * selfeval's exporter uses) or through the streaming one ({@code SXSSFWorkbook} with an unlimited row
 * window, so every row stays addressable as in XSSF, and FastExcel's engine). Separates what the
 * layout logic costs from what POI's XML serialisation costs.
 */
public final class PoiGridWriter {

    private final CellGrid grid;
    private final boolean streaming;

    /**
     * @param grid the cells
     * @param streaming SXSSF (true) or XSSF (false)
     */
    public PoiGridWriter(CellGrid grid, boolean streaming) {
        this.grid = grid;
        this.streaming = streaming;
    }

    /** Writes the workbook. */
    public void write(OutputStream out) {
        try (Workbook wb = streaming ? new SXSSFWorkbook(-1) : new XSSFWorkbook()) {
            for (CellGrid.SheetGrid s : grid.sheets()) {
                Sheet sheet = wb.createSheet(s.name());
                for (int c = 0; c < s.columnWidths().size(); c++) {
                    sheet.setColumnWidth(c, s.columnWidths().get(c));
                }
                List<List<CellGrid.CellValue>> rows = s.rows();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<CellGrid.CellValue> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        CellGrid.CellValue v = cells.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof CellGrid.Text t) {
                            cell.setCellValue(t.value());
                        } else if (v instanceof CellGrid.Number n) {
                            cell.setCellValue(n.value().doubleValue());
                        } else if (v instanceof CellGrid.Formula f) {
                            cell.setCellFormula(f.formula());
                            cell.setCellValue(f.cached().doubleValue());
                        }
                    }
                }
                for (CellRangeAddress region : s.merged()) {
                    sheet.addMergedRegionUnsafe(region);
                }
            }
            wb.write(out); // close() (try-with-resources) deletes SXSSF's temporary files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
