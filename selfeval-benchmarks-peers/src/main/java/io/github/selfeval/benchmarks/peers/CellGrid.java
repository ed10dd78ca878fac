package io.github.selfeval.benchmarks.peers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of a workbook — per sheet its text, numbers, formulas (with their cached values),
 * merged regions and column widths — read with POI from a workbook selfeval wrote, so a peer
 * library can be made to write the same cells.
 *
 * @param sheets the sheets in workbook order
 */
public record CellGrid(List<SheetGrid> sheets) {

    /** One sheet. */
    public record SheetGrid(String name, List<List<CellValue>> rows, List<CellRangeAddress> merged,
            List<Integer> columnWidths) {
    }

    /** One cell: text, a number, or a formula with its cached number (empty cells are null). */
    public sealed interface CellValue permits Text, Number, Formula {
    }

    /** A text cell. */
    public record Text(String value) implements CellValue {
    }

    /** A number cell. */
    public record Number(BigDecimal value) implements CellValue {
    }

    /** A formula cell and its cached value. */
    public record Formula(String formula, BigDecimal cached) implements CellValue {
    }

    /** Reads every sheet of an XLSX workbook. */
    public static CellGrid read(byte[] xlsx) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<SheetGrid> sheets = new ArrayList<>();
            for (Sheet sheet : wb) {
                List<List<CellValue>> rows = new ArrayList<>();
                int maxCol = 0;
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<CellValue> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            cells.add(value(row.getCell(c)));
                        }
                        maxCol = Math.max(maxCol, cells.size());
                    }
                    rows.add(cells);
                }
                List<Integer> widths = new ArrayList<>();
                for (int c = 0; c < maxCol; c++) {
                    widths.add(sheet.getColumnWidth(c));
                }
                sheets.add(new SheetGrid(sheet.getSheetName(), rows, sheet.getMergedRegions(), widths));
            }
            return new CellGrid(sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellValue value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : new Text(cell.getStringCellValue());
            case NUMERIC -> new Number(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> new Text(Boolean.toString(cell.getBooleanCellValue()));
            case FORMULA -> new Formula(cell.getCellFormula(),
                    cell.getCachedFormulaResultType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()) : BigDecimal.ZERO);
            default -> null;
        };
    }

    /** Number of non-empty cells in every sheet. */
    public int cellCount() {
        return sheets.stream().flatMap(s -> s.rows().stream()).mapToInt(r -> (int) r.stream().filter(c -> c != null).count()).sum();
    }
}
