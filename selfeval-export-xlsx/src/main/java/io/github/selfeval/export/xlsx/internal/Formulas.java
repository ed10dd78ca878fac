package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.ConcatPtg;
import org.apache.poi.ss.formula.ptg.ControlPtg;
import org.apache.poi.ss.formula.ptg.IntPtg;
import org.apache.poi.ss.formula.ptg.MemAreaPtg;
import org.apache.poi.ss.formula.ptg.MemErrPtg;
import org.apache.poi.ss.formula.ptg.MemFuncPtg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.NumberPtg;
import org.apache.poi.ss.formula.ptg.OperationPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.ss.formula.ptg.StringPtg;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The values of formula cells that have none saved, evaluated by POI within limits.
 *
 * <p>POI evaluates a formula by recursing into the cells it refers to, re-evaluating every formula on
 * the way even when its value is saved: a chain of 5,000 formulas is 5,000 nested calls, and
 * {@code REPT(REPT("A",30000),30000)} builds 900 million characters before anyone looks at them. Here:
 * <ul>
 * <li>a formula cell with a saved value is shown to POI as that value, never re-evaluated;</li>
 * <li>the cells without one that a formula depends on are found from its tokens (references, ranges,
 * names) and evaluated first, dependencies before dependents, so POI never recurses more than one
 * level; a chain longer than {@link ReadLimits#maxFormulaDepth()} is refused
 * ({@link ReadException#TOO_COMPLEX}) before anything is evaluated, as is a circular one
 * ({@link ReadException#BAD_CELL});</li>
 * <li>before POI evaluates a formula, the longest text it can produce is bounded from its tokens
 * ({@code REPT} multiplies, {@code &}, {@code CONCATENATE}, {@code CONCAT}, {@code TEXTJOIN} add,
 * {@code SUBSTITUTE} multiplies by the replacement; any other function gives at most its longest
 * argument): over {@link ReadLimits#maxTextLength()}, it is refused, not built;</li>
 * <li>ranges the formulas being evaluated walk are counted, cell by cell of their area, against a
 * budget, so that {@code SUM(A:XFD)} is refused rather than walked;</li>
 * <li>a formula that refers to another workbook is not followed: without a saved value it is a bad
 * cell naming it.</li>
 * </ul>
 * Not thread-safe: one per workbook read.
 */
final class Formulas {
    /** The text bound of a number shown as text. */
    private static final long NUMBER_TEXT = 32;

    private final XSSFWorkbook wb;
    private final ReadLimits limits;
    private final XSSFEvaluationWorkbook ewb;
    private final Guarded guarded;
    private final WorkbookEvaluator evaluator;
    /** Per sheet: row → column → whether the formula has no saved value; built on first use. */
    private List<NavigableMap<Integer, NavigableMap<Integer, Boolean>>> uncached;
    private final Map<Long, ValueEval> done = new HashMap<>();
    /** The length of the longest chain of uncached formulas ending at each evaluated one. */
    private final Map<Long, Integer> depth = new HashMap<>();
    private final long areaBudget;
    private long areaCells;
    private long edges;

    Formulas(XSSFWorkbook wb, ReadLimits limits) {
        this.wb = wb;
        this.limits = limits;
        this.ewb = XSSFEvaluationWorkbook.create(wb);
        this.guarded = new Guarded();
        this.evaluator = new WorkbookEvaluator(guarded, null, null);
        this.areaBudget = (long) limits.maxRows() * limits.maxColumns() * 10;
    }

    /** Whether a cell is a formula without a saved value. */
    static boolean isUncached(XSSFCell cell) {
        return cell.getCellType() == CellType.FORMULA && !cell.getCTCell().isSetV();
    }

    /**
     * The value of an uncached formula cell.
     *
     * @param cell the cell
     * @return its value: a number, a string, a boolean, an error or blank
     * @throws ReadException {@link ReadException#TOO_COMPLEX} or {@link ReadException#BAD_CELL}
     */
    ValueEval value(XSSFCell cell) {
        int sheet = wb.getSheetIndex(cell.getSheet());
        long root = key(sheet, cell.getRowIndex(), cell.getColumnIndex());
        ValueEval v = done.get(root);
        if (v != null) {
            return v;
        }
        index();
        // Depth-first over the uncached formulas this one depends on, with an explicit stack: each is
        // evaluated once all of its own are.
        Map<Long, Integer> state = new HashMap<>();
        Deque<long[]> stack = new ArrayDeque<>();
        Map<Long, List<Long>> deps = new HashMap<>();
        stack.push(new long[] {root, 0});
        state.put(root, 1);
        while (!stack.isEmpty()) {
            long[] top = stack.peek();
            long node = top[0];
            List<Long> ds = deps.computeIfAbsent(node, this::dependencies);
            if (top[1] < ds.size()) {
                long d = ds.get((int) top[1]++);
                if (done.containsKey(d)) {
                    continue;
                }
                Integer s = state.get(d);
                if (s != null && s == 1) {
                    throw new ReadException(ReadException.BAD_CELL, where(node), "the formula refers to itself"
                            + " through " + where(d) + " (a circular reference) and has no saved value", null);
                }
                if (s == null) {
                    if (stack.size() >= limits.maxFormulaDepth()) {
                        throw chainTooDeep(root, d);
                    }
                    state.put(d, 1);
                    stack.push(new long[] {d, 0});
                }
                continue;
            }
            stack.pop();
            state.put(node, 2);
            // The chain's length, not the recursion's: evaluated top-down or bottom-up, 5,000 formulas
            // each referring to the next are a chain of 5,000.
            int d = 1;
            for (long x : ds) {
                d = Math.max(d, 1 + depth.getOrDefault(x, 0));
            }
            if (d > limits.maxFormulaDepth()) {
                throw chainTooDeep(node, ds.get(0));
            }
            depth.put(node, d);
            done.put(node, evaluate(node));
        }
        return done.get(root);
    }

    private ReadException chainTooDeep(long at, long through) {
        return new ReadException(ReadException.TOO_COMPLEX, where(at), "the workbook is too complex to read: its"
                + " formulas without saved values refer to each other in chains too deep to evaluate (more than "
                + limits.maxFormulaDepth() + " formulas without saved values, through " + where(through) + "); save"
                + " the workbook in Excel or LibreOffice so that its formulas keep their values", null);
    }

    private ValueEval evaluate(long node) {
        EvaluationCell c = guarded.getSheet(sheetOf(node)).getCell(rowOf(node), colOf(node));
        try {
            return evaluator.evaluate(c);
        } catch (ReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReadException(ReadException.BAD_CELL, where(node), "the formula " + formula(node)
                    + " has no saved value and cannot be evaluated (" + Failures.reason(e) + ")", e);
        }
    }

    private String formula(long node) {
        XSSFCell cell = cell(node);
        try {
            return cell == null ? "" : cell.getCellFormula();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void index() {
        if (uncached != null) {
            return;
        }
        uncached = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            NavigableMap<Integer, NavigableMap<Integer, Boolean>> rows = new TreeMap<>();
            XSSFSheet sheet = wb.getSheetAt(s);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    if (c instanceof XSSFCell x && isUncached(x)) {
                        rows.computeIfAbsent(x.getRowIndex(), k -> new TreeMap<>()).put(x.getColumnIndex(), true);
                    }
                }
            }
            uncached.add(rows);
        }
    }

    /** The uncached formula cells a formula refers to. */
    private List<Long> dependencies(long node) {
        Ptg[] ptgs = tokens(node);
        List<Long> out = new ArrayList<>();
        collect(node, ptgs, sheetOf(node), out, new HashSet<>());
        return out;
    }

    private Ptg[] tokens(long node) {
        EvaluationCell c = ewb.getSheet(sheetOf(node)).getCell(rowOf(node), colOf(node));
        try {
            return ewb.getFormulaTokens(c);
        } catch (RuntimeException e) {
            throw new ReadException(ReadException.BAD_CELL, where(node), "the formula " + formula(node)
                    + " has no saved value and cannot be read (" + Failures.reason(e) + ")", e);
        }
    }

    private void collect(long node, Ptg[] ptgs, int sheet, List<Long> out, Set<String> names) {
        for (Ptg p : ptgs) {
            if (p instanceof Ref3DPxg r) {
                external(node, r.getExternalWorkbookNumber());
                for (int s : sheets(r.getSheetName(), r.getLastSheetName(), node)) {
                    add(node, s, r.getRow(), r.getRow(), r.getColumn(), r.getColumn(), out);
                }
            } else if (p instanceof Area3DPxg a) {
                external(node, a.getExternalWorkbookNumber());
                for (int s : sheets(a.getSheetName(), a.getLastSheetName(), node)) {
                    add(node, s, a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn(), out);
                }
            } else if (p instanceof RefPtgBase r) {
                add(node, sheet, r.getRow(), r.getRow(), r.getColumn(), r.getColumn(), out);
            } else if (p instanceof AreaPtgBase a) {
                add(node, sheet, a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn(), out);
            } else if (p instanceof NameXPxg || p instanceof NameXPtg) {
                throw new ReadException(ReadException.BAD_CELL, where(node), "the formula " + formula(node) + " has no"
                        + " saved value and calls a name or function of another workbook, which is not followed",
                        null);
            } else if (p instanceof NamePtg n) {
                EvaluationName name = ewb.getName(n);
                if (name != null && name.hasFormula() && names.add(name.getNameText())) {
                    collect(node, name.getNameDefinition(), sheet, out, names);
                }
            }
        }
    }

    private void external(long node, int workbook) {
        if (workbook > 0) {
            throw new ReadException(ReadException.BAD_CELL, where(node), "the formula " + formula(node) + " refers to"
                    + " another workbook and has no saved value here; links to other files are not followed (open"
                    + " the workbook in Excel with its links updated, or type the value)", null);
        }
    }

    private int[] sheets(String first, String last, long node) {
        int a = first == null ? sheetOf(node) : wb.getSheetIndex(first);
        int b = last == null ? a : wb.getSheetIndex(last);
        if (a < 0 || b < 0) {
            return new int[0];
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        int[] out = new int[hi - lo + 1];
        for (int i = lo; i <= hi; i++) {
            out[i - lo] = i;
        }
        return out;
    }

    private void add(long node, int sheet, int r0, int r1, int c0, int c1, List<Long> out) {
        areaCells += (long) (Math.abs(r1 - r0) + 1) * (Math.abs(c1 - c0) + 1);
        if (areaCells > areaBudget) {
            throw new ReadException(ReadException.TOO_COMPLEX, where(node), "the formula " + formula(node) + " has no"
                    + " saved value, and the formulas to evaluate refer to ranges of more than " + areaBudget
                    + " cells in all; save the workbook so that its formulas keep their values", null);
        }
        NavigableMap<Integer, NavigableMap<Integer, Boolean>> rows = uncached.get(sheet);
        for (Map.Entry<Integer, NavigableMap<Integer, Boolean>> e
                : rows.subMap(Math.min(r0, r1), true, Math.max(r0, r1), true).entrySet()) {
            for (int c : e.getValue().subMap(Math.min(c0, c1), true, Math.max(c0, c1), true).keySet()) {
                if (++edges > limits.maxCells()) {
                    throw new ReadException(ReadException.TOO_COMPLEX, where(node), "the formulas without saved values"
                            + " refer to each other more than " + limits.maxCells() + " times", null);
                }
                out.add(key(sheet, e.getKey(), c));
            }
        }
    }

    // ------------------------------------------------------------------ text bound

    /** The longest text the tokens can produce, given what their references hold now. */
    private long textBound(Ptg[] ptgs, int sheet) {
        Deque<long[]> st = new ArrayDeque<>(); // {bound, literal number or -1, area cells or 0}
        for (Ptg p : ptgs) {
            if (p instanceof AttrPtg a) {
                if (a.isSum()) {
                    pop(st, 1);
                    st.push(new long[] {NUMBER_TEXT, -1, 0});
                }
            } else if (p instanceof ControlPtg || p instanceof MemFuncPtg || p instanceof MemAreaPtg
                    || p instanceof MemErrPtg) {
                continue;
            } else if (p instanceof StringPtg s) {
                st.push(new long[] {s.getValue().length(), -1, 0});
            } else if (p instanceof IntPtg i) {
                st.push(new long[] {NUMBER_TEXT, i.getValue(), 0});
            } else if (p instanceof NumberPtg n) {
                double d = n.getValue();
                st.push(new long[] {NUMBER_TEXT, d >= 0 && d < Long.MAX_VALUE ? (long) d : -1, 0});
            } else if (p instanceof OperationPtg op) {
                List<long[]> args = pop(st, op.getNumberOfOperands());
                st.push(apply(op, args));
            } else if (p instanceof RefPtgBase r && !(p instanceof Ref3DPxg)) {
                st.push(cellBound(sheet, r.getRow(), r.getColumn()));
            } else if (p instanceof Ref3DPxg r) {
                int s = r.getSheetName() == null ? sheet : wb.getSheetIndex(r.getSheetName());
                st.push(s < 0 ? new long[] {limits.maxTextLength(), -1, 0} : cellBound(s, r.getRow(), r.getColumn()));
            } else if (p instanceof AreaPtgBase a) {
                long cells = (long) (a.getLastRow() - a.getFirstRow() + 1) * (a.getLastColumn() - a.getFirstColumn() + 1);
                st.push(new long[] {limits.maxTextLength(), -1, Math.max(1, cells)});
            } else if (p instanceof org.apache.poi.ss.formula.ptg.ScalarConstantPtg) {
                st.push(new long[] {NUMBER_TEXT, -1, 0});
            } else {
                st.push(new long[] {limits.maxTextLength(), -1, 0});
            }
        }
        long max = 0;
        for (long[] v : st) {
            max = Math.max(max, v[0]);
        }
        return max;
    }

    private static List<long[]> pop(Deque<long[]> st, int n) {
        List<long[]> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            args.add(0, st.isEmpty() ? new long[] {0, -1, 0} : st.pop());
        }
        return args;
    }

    private long[] apply(OperationPtg op, List<long[]> args) {
        if (op instanceof ConcatPtg) {
            return new long[] {sat(args.get(0)[0], args.get(1)[0], false), -1, 0};
        }
        if (op instanceof AbstractFunctionPtg f) {
            switch (f.getName()) {
                case "REPT" -> {
                    long times = args.size() > 1 ? args.get(1)[1] : -1;
                    long len = args.isEmpty() ? 0 : args.get(0)[0];
                    return new long[] {times < 0 ? (len == 0 ? 0 : Long.MAX_VALUE) : sat(len, times, true), -1, 0};
                }
                case "SUBSTITUTE" -> {
                    long len = args.isEmpty() ? 0 : args.get(0)[0];
                    long by = args.size() > 2 ? Math.max(1, args.get(2)[0]) : 1;
                    return new long[] {sat(len, by, true), -1, 0};
                }
                case "CONCATENATE", "CONCAT", "TEXTJOIN", "_xlfn.CONCAT", "_xlfn.TEXTJOIN" -> {
                    long sum = 0;
                    for (long[] a : args) {
                        long each = a[2] > 0 ? sat(a[0], a[2], true) : a[0];
                        sum = sat(sum, each, false);
                        if (args.size() > 1 && f.getName().contains("TEXTJOIN")) {
                            sum = sat(sum, sat(args.get(0)[0], Math.max(1, a[2]), true), false);
                        }
                    }
                    return new long[] {sum, -1, 0};
                }
                default -> {
                    // Every other function gives at most its longest argument, or a number.
                }
            }
        }
        long max = NUMBER_TEXT;
        for (long[] a : args) {
            max = Math.max(max, a[0]);
        }
        return new long[] {max, -1, 0};
    }

    private static long sat(long a, long b, boolean multiply) {
        try {
            return multiply ? Math.multiplyExact(a, b) : Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** {bound, numeric value or -1, 0} of one cell as it stands. */
    private long[] cellBound(int sheet, int row, int col) {
        ValueEval v = done.get(key(sheet, row, col));
        if (v instanceof StringEval s) {
            return new long[] {s.getStringValue().length(), -1, 0};
        }
        if (v instanceof NumberEval n) {
            return new long[] {NUMBER_TEXT, n.getNumberValue() >= 0 ? (long) n.getNumberValue() : -1, 0};
        }
        if (v != null) {
            return new long[] {NUMBER_TEXT, -1, 0};
        }
        XSSFCell c = cell(key(sheet, row, col));
        if (c == null) {
            return new long[] {0, 0, 0};
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> new long[] {c.getStringCellValue().length(), -1, 0};
            case NUMERIC -> new long[] {NUMBER_TEXT, c.getNumericCellValue() >= 0 && c.getNumericCellValue() < 1e15
                    ? (long) c.getNumericCellValue() : -1, 0};
            default -> new long[] {NUMBER_TEXT, -1, 0};
        };
    }

    private void checkText(EvaluationCell cell, Ptg[] ptgs) {
        int sheet = guarded.getSheetIndex(cell.getSheet());
        long bound = textBound(ptgs, sheet);
        if (bound > limits.maxTextLength()) {
            long node = key(sheet, cell.getRowIndex(), cell.getColumnIndex());
            throw new ReadException(ReadException.TOO_COMPLEX, where(node), "the formula " + formula(node)
                    + " has no saved value and can build text of " + (bound == Long.MAX_VALUE ? "unbounded length"
                            : bound + " characters") + "; at most " + limits.maxTextLength() + " are read, so it is"
                    + " not evaluated", null);
        }
    }

    // ------------------------------------------------------------------ keys

    private static long key(int sheet, int row, int col) {
        return (long) sheet << 40 | (long) row << 16 | col;
    }

    private static int sheetOf(long k) {
        return (int) (k >>> 40);
    }

    private static int rowOf(long k) {
        return (int) (k >>> 16 & 0xffffff);
    }

    private static int colOf(long k) {
        return (int) (k & 0xffff);
    }

    private XSSFCell cell(long k) {
        XSSFRow row = wb.getSheetAt(sheetOf(k)).getRow(rowOf(k));
        return row == null ? null : row.getCell(colOf(k));
    }

    private SourceLocation where(long k) {
        return SourceLocation.cell(wb.getSheetName(sheetOf(k)), rowOf(k) + 1, colOf(k) + 1);
    }

    // ------------------------------------------------------------------ what POI sees

    /**
     * The workbook as POI's evaluator sees it: formula cells with saved values are those values, and
     * every formula's tokens have their text bound checked before POI runs them.
     */
    private final class Guarded implements EvaluationWorkbook {
        private final Map<Integer, GuardedSheet> sheets = new HashMap<>();

        @Override
        public String getSheetName(int sheetIndex) {
            return ewb.getSheetName(sheetIndex);
        }

        @Override
        public int getSheetIndex(EvaluationSheet sheet) {
            return sheet instanceof GuardedSheet g ? g.index : ewb.getSheetIndex(sheet);
        }

        @Override
        public int getSheetIndex(String sheetName) {
            return ewb.getSheetIndex(sheetName);
        }

        @Override
        public EvaluationSheet getSheet(int sheetIndex) {
            return sheets.computeIfAbsent(sheetIndex, i -> new GuardedSheet(ewb.getSheet(i), i));
        }

        @Override
        public ExternalSheet getExternalSheet(int externSheetIndex) {
            return ewb.getExternalSheet(externSheetIndex);
        }

        @Override
        public ExternalSheet getExternalSheet(String firstSheetName, String lastSheetName, int externalWorkbookNumber) {
            return ewb.getExternalSheet(firstSheetName, lastSheetName, externalWorkbookNumber);
        }

        @Override
        public int convertFromExternSheetIndex(int externSheetIndex) {
            return ewb.convertFromExternSheetIndex(externSheetIndex);
        }

        @Override
        public ExternalName getExternalName(int externSheetIndex, int externNameIndex) {
            return ewb.getExternalName(externSheetIndex, externNameIndex);
        }

        @Override
        public ExternalName getExternalName(String nameName, String sheetName, int externalWorkbookNumber) {
            return ewb.getExternalName(nameName, sheetName, externalWorkbookNumber);
        }

        @Override
        public EvaluationName getName(NamePtg namePtg) {
            return ewb.getName(namePtg);
        }

        @Override
        public EvaluationName getName(String name, int sheetIndex) {
            return ewb.getName(name, sheetIndex);
        }

        @Override
        public String resolveNameXText(NameXPtg ptg) {
            return ewb.resolveNameXText(ptg);
        }

        @Override
        public Ptg[] getFormulaTokens(EvaluationCell cell) {
            EvaluationCell raw = cell instanceof GuardedCell g ? g.cell : cell;
            Ptg[] ptgs = ewb.getFormulaTokens(raw);
            checkText(cell, ptgs);
            return ptgs;
        }

        @Override
        public UDFFinder getUDFFinder() {
            return ewb.getUDFFinder();
        }

        @Override
        public SpreadsheetVersion getSpreadsheetVersion() {
            return ewb.getSpreadsheetVersion();
        }

        @Override
        public void clearAllCachedResultValues() {
            ewb.clearAllCachedResultValues();
        }
    }

    private final class GuardedSheet implements EvaluationSheet {
        private final EvaluationSheet sheet;
        private final int index;

        GuardedSheet(EvaluationSheet sheet, int index) {
            this.sheet = sheet;
            this.index = index;
        }

        @Override
        public EvaluationCell getCell(int rowIndex, int columnIndex) {
            EvaluationCell c = sheet.getCell(rowIndex, columnIndex);
            return c == null ? null : new GuardedCell(c, this);
        }

        @Override
        public void clearAllCachedResultValues() {
            sheet.clearAllCachedResultValues();
        }

        @Override
        public int getLastRowNum() {
            return sheet.getLastRowNum();
        }

        @Override
        public boolean isRowHidden(int rowIndex) {
            return sheet.isRowHidden(rowIndex);
        }
    }

    private final class GuardedCell implements EvaluationCell {
        private final EvaluationCell cell;
        private final GuardedSheet sheet;
        private final CellType type;

        GuardedCell(EvaluationCell cell, GuardedSheet sheet) {
            this.cell = cell;
            this.sheet = sheet;
            CellType t = cell.getCellType();
            if (t == CellType.FORMULA) {
                XSSFCell x = Formulas.this.cell(key(sheet.index, cell.getRowIndex(), cell.getColumnIndex()));
                if (x != null && !isUncached(x)) {
                    t = cell.getCachedFormulaResultType();
                }
            }
            this.type = t;
        }

        @Override
        public Object getIdentityKey() {
            return cell.getIdentityKey();
        }

        @Override
        public EvaluationSheet getSheet() {
            return sheet;
        }

        @Override
        public int getRowIndex() {
            return cell.getRowIndex();
        }

        @Override
        public int getColumnIndex() {
            return cell.getColumnIndex();
        }

        @Override
        public CellType getCellType() {
            return type;
        }

        @Override
        public double getNumericCellValue() {
            return cell.getNumericCellValue();
        }

        @Override
        public String getStringCellValue() {
            return cell.getStringCellValue();
        }

        @Override
        public boolean getBooleanCellValue() {
            return cell.getBooleanCellValue();
        }

        @Override
        public int getErrorCellValue() {
            return cell.getErrorCellValue();
        }

        @Override
        public CellRangeAddress getArrayFormulaRange() {
            return cell.getArrayFormulaRange();
        }

        @Override
        public boolean isPartOfArrayFormulaGroup() {
            return cell.isPartOfArrayFormulaGroup();
        }

        @Override
        public CellType getCachedFormulaResultType() {
            return cell.getCachedFormulaResultType();
        }
    }
}
