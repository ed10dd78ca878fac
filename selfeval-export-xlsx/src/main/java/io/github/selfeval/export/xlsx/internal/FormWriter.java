package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.internal.Styles.Role;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the 自评表 sheet in the layout of the report's {@link FormDescription}: the seed's Hebei
 * 部门整体 layout ({@link DepartmentLayout}, a grouped funds block) or the central 项目支出 layout
 * ({@link ProjectLayout}, a grid funds block). Holds what both layouts share: the cells, their styles
 * and merged regions, row heights and the print setup.
 *
 * <p>Records where each model value went ({@link #cellOf(String)}, for highlighting audit findings)
 * and what the form displays where that differs from the model ({@link #shown()}, for the 数据 sheet).
 * Not thread-safe; one instance per export.
 */
final class FormWriter {
    private static final double POINTS_PER_LINE = 1.35;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final ScoreCard card;
    private final FormDescription form;
    private final boolean points;
    private final Map<String, CellAddress> cells = new HashMap<>();
    private final Map<String, String> shown = new LinkedHashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    /** The merged regions added, kept here: POI re-parses its own list on every getMergedRegions(). */
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final Notes notes = new Notes();

    private int[] widths = new int[0];
    private int repeatFrom = -1;
    private int repeatTo = -1;

    /** A text written over a rectangle of cells, for row height estimates. */
    private record Placement(int r1, int r2, int c1, int c2, String text, Role role) {
    }

    FormWriter(SXSSFWorkbook workbook, Styles styles, ScoreCard card, boolean points) {
        this.sheet = workbook.createSheet(SheetNames.FORM);
        this.styles = styles;
        this.card = card;
        this.form = FormDescriptions.standard().forReport(card.report());
        this.points = points;
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    ScoreCard card() {
        return card;
    }

    FormDescription form() {
        return form;
    }

    /** Whether the card's numbers print in the points presentation (分值 / 得分). */
    boolean points() {
        return points;
    }

    /** What the form displays for a model path where that is not the model's own value. */
    Map<String, String> shown() {
        return shown;
    }

    /**
     * The cell that shows a model path ({@code indicators[8].weightedScore}), or the nearest
     * enclosing path's cell ({@code indicators[8]}), or empty when the form does not show it.
     */
    Optional<CellAddress> cellOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            CellAddress a = cells.get(p);
            if (a != null) {
                return Optional.of(topLeft(a));
            }
            int dot = p.lastIndexOf('.');
            int bracket = p.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            if (cut <= 0) {
                break;
            }
            p = p.substring(0, cut);
        }
        return Optional.empty();
    }

    private CellAddress topLeft(CellAddress a) {
        for (CellRangeAddress r : merged) {
            if (r.isInRange(a.getRow(), a.getColumn())) {
                return new CellAddress(r.getFirstRow(), r.getFirstColumn());
            }
        }
        return a;
    }

    void write() {
        if (form.funds().layout() == FundsBlock.Layout.GRID) {
            new ProjectLayout(this).write();
        } else {
            new DepartmentLayout(this, points ? Columns.POINTS : Columns.WEIGHTED).write();
        }
        rowHeights();
        printSetup();
        notes.attach(sheet.getWorkbook().getXSSFWorkbook().getSheet(SheetNames.FORM));
    }

    /** Sets the column widths, in character units (a CJK character is two). */
    void widths(int[] characters) {
        this.widths = characters.clone();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256 + 128);
        }
    }

    int lastColumn() {
        return widths.length - 1;
    }

    /** The rows that repeat on every printed page (the indicator table's header). */
    void repeatRows(int from, int to) {
        this.repeatFrom = from;
        this.repeatTo = to;
    }

    void mark(String path, int r, int c) {
        cells.put(path, new CellAddress(r, c));
    }

    void shown(String path, String value) {
        shown.put(path + Snapshot.SHOWN, value);
    }

    // --- cells

    void label(int r, int c1, int c2, String text) {
        region(r, r, c1, c2, text, Role.LABEL);
    }

    void text(int r, int c1, int c2, String text, String path) {
        region(r, r, c1, c2, text, Role.TEXT);
        cells.put(path, new CellAddress(r, c1));
    }

    void centered(int r, int c, String text, String path) {
        region(r, r, c, c, text, Role.CENTER);
        cells.put(path, new CellAddress(r, c));
    }

    void region(int r1, int r2, int c1, int c2, String text, Role role) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(r, c).setCellStyle(styles.get(role));
            }
        }
        if (text != null) {
            SXSSFCell cell = cell(r1, c1);
            cell.setCellValue(text);
            if (isFormulaLike(text)) {
                cell.setCellStyle(styles.get(new Styles.Key(role, Styles.Mark.NONE, true)));
            }
            placements.add(new Placement(r1, r2, c1, c2, text, role));
        }
        if (r1 != r2 || c1 != c2) {
            addMerged(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** Adds a region without POI's overlap check (the layout never overlaps; the check is quadratic). */
    private void addMerged(CellRangeAddress region) {
        sheet.addMergedRegionUnsafe(region);
        merged.add(region);
    }

    void number(int r, int c1, int c2, BigDecimal value, String path) {
        numberRegion(r, r, c1, c2, value, path);
    }

    void numberRegion(int r1, int r2, int c1, int c2, BigDecimal value, String path) {
        region(r1, r2, c1, c2, null, Role.NUMBER);
        if (value != null) {
            cell(r1, c1).setCellValue(value.doubleValue());
        }
        cells.put(path, new CellAddress(r1, c1));
    }

    void formula(int r1, int r2, int c1, int c2, String formula, BigDecimal cached, Role role) {
        region(r1, r2, c1, c2, null, role);
        SXSSFCell cell = cell(r1, c1);
        cell.setCellFormula(formula);
        // Setting a value on a formula cell keeps the formula and writes the cached result, so that
        // viewers that do not recalculate still show the library's number.
        if (cached == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(cached.doubleValue());
        }
        assert cell.getCellType() == CellType.FORMULA;
    }

    /**
     * A note on a cell that shows a computed value instead of, or beside, a declared one: the cell holds
     * the card's number (a formula's input must), the note says what the form declared.
     */
    void note(int r, int c, String text) {
        cell(r, c);
        notes.add(r, c, text);
    }

    void merge(int r1, int r2, int c1, int c2) {
        addMerged(new CellRangeAddress(r1, r2, c1, c2));
        // Only the top-left cell keeps its value; the others stay styled (for their borders) but blank.
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                if (r != r1 || c != c1) {
                    SXSSFCell cell = cell(r, c);
                    cell.setBlank();
                }
            }
        }
        placements.removeIf(p -> p.r1() >= r1 && p.r2() <= r2 && p.c1() >= c1 && p.c2() <= c2
                && (p.r1() != r1 || p.c1() != c1));
        placements.replaceAll(p -> p.r1() == r1 && p.c1() == c1 && p.c2() == c2 ? new Placement(r1, r2, c1, c2,
                p.text(), p.role()) : p);
    }

    /** Text a spreadsheet would read as a formula when typed: =, +, -, @ first. */
    static boolean isFormulaLike(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private SXSSFRow row(int r) {
        SXSSFRow row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private SXSSFCell cell(int r, int c) {
        SXSSFRow row = row(r);
        SXSSFCell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }

    static String ref(int r, int c) {
        return new CellAddress(r, c).formatAsString();
    }

    // --- page

    private void rowHeights() {
        Map<Integer, Double> heights = new HashMap<>();
        for (Placement p : placements) {
            if (p.r1() != p.r2()) {
                continue;
            }
            heights.merge(p.r1(), needed(p), Math::max);
        }
        // A text merged over several rows: grow the last row when the rows together are too low.
        for (Placement p : placements) {
            if (p.r1() == p.r2()) {
                continue;
            }
            double have = 0;
            for (int r = p.r1(); r <= p.r2(); r++) {
                have += heights.getOrDefault(r, minHeight());
            }
            double need = needed(p);
            if (need > have) {
                heights.put(p.r2(), heights.getOrDefault(p.r2(), minHeight()) + need - have);
            }
        }
        int lastRow = sheet.getLastRowNum();
        for (int r = 0; r <= lastRow; r++) {
            double h = Math.max(minHeight(), heights.getOrDefault(r, minHeight()));
            row(r).setHeightInPoints((float) Math.min(409, Math.ceil(h)));
        }
    }

    private static double minHeight() {
        return 18;
    }

    private double needed(Placement p) {
        double units = 0;
        for (int c = p.c1(); c <= p.c2() && c < widths.length; c++) {
            units += widths[c];
        }
        int lines = TextWidth.lines(p.text(), units);
        return lines * Styles.fontPoints(p.role()) * POINTS_PER_LINE + 6;
    }

    private void printSetup() {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        // The indicator table's header rows repeat on every page it runs over.
        if (repeatFrom >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFrom, repeatTo, -1, -1));
        }
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn(), 0,
                sheet.getLastRowNum());
    }
}
