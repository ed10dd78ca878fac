package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import io.github.selfeval.export.ReadException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The grids {@link Grids} makes of a workbook, read straight from the parts {@link WorkbookScan} checked,
 * without building POI's {@code XSSFWorkbook} (whose XML object tree is most of a read's time): one
 * streaming StAX pass over the shared strings, the number formats and each visible sheet.
 *
 * <p>Only what this reads exactly as POI's model does is read here: number, shared-string, inline-string,
 * plain-string and boolean cells, each with its reference, rows in order, merged regions, number formats
 * that are not dates. Anything else — a formula (its shown text and an uncached value are POI's), a date
 * or error cell, an {@code _xHHHH_} escape, a cell or row without its reference, a sheet named like
 * selfeval's 数据 sheet, a part that does not parse — and the answer is empty: the caller opens the
 * workbook with POI, which reads it, or refuses it with the message it always gave. Limits are the
 * scan's (every cell and text already counted) and {@link FormGrid}'s own. Not thread-safe: one per read.
 */
public final class StreamedGrids {

    private static final XMLInputFactory STAX = XMLInputFactory.newDefaultFactory();

    static {
        STAX.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        STAX.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        STAX.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        STAX.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /** Thrown inside the pass when the workbook needs POI's model; never leaves this class. */
    private static final class NeedsPoi extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NeedsPoi() {
            super(null, null, false, false);
        }
    }

    /** One cell as the sheet part has it, before strings and styles are known. */
    private record Raw(int row, int column, char type, int style, String value) {
    }

    private final ReadLimits limits;
    private final List<String> strings = new ArrayList<>();
    private final List<Integer> xfFormats = new ArrayList<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private final Map<String, List<Raw>> cells = new HashMap<>();
    private final Map<String, List<FormGrid.Region>> merges = new HashMap<>();
    private boolean stylesRead;

    private StreamedGrids(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * The document of the workbook's visible sheets, or empty when it needs POI's model.
     *
     * @param bytes the file, which {@link ZipGuard#check} passed
     * @param scan what {@link WorkbookScan#scan} found in it
     * @param name the file's name, for messages
     * @param limits the limits
     * @return the document, as {@link Grids#document} gives it, or empty
     * @throws ReadException where {@link Grids} throws the same (a number no spreadsheet holds, a grid
     *     over {@link FormGrid}'s limits)
     */
    public static Optional<SourceDocument> read(byte[] bytes, WorkbookScan.Result scan, String name, ReadLimits limits) {
        return read(bytes, scan, name, limits, null);
    }

    /**
     * Checks an .xlsx as {@link WorkbookInput#checkXlsx} does and reads its visible sheets' cells in the
     * same pass over each sheet part; then the document as {@link #read(byte[], WorkbookScan.Result, String,
     * ReadLimits)} gives it.
     *
     * @param bytes the file, which {@link ZipGuard#check} passed
     * @param archive what {@link ZipGuard#check} saw
     * @param name the file's name, for messages
     * @param limits the limits
     * @return what the scan found, and the document or empty when it needs POI's model
     * @throws ReadException what {@link WorkbookScan#scan} throws, then what {@link Grids} throws
     */
    public static Checked checkAndRead(byte[] bytes, ZipGuard.Archive archive, String name, ReadLimits limits) {
        Sheets sheets = new Sheets();
        WorkbookScan.Result scan = WorkbookScan.scan(bytes, archive, limits, sheets);
        return new Checked(scan, read(bytes, scan, name, limits, sheets));
    }

    /**
     * What {@link #checkAndRead} found.
     *
     * @param scan the scan's result
     * @param document the document, or empty when it needs POI's model
     */
    public record Checked(WorkbookScan.Result scan, Optional<SourceDocument> document) {
    }

    private static Optional<SourceDocument> read(byte[] bytes, WorkbookScan.Result scan, String name,
            ReadLimits limits, Sheets collected) {
        Map<String, WorkbookScan.Sheet> visible = new HashMap<>();
        for (WorkbookScan.Sheet s : scan.sheets()) {
            if (s.name().equals(SheetNames.DATA) || s.part() == null) {
                return Optional.empty();
            }
            if (!s.hidden() && visible.put(s.part(), s) != null) {
                return Optional.empty();
            }
        }
        StreamedGrids g = new StreamedGrids(limits);
        try {
            if (collected != null) {
                for (String part : visible.keySet()) {
                    SheetCells c = collected.byPart.get(part);
                    if (c == null || c.failed) {
                        return Optional.empty();
                    }
                    g.cells.put(part, c.raw);
                    g.merges.put(part, c.regions);
                }
            }
            java.util.function.Predicate<String> which = n -> (collected == null && visible.containsKey(n))
                    || n.equals(scan.sharedStrings()) || n.equals(scan.styles());
            ZipGuard.EntryVisitor visit = (part, in) -> {
                        try {
                            if (visible.containsKey(part)) {
                                g.sheet(part, in);
                            } else if (part.equals(scan.sharedStrings())) {
                                g.strings(in);
                            } else {
                                g.styles(in);
                            }
                        } catch (XMLStreamException e) {
                            throw new NeedsPoi();
                        }
                    };
            if (scan.scanned().isEmpty()) {
                ZipGuard.each(bytes, which, visit);
            } else {
                // The scan kept the parts it inflated: parse them from there, in the zip's order as before.
                for (Map.Entry<String, byte[]> e : scan.scanned().entrySet()) {
                    if (which.test(e.getKey())) {
                        visit.visit(e.getKey(), new java.io.ByteArrayInputStream(e.getValue()));
                    }
                }
            }
            if (!g.stylesRead && !visible.isEmpty()) {
                return Optional.empty();
            }
            List<SourceDocument.Part> parts = new ArrayList<>();
            for (WorkbookScan.Sheet s : scan.sheets()) {
                if (!s.hidden()) {
                    parts.add(g.grid(s));
                }
            }
            return Optional.of(new SourceDocument(name, List.copyOf(parts)));
        } catch (RuntimeException e) {
            if (e instanceof ReadException r && !ReadException.CORRUPT.equals(r.code())) {
                throw r;
            }
            return Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty(); // not from bytes in memory; as a part that does not parse: POI's way
        }
    }

    /** The visible sheets' cells, each collected in the scan's pass over its part. */
    private static final class Sheets implements WorkbookScan.SheetListener {
        final Map<String, SheetCells> byPart = new HashMap<>();

        @Override
        public WorkbookScan.Events sheet(List<WorkbookScan.Sheet> sheets, String part) {
            for (WorkbookScan.Sheet s : sheets) {
                if (s.name().equals(SheetNames.DATA)) {
                    return null; // selfeval's own workbook: POI's model reads it
                }
            }
            for (WorkbookScan.Sheet s : sheets) {
                if (!s.hidden() && part.equals(s.part())) {
                    SheetCells c = new SheetCells();
                    byPart.put(part, c);
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * A sheet part's cells and merged regions from its parse events (the scan's pass, or {@link #sheet}'s
     * own); {@code failed} when fed by {@link #on} and the workbook needs POI's model.
     */
    private static final class SheetCells implements WorkbookScan.Events {
        final List<Raw> raw = new ArrayList<>();
        final List<FormGrid.Region> regions = new ArrayList<>();
        boolean failed;
        private int lastRow = -1;
        private int row = -1;
        private int lastColumn = -1;
        /** 0 outside a cell, 1 in a cell, 2 in its v, 3 in its is. */
        private int mode;
        private char type;
        private int style;
        private String value;
        private String inline;
        private final StringBuilder text = new StringBuilder();
        private final RichText rich = new RichText();

        @Override
        public void on(XMLStreamReader r) {
            if (failed) {
                return;
            }
            try {
                event(r);
            } catch (RuntimeException e) {
                failed = true;
            }
        }

        private void event(XMLStreamReader r) {
            int ev = r.getEventType();
            switch (mode) {
                case 0 -> {
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        outside(r);
                    }
                }
                case 1 -> {
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        switch (r.getLocalName()) {
                            case "v" -> {
                                text.setLength(0);
                                mode = 2;
                            }
                            case "is" -> {
                                rich.start();
                                mode = 3;
                            }
                            default -> throw new NeedsPoi(); // a formula, or what POI's model may read otherwise
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        if (type == 'i') {
                            value = inline != null ? inline : value;
                        } else if (inline != null) {
                            throw new NeedsPoi();
                        }
                        raw.add(new Raw(row, lastColumn, type, style, value));
                        mode = 0;
                    }
                }
                case 2 -> {
                    // as getElementText: the texts up to the end; an element inside is an error
                    if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                            || ev == XMLStreamConstants.SPACE || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                        text.append(r.getText());
                    } else if (ev == XMLStreamConstants.START_ELEMENT) {
                        throw new NeedsPoi();
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        value = checked(text.toString());
                        mode = 1;
                    }
                }
                default -> {
                    String done = rich.on(r);
                    if (done != null) {
                        inline = done;
                        mode = 1;
                    }
                }
            }
        }

        private void outside(XMLStreamReader r) {
            switch (r.getLocalName()) {
                case "row" -> {
                    String at = WorkbookScan.attr(r, "r");
                    if (at == null) {
                        throw new NeedsPoi();
                    }
                    row = Integer.parseInt(at) - 1;
                    if (row <= lastRow) {
                        throw new NeedsPoi();
                    }
                    lastRow = row;
                    lastColumn = -1;
                }
                case "c" -> {
                    String ref = WorkbookScan.attr(r, "r");
                    long[] rc = ref == null ? null : WorkbookScan.cellRef(ref);
                    if (rc == null || rc[0] != row || rc[1] <= lastColumn) {
                        throw new NeedsPoi();
                    }
                    lastColumn = (int) rc[1];
                    type = type(WorkbookScan.attr(r, "t"));
                    String s = WorkbookScan.attr(r, "s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value = null;
                    inline = null;
                    mode = 1;
                }
                case "mergeCell" -> regions.add(region(WorkbookScan.attr(r, "ref")));
                case "f" -> throw new NeedsPoi();
                default -> {
                }
            }
        }
    }

    /**
     * A rich text ({@code si} or {@code is}) from its parse events after its start: the runs' texts when it
     * has runs, else its own {@code t}; phonetic runs left out, as POI's {@code getString} does.
     */
    private static final class RichText {
        private final StringBuilder own = new StringBuilder();
        private final StringBuilder runs = new StringBuilder();
        private boolean hasRuns;
        private int depth;
        private int skipping;
        private StringBuilder into;

        void start() {
            own.setLength(0);
            runs.setLength(0);
            hasRuns = false;
            depth = 0;
            skipping = 0;
            into = null;
        }

        /** The text at its end, else null. */
        String on(XMLStreamReader r) {
            int ev = r.getEventType();
            if (skipping > 0) {
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    skipping++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    skipping--;
                }
                return null;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String local = r.getLocalName();
                if (depth == 1 && local.equals("r")) {
                    hasRuns = true;
                } else if (local.equals("t") && depth == 1) {
                    into = own;
                } else if (local.equals("t") && depth == 2 && into == null) {
                    into = runs;
                }
                if (local.equals("rPh")) {
                    skipping = 1;
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return checked(hasRuns ? runs.toString() : own.toString());
                }
                if (r.getLocalName().equals("t")) {
                    into = null;
                }
                depth--;
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) && into != null) {
                into.append(r.getText());
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE || ev == XMLStreamConstants.DTD) {
                throw new NeedsPoi();
            }
            return null;
        }
    }

    private static char type(String t) {
        return switch (t == null ? "n" : t) {
            case "n" -> 'n';
            case "s" -> 's';
            case "inlineStr" -> 'i';
            case "str" -> 't';
            case "b" -> 'b';
            default -> throw new NeedsPoi();
        };
    }

    private FormGrid grid(WorkbookScan.Sheet sheet) {
        FormGrid.Builder b = FormGrid.forSheet(sheet.name(), limits);
        for (FormGrid.Region r : merges.getOrDefault(sheet.part(), List.of())) {
            b.merge(r);
        }
        for (Raw c : cells.getOrDefault(sheet.part(), List.of())) {
            FormGrid.Cell content = content(sheet, c);
            if (!content.isBlank()) {
                b.put(c.row(), c.column(), content);
            }
        }
        return b.build();
    }

    /** What {@link Grids#content} gives for the cell. */
    private FormGrid.Cell content(WorkbookScan.Sheet sheet, Raw c) {
        String v = c.value();
        switch (c.type()) {
            case 'n' -> {
                if (v == null) {
                    return FormGrid.Cell.EMPTY;
                }
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw new ReadException(ReadException.BAD_CELL, SourceLocation.cell(sheet.name(), c.row() + 1,
                            c.column() + 1), "the cell holds a number no spreadsheet can (" + d + ")", null);
                }
                if (c.style() < 0 || c.style() >= xfFormats.size()) {
                    throw new NeedsPoi();
                }
                int id = xfFormats.get(c.style());
                String format = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
                if (format == null) {
                    throw new NeedsPoi();
                }
                NumberText.Kind kind = NumberText.kind(id, format);
                if (kind.date()) {
                    throw new NeedsPoi();
                }
                return FormGrid.Cell.number(NumberText.shown(d, id, format, kind), BigDecimal.valueOf(d), kind.percent());
            }
            case 's' -> {
                int i = Integer.parseInt(v == null ? "" : v.strip());
                if (i < 0 || i >= strings.size()) {
                    throw new NeedsPoi();
                }
                return FormGrid.Cell.text(strings.get(i));
            }
            case 'i', 't' -> {
                return FormGrid.Cell.text(v == null ? "" : v);
            }
            case 'b' -> {
                return FormGrid.Cell.text("1".equals(v) ? "TRUE" : "FALSE");
            }
            default -> throw new NeedsPoi();
        }
    }

    private static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return STAX.createXMLStreamReader(new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the zip stream stays open for the next entry
            }
        });
    }

    private static String checked(String text) {
        if (text.contains("_x")) {
            throw new NeedsPoi(); // POI decodes _xHHHH_ escapes
        }
        return text;
    }

    /**
     * A rich text ({@code si} or {@code is}) from just after its start to its end: the runs' texts when it
     * has runs, else its own {@code t}; phonetic runs left out, as POI's {@code getString} does.
     */
    private static String richText(XMLStreamReader r) throws XMLStreamException {
        RichText text = new RichText();
        while (r.hasNext()) {
            r.next();
            String done = text.on(r);
            if (done != null) {
                return done;
            }
        }
        throw new NeedsPoi();
    }

    private void strings(InputStream in) throws XMLStreamException {
        XMLStreamReader r = open(in);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                    strings.add(richText(r));
                }
            }
        } finally {
            r.close();
        }
    }

    private void styles(InputStream in) throws XMLStreamException {
        XMLStreamReader r = open(in);
        stylesRead = true;
        try {
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "numFmt" -> {
                            String id = WorkbookScan.attr(r, "numFmtId");
                            String code = WorkbookScan.attr(r, "formatCode");
                            if (id == null || code == null) {
                                throw new NeedsPoi();
                            }
                            formats.put(Integer.parseInt(id), code);
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = WorkbookScan.attr(r, "numFmtId");
                                xfFormats.add(id == null ? 0 : Integer.parseInt(id));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } finally {
            r.close();
        }
    }

    private void sheet(String part, InputStream in) throws XMLStreamException {
        SheetCells c = new SheetCells();
        XMLStreamReader r = open(in);
        try {
            while (r.hasNext()) {
                r.next();
                c.event(r); // throws where the workbook needs POI's model
            }
        } finally {
            r.close();
        }
        cells.put(part, c.raw);
        merges.put(part, c.regions);
    }

    private static FormGrid.Region region(String ref) {
        if (ref == null) {
            throw new NeedsPoi();
        }
        int colon = ref.indexOf(':');
        long[] a = WorkbookScan.cellRef(colon < 0 ? ref : ref.substring(0, colon));
        long[] b = WorkbookScan.cellRef(colon < 0 ? ref : ref.substring(colon + 1));
        if (a == null || b == null || colon < 0 || a[0] > b[0] || a[1] > b[1]) {
            throw new NeedsPoi();
        }
        return new FormGrid.Region((int) a[0], (int) a[1], (int) b[0], (int) b[1]);
    }
}
