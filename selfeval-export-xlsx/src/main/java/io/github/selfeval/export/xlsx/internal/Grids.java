package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.formula.eval.BlankEval;
import org.apache.poi.ss.formula.eval.BoolEval;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook's sheets as the label reader sees them ({@link FormGrid}s): every visible sheet, in the
 * workbook's order — hidden sheets, and selfeval's own hidden 数据 sheet even when a person unhid it,
 * are left out. Each cell's text is what Excel shows (POI's {@link DataFormatter}); a number cell
 * carries its value exactly as the double Excel holds ({@link BigDecimal#valueOf(double)}: 86.2, not
 * 86.2000000000000028…) and whether its format shows a percentage; a formula cell its saved value, or
 * its value evaluated within limits ({@link Formulas}) when it has none. Merged regions are passed as
 * regions, never expanded.
 */
public final class Grids {

    private final Workbook wb;
    private final ReadLimits limits;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private Formulas formulas;

    private Grids(Workbook wb, ReadLimits limits) {
        this.wb = wb;
        this.limits = limits;
    }

    /**
     * The document of a workbook's visible sheets.
     *
     * @param wb the workbook, checked against the limits before it was opened
     * @param name the file's name, for messages
     * @param limits the limits
     * @return the document
     */
    public static SourceDocument document(Workbook wb, String name, ReadLimits limits) {
        return new SourceDocument(name, List.copyOf(new Grids(wb, limits).grids()));
    }

    private List<SourceDocument.Part> grids() {
        List<SourceDocument.Part> out = new ArrayList<>();
        long cells = 0;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                continue;
            }
            Sheet sheet = wb.getSheetAt(i);
            if (isDataSheet(sheet)) {
                continue;
            }
            FormGrid grid = grid(sheet);
            cells += grid.rows() == 0 ? 0 : countCells(sheet);
            if (cells > limits.maxCells()) {
                throw new ReadException(ReadException.TOO_LARGE, null, "the workbook has more than " + limits.maxCells()
                        + " cells", null);
            }
            out.add(grid);
        }
        return out;
    }

    private static long countCells(Sheet sheet) {
        long n = 0;
        for (Row r : sheet) {
            n += Math.max(0, r.getPhysicalNumberOfCells());
        }
        return n;
    }

    /** selfeval's 数据 sheet: named so, with the header 键 · 值. */
    static boolean isDataSheet(Sheet sheet) {
        if (!sheet.getSheetName().equals(SheetNames.DATA)) {
            return false;
        }
        Row header = sheet.getRow(0);
        Cell a = header == null ? null : header.getCell(0);
        return a != null && a.getCellType() == CellType.STRING && DataSheet.HEADER_KEY.equals(a.getStringCellValue());
    }

    private FormGrid grid(Sheet sheet) {
        FormGrid.Builder b = FormGrid.forSheet(sheet.getSheetName(), limits);
        int n = sheet.getNumMergedRegions();
        for (int i = 0; i < n; i++) {
            CellRangeAddress r = sheet.getMergedRegion(i);
            b.merge(new FormGrid.Region(r.getFirstRow(), r.getFirstColumn(), r.getLastRow(), r.getLastColumn()));
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                FormGrid.Cell c = content(cell);
                if (!c.isBlank()) {
                    b.put(cell.getRowIndex(), cell.getColumnIndex(), c);
                }
            }
        }
        return b.build();
    }

    private SourceLocation where(Cell cell) {
        return SourceLocation.cell(cell.getSheet().getSheetName(), cell.getRowIndex() + 1, cell.getColumnIndex() + 1);
    }

    /** What a cell shows. */
    FormGrid.Cell content(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && Formulas.isUncached(x)) {
                return evaluated(cell, formulas().value(x));
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> FormGrid.Cell.text(cell.getStringCellValue());
            case NUMERIC -> number(cell, cell.getNumericCellValue(), formatter.formatCellValue(cell));
            case BOOLEAN -> FormGrid.Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> FormGrid.Cell.text(errorText(cell));
            default -> FormGrid.Cell.EMPTY;
        };
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#VALUE!";
        }
    }

    private Formulas formulas() {
        if (formulas == null) {
            formulas = new Formulas((XSSFWorkbook) wb, limits);
        }
        return formulas;
    }

    private FormGrid.Cell evaluated(Cell cell, ValueEval v) {
        if (v instanceof NumberEval n) {
            String fmt = cell.getCellStyle().getDataFormatString();
            String shown = formatter.formatRawCellContents(n.getNumberValue(), cell.getCellStyle().getDataFormat(),
                    fmt == null ? "General" : fmt);
            return number(cell, n.getNumberValue(), shown);
        }
        if (v instanceof StringEval s) {
            return FormGrid.Cell.text(s.getStringValue());
        }
        if (v instanceof BoolEval b) {
            return FormGrid.Cell.text(b.getBooleanValue() ? "TRUE" : "FALSE");
        }
        if (v instanceof ErrorEval e) {
            return FormGrid.Cell.text(FormulaError.forInt(e.getErrorCode()).getString());
        }
        if (v == null || v instanceof BlankEval) {
            return FormGrid.Cell.EMPTY;
        }
        return FormGrid.Cell.text(v.toString());
    }

    private FormGrid.Cell number(Cell cell, double value, String shown) {
        if (!Double.isFinite(value)) {
            throw new ReadException(ReadException.BAD_CELL, where(cell), "the cell holds a number no spreadsheet can"
                    + " (" + value + ")", null);
        }
        return FormGrid.Cell.number(shown, BigDecimal.valueOf(value), isPercent(cell.getCellStyle().getDataFormatString()));
    }

    /** Whether a number format shows a percentage: its first section ends in {@code %} (outside quotes). */
    static boolean isPercent(String format) {
        if (format == null) {
            return false;
        }
        StringBuilder plain = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < format.length()) {
                i++;
            } else if (c == ';' && !quoted) {
                break;
            } else if (!quoted) {
                plain.append(c);
            }
        }
        String s = plain.toString().replaceAll("\\[[^]]*]", "").replace("_)", "").strip();
        return s.endsWith("%");
    }
}
