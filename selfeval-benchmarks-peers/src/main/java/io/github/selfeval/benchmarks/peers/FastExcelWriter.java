package io.github.selfeval.benchmarks.peers;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.metadata.data.FormulaData;
import cn.idev.excel.metadata.data.WriteCellData;
import cn.idev.excel.write.handler.SheetWriteHandler;
import cn.idev.excel.write.handler.context.SheetWriteHandlerContext;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a {@link CellGrid} with FastExcel the way its users write a report: one {@code ExcelWriter},
 * one {@code WriteSheet} per sheet, rows as lists, formulas as {@code WriteCellData} with
 * {@code FormulaData}, merged regions and column widths through a {@code SheetWriteHandler}.
 * No styles: FastExcel's users would add them, so this peer does less work than selfeval does.
 */
public final class FastExcelWriter {

    private final CellGrid grid;
    /** Per sheet, the rows as FastExcel takes them (built once: what the user's code would have ready). */
    private final List<List<List<Object>>> data;

    /** Prepares the rows once, so only the writing is measured. */
    public FastExcelWriter(CellGrid grid) {
        this.grid = grid;
        this.data = new ArrayList<>();
        for (CellGrid.SheetGrid sheet : grid.sheets()) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<CellGrid.CellValue> row : sheet.rows()) {
                List<Object> cells = new ArrayList<>();
                for (CellGrid.CellValue c : row) {
                    cells.add(plain(c));
                }
                rows.add(cells);
            }
            data.add(rows);
        }
    }

    private static Object plain(CellGrid.CellValue c) {
        if (c instanceof CellGrid.Text t) {
            return t.value();
        }
        if (c instanceof CellGrid.Number n) {
            return n.value();
        }
        return null; // formulas and empty cells: formulas are made per write, see rows()
    }

    /** Writes the workbook. */
    public void write(OutputStream out) {
        ExcelWriter writer = FastExcel.write(out).autoCloseStream(false).needHead(false).build();
        try {
            for (int i = 0; i < grid.sheets().size(); i++) {
                CellGrid.SheetGrid sheet = grid.sheets().get(i);
                WriteSheet ws = FastExcel.writerSheet(i, sheet.name()).registerWriteHandler(new Layout(sheet)).build();
                writer.write(rows(i), ws);
            }
        } finally {
            writer.finish();
        }
    }

    /** Formula cells need a fresh WriteCellData per write (FastExcel mutates it); text and numbers are shared. */
    private List<List<Object>> rows(int sheet) {
        List<List<CellGrid.CellValue>> source = grid.sheets().get(sheet).rows();
        List<List<Object>> prepared = data.get(sheet);
        List<List<Object>> rows = new ArrayList<>(prepared.size());
        for (int r = 0; r < prepared.size(); r++) {
            List<Object> row = prepared.get(r);
            List<CellGrid.CellValue> src = source.get(r);
            List<Object> copy = null;
            for (int c = 0; c < src.size(); c++) {
                if (src.get(c) instanceof CellGrid.Formula f) {
                    if (copy == null) {
                        copy = new ArrayList<>(row);
                    }
                    WriteCellData<Void> cell = new WriteCellData<>(f.cached());
                    FormulaData formula = new FormulaData();
                    formula.setFormulaValue(f.formula());
                    cell.setFormulaData(formula);
                    copy.set(c, cell);
                }
            }
            rows.add(copy == null ? row : copy);
        }
        return rows;
    }

    /** Merged regions and column widths, as a FastExcel user adds them. */
    private static final class Layout implements SheetWriteHandler {
        private final CellGrid.SheetGrid sheet;

        Layout(CellGrid.SheetGrid sheet) {
            this.sheet = sheet;
        }

        @Override
        public void afterSheetCreate(SheetWriteHandlerContext context) {
            Sheet s = context.getWriteSheetHolder().getSheet();
            for (CellRangeAddress region : sheet.merged()) {
                s.addMergedRegionUnsafe(region);
            }
            for (int c = 0; c < sheet.columnWidths().size(); c++) {
                s.setColumnWidth(c, sheet.columnWidths().get(c));
            }
        }
    }
}
