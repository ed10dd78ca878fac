package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts what a workbook's parts hold before POI builds its tree of them: the sheets named by the
 * workbook part, and for every worksheet part the rows, cells (every {@code <c>}, blank styled ones
 * included: each costs POI memory), merged regions and the cells they cover (from {@code ref}, never
 * expanded), cell positions and text lengths; the shared strings and cell styles. One streaming StAX
 * pass per part, over bytes {@link ZipGuard} passed (so no DTD); a part over a limit is refused with
 * {@link ReadException#TOO_LARGE} naming the sheet and the limit, before the rest of it is read.
 *
 * <p>POI's {@code XSSFWorkbook} holds each sheet's XML as a tree of objects, several hundred bytes per
 * cell: what passes here is what it is allowed to build.
 */
public final class WorkbookScan {

    /** Excel's own limit on cell formats; more is an attack on POI's style table. */
    static final int MAX_STYLES = 64_000;
    /** selfeval's hidden 数据 sheet: two columns of key and value, so many more rows than a form. */
    static final int DATA_ROWS_FACTOR = 40;

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final XMLInputFactory STAX = XMLInputFactory.newDefaultFactory();

    static {
        STAX.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        STAX.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        STAX.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        STAX.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /**
     * A sheet the workbook part names.
     *
     * @param name its name
     * @param part its zip entry, or null when the relationship is missing
     * @param hidden whether hidden or very hidden
     */
    public record Sheet(String name, String part, boolean hidden) {
    }

    /**
     * What the scan found.
     *
     * @param sheets the sheets, in the workbook's order
     * @param cells the {@code <c>} elements of all worksheets
     * @param externalLinks whether the workbook refers to other workbooks
     * @param sharedStrings the shared strings part, or null
     * @param styles the styles part, or null
     * @param scanned the inflated bytes of every part scanned (worksheets, shared strings, styles) in the zip's
     *     order, so that {@link StreamedGrids} need not inflate them again; empty when they were more than
     *     {@link #KEPT_BYTES} in all
     */
    public record Result(List<Sheet> sheets, long cells, boolean externalLinks, String sharedStrings, String styles,
            Map<String, byte[]> scanned) {
    }

    /** The most inflated bytes of scanned parts {@link Result#scanned} keeps: a filled form's are a few hundred KB. */
    static final int KEPT_BYTES = 8 << 20;

    private WorkbookScan() {
    }

    /**
     * Finds the sheets and checks every part against the limits.
     *
     * @param bytes the file, which {@link ZipGuard#check} passed
     * @param archive what it saw, with the parts {@link #isStructure(String)} names
     * @param limits the limits
     * @return the sheets
     * @throws ReadException over a limit, or when the zip has no workbook part
     */
    public static Result scan(byte[] bytes, ZipGuard.Archive archive, ReadLimits limits) {
        return scan(bytes, archive, limits, null);
    }

    /**
     * What else a sheet part's one pass feeds: every event the counting saw and did not refuse, so that a
     * reader of the cells need not parse the part again.
     */
    interface SheetListener {
        /**
         * The events of one worksheet part.
         *
         * @param sheets every sheet of the workbook
         * @param part the part about to be counted
         * @return what sees its events, or null for none (and the part's bytes are kept as without a listener)
         */
        Events sheet(List<Sheet> sheets, String part);
    }

    /**
     * As {@link #scan(byte[], ZipGuard.Archive, ReadLimits)}, feeding each worksheet part's events to
     * {@code listener} as well; a part it takes is not kept in {@link Result#scanned}.
     */
    static Result scan(byte[] bytes, ZipGuard.Archive archive, ReadLimits limits, SheetListener listener) {
        String workbook = officeDocument(archive);
        if (workbook == null || !archive.names().contains(workbook) || !isWorkbookType(archive, workbook)) {
            throw notAWorkbook(archive);
        }
        Map<String, String> rels = relationships(archive, relsOf(workbook));
        List<Sheet> sheets = new ArrayList<>();
        boolean[] external = {false};
        parse(archive.part(workbook), workbook, r -> {
            if (r.getEventType() == XMLStreamConstants.START_ELEMENT) {
                String local = r.getLocalName();
                if (local.equals("sheet")) {
                    if (sheets.size() >= limits.maxSheets()) {
                        throw new ReadException(ReadException.TOO_LARGE, SourceLocation.part(workbook), "the workbook"
                                + " has more than " + limits.maxSheets() + " sheets", null);
                    }
                    String name = attr(r, "name");
                    String state = attr(r, "state");
                    String id = attrNs(r, "id");
                    String target = id == null ? null : rels.get(id);
                    sheets.add(new Sheet(name == null ? "" : name, target == null ? null : resolve(workbook, target),
                            state != null && !state.equals("visible")));
                } else if (local.equals("externalReference")) {
                    external[0] = true;
                }
            }
        });
        Map<String, Sheet> byPart = new HashMap<>();
        for (Sheet s : sheets) {
            if (s.part() != null) {
                byPart.put(s.part(), s);
            }
        }
        String strings = null;
        String styles = null;
        for (Map.Entry<String, String> e : typedTargets(archive, relsOf(workbook)).entrySet()) {
            if (e.getValue().endsWith("/sharedStrings")) {
                strings = resolve(workbook, e.getKey());
            } else if (e.getValue().endsWith("/styles")) {
                styles = resolve(workbook, e.getKey());
            }
        }
        String sharedStrings = strings;
        String stylesPart = styles;
        long[] cells = {0};
        Map<String, byte[]> scanned = new LinkedHashMap<>();
        long[] kept = {0};
        ZipGuard.each(bytes, n -> byPart.containsKey(n) || n.equals(sharedStrings) || n.equals(stylesPart), (name, part) -> {
            InputStream in = part;
            Sheet s = byPart.get(name);
            Events more = s == null || listener == null ? null : listener.sheet(sheets, name);
            if (more != null) {
                cells[0] += new SheetCounter(s, limits, cells[0]).count(in, name, more);
                return;
            }
            if (kept[0] >= 0) {
                // Kept while the parts stay small; one past the budget ends keeping (and frees what was kept).
                byte[] b = part.readNBytes((int) (KEPT_BYTES - kept[0]) + 1);
                if (kept[0] + b.length <= KEPT_BYTES) {
                    kept[0] += b.length;
                    scanned.put(name, b);
                    in = new ByteArrayInputStream(b);
                } else {
                    kept[0] = -1;
                    scanned.clear();
                    in = new SequenceInputStream(new ByteArrayInputStream(b), part);
                }
            }
            if (s != null) {
                cells[0] += new SheetCounter(s, limits, cells[0]).count(in, name, null);
            } else if (name.equals(sharedStrings)) {
                countStrings(in, name, limits);
            } else {
                countStyles(in, name);
            }
        });
        return new Result(List.copyOf(sheets), cells[0], external[0], sharedStrings, stylesPart,
                Collections.unmodifiableMap(scanned));
    }

    /** Whether a part is one {@link #scan} needs in memory: the package and workbook relationships, the workbook. */
    public static boolean isStructure(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".rels") || n.equals("xl/workbook.xml") || n.equals("[content_types].xml")
                || (n.startsWith("xl/") && n.indexOf('/', 3) < 0 && n.endsWith(".xml") && n.contains("workbook"));
    }

    /** Whether [Content_Types].xml gives the main part a workbook's type (a sheet, template or macro-enabled one). */
    private static boolean isWorkbookType(ZipGuard.Archive archive, String part) {
        String[] type = {null};
        parse(archive.part("[Content_Types].xml"), "[Content_Types].xml", r -> {
            if (r.getEventType() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Override")
                    && ("/" + part).equalsIgnoreCase(attr(r, "PartName"))) {
                type[0] = attr(r, "ContentType");
            }
        });
        if (type[0] == null) {
            return part.startsWith("xl/");
        }
        String t = type[0].toLowerCase(Locale.ROOT);
        return t.contains("spreadsheetml") || t.contains("ms-excel");
    }

    private static ReadException notAWorkbook(ZipGuard.Archive archive) {
        if (archive.names().contains("word/document.xml")) {
            return new ReadException(ReadException.NOT_RECOGNISED, null, "this is a Word document (.docx), not a"
                    + " workbook: read it as .docx", null);
        }
        if (archive.names().contains("ppt/presentation.xml")) {
            return new ReadException(ReadException.NOT_RECOGNISED, null, "this is a PowerPoint presentation, not a"
                    + " workbook", null);
        }
        return new ReadException(ReadException.NOT_RECOGNISED, null, "an Office zip, but without a workbook part"
                + " (xl/workbook.xml): not an .xlsx workbook", null);
    }

    /** The main part the package's relationships name, or xl/workbook.xml by convention. */
    private static String officeDocument(ZipGuard.Archive archive) {
        if (archive.part("_rels/.rels") != null) {
            for (Map.Entry<String, String> e : typedTargets(archive, "_rels/.rels").entrySet()) {
                if (e.getValue().endsWith(OFFICE_DOCUMENT)) {
                    String t = e.getKey().startsWith("/") ? e.getKey().substring(1) : e.getKey();
                    return t;
                }
            }
        }
        return archive.names().contains("xl/workbook.xml") ? "xl/workbook.xml" : null;
    }

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Relationship id → target. */
    private static Map<String, String> relationships(ZipGuard.Archive archive, String rels) {
        Map<String, String> out = new HashMap<>();
        byte[] b = archive.part(rels);
        if (b != null) {
            parse(b, rels, r -> {
                if (r.getEventType() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String id = attr(r, "Id");
                    String target = attr(r, "Target");
                    if (id != null && target != null && !"External".equals(attr(r, "TargetMode"))) {
                        out.put(id, target);
                    }
                }
            });
        }
        return out;
    }

    /** Target → relationship type. */
    private static Map<String, String> typedTargets(ZipGuard.Archive archive, String rels) {
        Map<String, String> out = new HashMap<>();
        byte[] b = archive.part(rels);
        if (b != null) {
            parse(b, rels, r -> {
                if (r.getEventType() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String type = attr(r, "Type");
                    String target = attr(r, "Target");
                    if (type != null && target != null && !"External".equals(attr(r, "TargetMode"))) {
                        out.put(target, type);
                    }
                }
            });
        }
        return out;
    }

    private static String resolve(String base, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        try {
            String r = URI.create("/" + base).resolve(new URI(null, null, target, null)).getPath();
            return r.startsWith("/") ? r.substring(1) : r;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return target;
        }
    }

    /** An attribute without a namespace prefix by its local name, or null (shared with {@link StreamedGrids}). */
    static String attr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local) && (r.getAttributePrefix(i) == null
                    || r.getAttributePrefix(i).isEmpty())) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** A namespaced attribute ({@code r:id}) by its local name. */
    private static String attrNs(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local) && r.getAttributePrefix(i) != null
                    && !r.getAttributePrefix(i).isEmpty()) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** One event of a parse. */
    interface Events {
        void on(XMLStreamReader r) throws XMLStreamException;
    }

    private static void parse(byte[] xml, String part, Events events) {
        if (xml == null) {
            return;
        }
        try {
            parse(new ByteArrayInputStream(xml), part, events);
        } catch (IOException e) {
            throw corrupt(part, e);
        }
    }

    private static void parse(InputStream in, String part, Events events) throws IOException {
        XMLStreamReader r = null;
        try {
            r = STAX.createXMLStreamReader(new NonClosing(in));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ReadException(ReadException.UNSAFE_XML, SourceLocation.part(part), "the XML declares a"
                            + " DTD or refers to an entity; workbooks never need one", null);
                }
                events.on(r);
            }
        } catch (XMLStreamException e) {
            throw corrupt(part, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing held
                }
            }
        }
    }

    private static ReadException corrupt(String part, Exception e) {
        return new ReadException(ReadException.CORRUPT, SourceLocation.part(part), "not well-formed XML ("
                + Failures.reason(e) + ")", e);
    }

    private static void countStrings(InputStream in, String part, ReadLimits limits) throws IOException {
        long[] count = {0};
        long[] length = {0};
        int[] depth = {0};
        parse(in, part, r -> {
            switch (r.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (r.getLocalName().equals("si")) {
                        if (++count[0] > limits.maxCells()) {
                            throw new ReadException(ReadException.TOO_LARGE, SourceLocation.part(part), "the workbook"
                                    + " holds more than " + limits.maxCells() + " distinct texts", null);
                        }
                        length[0] = 0;
                    } else if (r.getLocalName().equals("rPh")) {
                        depth[0]++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (r.getLocalName().equals("rPh")) {
                        depth[0]--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (depth[0] == 0) {
                        length[0] += r.getTextLength();
                        if (length[0] > limits.maxTextLength()) {
                            throw new ReadException(ReadException.TOO_LARGE, SourceLocation.part(part), "text "
                                    + count[0] + " of the workbook holds more than " + limits.maxTextLength()
                                    + " characters", null);
                        }
                    }
                }
                default -> {
                }
            }
        });
    }

    private static void countStyles(InputStream in, String part) throws IOException {
        long[] xfs = {0};
        parse(in, part, r -> {
            if (r.getEventType() == XMLStreamConstants.START_ELEMENT && (r.getLocalName().equals("xf")
                    || r.getLocalName().equals("numFmt") || r.getLocalName().equals("font")
                    || r.getLocalName().equals("fill") || r.getLocalName().equals("border")) && ++xfs[0] > 5L * MAX_STYLES) {
                throw new ReadException(ReadException.TOO_LARGE, SourceLocation.part(part), "the workbook defines more"
                        + " cell styles than Excel allows (" + MAX_STYLES + ")", null);
            }
        });
    }

    /** Counts one worksheet part. */
    private static final class SheetCounter {
        private final Sheet sheet;
        private final ReadLimits limits;
        private final long before;
        private final int maxRows;
        private long rows;
        private long cells;
        private int merges;
        private long mergedCells;
        private int row = -1;
        private int column = -1;
        private long textLength;
        private boolean inText;

        SheetCounter(Sheet sheet, ReadLimits limits, long before) {
            this.sheet = sheet;
            this.limits = limits;
            this.before = before;
            boolean data = sheet.name().equals(SheetNames.DATA);
            this.maxRows = data ? (int) Math.min(Integer.MAX_VALUE, (long) limits.maxRows() * DATA_ROWS_FACTOR)
                    : limits.maxRows();
        }

        private ReadException tooLarge(String what) {
            return new ReadException(ReadException.TOO_LARGE, SourceLocation.part(sheet.name()), "sheet '"
                    + sheet.name() + "' " + what, null);
        }

        long count(InputStream in, String part, Events more) throws IOException {
            parse(in, part, r -> {
                switch (r.getEventType()) {
                    case XMLStreamConstants.START_ELEMENT -> start(r);
                    case XMLStreamConstants.END_ELEMENT -> inText = false;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inText) {
                            textLength += r.getTextLength();
                            if (textLength > limits.maxTextLength()) {
                                throw new ReadException(ReadException.TOO_LARGE, here(), "the cell holds more than "
                                        + limits.maxTextLength() + " characters", null);
                            }
                        }
                    }
                    default -> {
                    }
                }
                if (more != null) {
                    more.on(r);
                }
            });
            return cells;
        }

        private SourceLocation here() {
            return row >= 0 && column >= 0 ? SourceLocation.cell(sheet.name(), row + 1, column + 1)
                    : SourceLocation.part(sheet.part());
        }

        private void start(XMLStreamReader r) {
            switch (r.getLocalName()) {
                case "row" -> {
                    if (++rows > maxRows) {
                        throw tooLarge("has more than " + maxRows + " rows");
                    }
                    String at = attr(r, "r");
                    row = at == null ? row + 1 : parseInt(at) - 1;
                    column = -1;
                }
                case "c" -> {
                    if (++cells + before > limits.maxCells()) {
                        throw tooLarge("brings the workbook's cells to more than " + limits.maxCells()
                                + " (every cell counts, blank formatted ones too)");
                    }
                    String ref = attr(r, "r");
                    if (ref != null) {
                        long[] rc = cellRef(ref);
                        if (rc != null) {
                            row = (int) rc[0];
                            column = (int) rc[1];
                        }
                    } else {
                        column++;
                    }
                    if (row >= maxRows) {
                        throw tooLarge("has a cell in row " + (row + 1) + "; at most " + maxRows + " rows are read");
                    }
                    if (column >= limits.maxColumns()) {
                        throw tooLarge("has a cell in column " + (column + 1) + "; at most " + limits.maxColumns()
                                + " columns are read");
                    }
                    textLength = 0;
                }
                case "v", "t", "f" -> inText = true;
                case "mergeCell" -> merge(attr(r, "ref"));
                default -> inText = false;
            }
        }

        private void merge(String ref) {
            if (++merges > limits.maxMergedRegions()) {
                throw tooLarge("has more than " + limits.maxMergedRegions() + " merged regions");
            }
            if (ref == null) {
                return;
            }
            int colon = ref.indexOf(':');
            long[] a = cellRef(colon < 0 ? ref : ref.substring(0, colon));
            long[] b = cellRef(colon < 0 ? ref : ref.substring(colon + 1));
            if (a == null || b == null) {
                return;
            }
            long rows = Math.abs(b[0] - a[0]) + 1;
            long cols = Math.abs(b[1] - a[1]) + 1;
            long last = Math.max(a[0], b[0]);
            long lastCol = Math.max(a[1], b[1]);
            if (last >= maxRows || lastCol >= limits.maxColumns()) {
                throw tooLarge("has the merged region " + ref + ", reaching past " + maxRows + " rows or "
                        + limits.maxColumns() + " columns");
            }
            mergedCells += rows * cols;
            if (mergedCells > limits.maxMergedCells()) {
                throw tooLarge("has merged regions covering more than " + limits.maxMergedCells() + " cells (" + ref
                        + " among them)");
            }
        }

        private static int parseInt(String s) {
            long v = 0;
            for (int i = 0; i < s.length() && i < 10; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return 0;
                }
                v = v * 10 + (c - '0');
            }
            return (int) Math.min(v, Integer.MAX_VALUE);
        }
    }

    /** {@code AB12} → {row 11, column 27}; {@code $} allowed; null if not a reference. */
    static long[] cellRef(String ref) {
        long col = 0;
        long row = 0;
        int i = 0;
        int n = ref.length();
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int letters = 0;
        while (i < n && Character.isLetter(ref.charAt(i)) && letters < 4) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            letters++;
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(ref.charAt(i)) && digits < 8) {
            row = row * 10 + (ref.charAt(i) - '0');
            i++;
            digits++;
        }
        if (i != n || letters == 0 || digits == 0 || row == 0) {
            return null;
        }
        return new long[] {row - 1, col - 1};
    }

    /** Keeps StAX from closing the zip stream under it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
