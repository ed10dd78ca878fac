package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The same {@link SourceDocument} as {@link DocxSource} builds from POI's {@code XWPFDocument}, read in one
 * StAX pass over {@code word/document.xml} and {@code word/styles.xml}, without POI's object model: for a
 * plain document (what selfeval and the usual word processors write) it is several times cheaper.
 *
 * <p>It takes only what it reads exactly as POI's model reads it: a package of the usual parts (content
 * types, relationships, properties, document, styles, numbering, settings, font table, web settings,
 * theme, headers and footers without parts of their own) whose relationships point where they should and whose parts start with the element their type
 * needs; paragraphs whose runs hold only text, tabs, breaks and non-breaking hyphens (no fields, hyperlinks,
 * tracked changes, inline content controls, drawings, footnote marks, capitals by formatting);
 * transitional WordprocessingML. Anything else — and any refusal, so that a refused file is refused with the
 * POI path's message in the POI path's order (a limit passed here is left to that path) — gives {@link Optional#empty()}, and the caller reads the
 * document with POI as before. The zip and its XML have been checked by {@link WordZipGuard} first.
 * Stateless; one call per read.
 */
final class StreamedDocx {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String DOCUMENT = "word/document.xml";
    private static final int MAX_STYLE_CHAIN = 32;
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,30}");

    /** The parts read here, and what else a plain document holds. */
    private static final Set<String> KNOWN_PARTS = Set.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
            "docProps/app.xml", "docProps/custom.xml", DOCUMENT, "word/_rels/document.xml.rels", "word/styles.xml",
            "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "word/webSettings.xml",
            "word/theme/theme1.xml", "word/stylesWithEffects.xml");

    /** The document's relationships POI follows that this reader accepts, with the root element each part needs. */
    private static final Map<String, String> KNOWN_RELATIONS = Map.of("styles", "styles", "numbering", "numbering",
            "settings", "settings", "fontTable", "fonts", "webSettings", "webSettings", "theme", "theme",
            "stylesWithEffects", "styles", "header", "hdr", "footer", "ftr");
    /** Headers and footers (read by neither path; POI parses them, so their root is checked). */
    private static final Pattern HEADER_FOOTER = Pattern.compile("word/(?:header|footer)[0-9]{1,3}\\.xml");

    private static final XMLInputFactory FACTORY = factory();

    /** Something only POI's model reads: this document goes the POI way. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A WordprocessingML element as far as the reader needs it: local name ("" if foreign), w:val, text, children. */
    private static final class El {
        final String name;
        final String val;
        final String styleId;
        final String text;
        final List<El> kids;

        El(String name, String val, String styleId, String text, List<El> kids) {
            this.name = name;
            this.val = val;
            this.styleId = styleId;
            this.text = text;
            this.kids = kids;
        }

        El first(String local) {
            for (El k : kids) {
                if (k.name.equals(local)) {
                    return k;
                }
            }
            return null;
        }
    }

    private static final List<El> NONE = List.of();

    /** A paragraph style as {@code XWPFStyle} gives it. */
    private record Style(String id, String name, String basedOn, El outline) {
    }

    private final ReadLimits limits;
    private final Map<String, Style> styles;
    private final List<SourceDocument.Part> parts = new ArrayList<>();
    private int tables;
    private int paragraphs;
    private long cells;

    private StreamedDocx(ReadLimits limits, Map<String, Style> styles) {
        this.limits = limits;
        this.styles = styles;
    }

    /**
     * The document's paragraphs and tables, or empty when POI's model has to read them.
     *
     * @param bytes the checked {@code .docx}
     * @param name the file's name
     * @param limits the limits
     * @return the source document, or empty
     */
    static Optional<SourceDocument> read(byte[] bytes, String name, ReadLimits limits) {
        try {
            Map<String, byte[]> entries = entries(bytes, limits);
            if (entries == null || !contentTypes(entries) || !DOCUMENT.equals(mainPart(entries))) {
                return Optional.empty();
            }
            Map<String, Style> styles = styles(entries);
            El document = tree(entries.get(DOCUMENT));
            El body = document.name.equals("document") ? document.first("body") : null;
            if (body == null) {
                return Optional.empty();
            }
            StreamedDocx s = new StreamedDocx(limits, styles);
            s.body(body);
            return Optional.of(new SourceDocument(name, s.parts));
        } catch (XMLStreamException | IOException | RuntimeException e) {
            // Unsupported, a limit passed (ReadException) or XML the reader does not follow: POI's model reads
            // it, and refuses it with its own message if it must.
            return Optional.empty();
        }
    }

    // ---- the package ------------------------------------------------------------------------------------

    /** The known parts' bytes, or null if the zip holds any other entry. */
    private static Map<String, byte[]> entries(byte[] bytes, ReadLimits limits) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (!KNOWN_PARTS.contains(e.getName()) && !HEADER_FOOTER.matcher(e.getName()).matches()) {
                    return null;
                }
                byte[] b = zin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxEntryBytes() + 1L));
                if (b.length > limits.maxEntryBytes() || out.put(e.getName(), b) != null) {
                    return null;
                }
            }
        }
        return out;
    }

    /** Whether every part has a content type (POI refuses a part without one) and the document is a document. */
    private static boolean contentTypes(Map<String, byte[]> entries) throws XMLStreamException {
        byte[] types = entries.get("[Content_Types].xml");
        if (types == null) {
            return false;
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(types));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && TYPES.equals(r.getNamespaceURI())) {
                    String type = r.getAttributeValue(null, "ContentType");
                    if (r.getLocalName().equals("Default") && type != null) {
                        String ext = r.getAttributeValue(null, "Extension");
                        if (ext != null) {
                            defaults.putIfAbsent(ext.toLowerCase(Locale.ROOT), type);
                        }
                    } else if (r.getLocalName().equals("Override") && type != null) {
                        String part = r.getAttributeValue(null, "PartName");
                        if (part != null) {
                            overrides.putIfAbsent(part.toLowerCase(Locale.ROOT), type);
                        }
                    }
                }
            }
        } finally {
            r.close();
        }
        for (String part : entries.keySet()) {
            if (part.equals("[Content_Types].xml")) {
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            String type = overrides.get("/" + lower);
            if (type == null) {
                type = defaults.get(lower.substring(lower.lastIndexOf('.') + 1));
            }
            if (type == null || part.equals(DOCUMENT) && !MAIN_TYPE.equals(type)) {
                return false;
            }
        }
        return true;
    }

    /** The package's one main part, as a zip entry name, or null. */
    private static String mainPart(Map<String, byte[]> entries) throws XMLStreamException {
        String main = null;
        for (String[] rel : relationships(entries.get("_rels/.rels"))) {
            if (rel[0].equals(REL_TYPE + "officeDocument")) {
                if (main != null || rel[2] != null) {
                    return null;
                }
                main = rel[1].startsWith("/") ? rel[1].substring(1) : rel[1];
            }
        }
        return main;
    }

    /** Each relationship's type, target and target mode (null unless given). */
    private static List<String[]> relationships(byte[] part) throws XMLStreamException {
        if (part == null) {
            throw Unsupported.INSTANCE;
        }
        List<String[]> out = new ArrayList<>();
        XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(part));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && RELS.equals(r.getNamespaceURI())
                        && r.getLocalName().equals("Relationship")) {
                    String type = r.getAttributeValue(null, "Type");
                    String target = r.getAttributeValue(null, "Target");
                    if (type == null || target == null) {
                        throw Unsupported.INSTANCE;
                    }
                    out.add(new String[] {type, target, r.getAttributeValue(null, "TargetMode")});
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    /**
     * The document's styles by id (the first of an id, as {@code XWPFStyles.getStyle} finds it), or null when the
     * document has no styles part; every part the document relates to checked to be one this reader knows.
     */
    private static Map<String, Style> styles(Map<String, byte[]> entries) throws XMLStreamException {
        byte[] rels = entries.get("word/_rels/document.xml.rels");
        if (rels == null) {
            return null;
        }
        String stylesPart = null;
        for (String[] rel : relationships(rels)) {
            if ("External".equals(rel[2])) {
                continue;
            }
            if (rel[2] != null || !rel[0].startsWith(REL_TYPE)) {
                throw Unsupported.INSTANCE;
            }
            String kind = rel[0].substring(REL_TYPE.length());
            String root = KNOWN_RELATIONS.get(kind);
            String target = rel[1].startsWith("/") ? rel[1].substring(1) : "word/" + rel[1];
            byte[] part = entries.get(target);
            if (root == null || part == null || !root.equals(rootName(part, kind.equals("theme") ? DRAWING : W))) {
                throw Unsupported.INSTANCE;
            }
            if (kind.equals("styles")) {
                if (stylesPart != null) {
                    throw Unsupported.INSTANCE;
                }
                stylesPart = target;
            }
        }
        if (stylesPart == null) {
            return null;
        }
        Map<String, Style> out = new HashMap<>();
        for (El s : tree(entries.get(stylesPart)).kids) {
            if (!s.name.equals("style")) {
                continue;
            }
            if (s.styleId == null) {
                throw Unsupported.INSTANCE; // XWPFStyles.getStyle fails on a style without an id
            }
            El name = s.first("name");
            El basedOn = s.first("basedOn");
            El ppr = s.first("pPr");
            out.putIfAbsent(s.styleId, new Style(s.styleId, name == null ? null : name.val,
                    basedOn == null ? null : basedOn.val, ppr == null ? null : ppr.first("outlineLvl")));
        }
        return out;
    }

    /** The local name of a part's root element if it is in the namespace, else "". */
    private static String rootName(byte[] part, String namespace) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(part));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return namespace.equals(r.getNamespaceURI()) ? r.getLocalName() : "";
                }
            }
            return "";
        } finally {
            r.close();
        }
    }

    // ---- the XML, as a small tree -------------------------------------------------------------------------

    /** Elements whose content the reader never looks into. */
    private static final Set<String> SKIPPED = Set.of("sectPr", "tblPr", "tblGrid", "sdtPr", "sdtEndPr", "tblPrEx",
            "docDefaults", "latentStyles", "rPr");
    /** The children of a property element that the reader reads; the rest are skipped. */
    private static final Map<String, Set<String>> READ_IN = Map.of("pPr", Set.of("pStyle", "outlineLvl"),
            "tcPr", Set.of("gridSpan", "hMerge", "vMerge"), "trPr", Set.of("gridBefore"));
    /** Character formatting that changes what POI's run text is (capitals). */
    private static final Set<String> CAPITALS = Set.of("caps", "smallCaps");

    private static El tree(byte[] part) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(part));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    if (!W.equals(r.getNamespaceURI())) {
                        throw Unsupported.INSTANCE;
                    }
                    return element(r);
                }
            }
            throw Unsupported.INSTANCE;
        } finally {
            r.close();
        }
    }

    /** The element the reader stands on (a start tag), read to its end tag. */
    private static El element(XMLStreamReader r) throws XMLStreamException {
        String ns = r.getNamespaceURI();
        if (STRICT.equals(ns)) {
            throw Unsupported.INSTANCE; // strict WordprocessingML, mixed in or not: POI's way
        }
        String local = W.equals(ns) ? r.getLocalName() : "";
        String val = r.getAttributeValue(W, "val");
        String styleId = r.getAttributeValue(W, "styleId");
        if (local.equals("rPr")) {
            skipRunProperties(r);
            return new El(local, val, styleId, null, NONE);
        }
        if (SKIPPED.contains(local)) {
            skip(r);
            return new El(local, val, styleId, null, NONE);
        }
        if (local.equals("t")) {
            return new El(local, val, styleId, text(r), NONE);
        }
        Set<String> readIn = READ_IN.get(local);
        List<El> kids = null;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (readIn != null && !(W.equals(r.getNamespaceURI()) && readIn.contains(r.getLocalName()))) {
                    skip(r);
                    continue;
                }
                if (kids == null) {
                    kids = new ArrayList<>(4);
                }
                kids.add(element(r));
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return new El(local, val, styleId, null, kids == null ? NONE : kids);
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE || ev == XMLStreamConstants.DTD) {
                throw Unsupported.INSTANCE;
            }
        }
    }

    /** A {@code w:t}'s text, as {@code CTText.getStringValue} gives it; an element inside it goes the POI way. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = null;
        String single = "";
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (sb == null && single.isEmpty()) {
                        single = r.getText();
                    } else {
                        if (sb == null) {
                            sb = new StringBuilder(single);
                        }
                        sb.append(r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb == null ? single : sb.toString();
                }
                default -> throw Unsupported.INSTANCE;
            }
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        for (int depth = 1; depth > 0;) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Skips a run's properties, refusing the ones that change POI's text of the run. */
    private static void skipRunProperties(XMLStreamReader r) throws XMLStreamException {
        for (int depth = 1; depth > 0;) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && CAPITALS.contains(r.getLocalName())) {
                    throw Unsupported.INSTANCE;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    // ---- the body, as DocxSource reads it -----------------------------------------------------------------

    private void body(El parent) {
        for (El child : parent.kids) {
            switch (child.name) {
                case "p" -> paragraph(child);
                case "tbl" -> parts.add(table(child));
                case "sdt" -> {
                    El c = child.first("sdtContent");
                    if (c != null) {
                        body(c);
                    }
                }
                case "customXml" -> body(child);
                default -> {
                }
            }
        }
    }

    private static List<El> flatten(El parent, String local) {
        List<El> out = new ArrayList<>();
        flatten(parent, local, out);
        return out;
    }

    private static void flatten(El parent, String local, List<El> out) {
        for (El child : parent.kids) {
            if (child.name.equals(local)) {
                out.add(child);
            } else if (child.name.equals("sdt")) {
                El c = child.first("sdtContent");
                if (c != null) {
                    flatten(c, local, out);
                }
            } else if (child.name.equals("customXml")) {
                flatten(child, local, out);
            }
        }
    }

    private void paragraph(El p) {
        SourceLocation where = SourceLocation.paragraph(paragraphs + 1);
        BoundedText text = new BoundedText(limits.maxTextLength(), where, "paragraph");
        appendRuns(text, p);
        String t = text.text();
        if (t.isEmpty()) {
            return;
        }
        paragraphs++;
        parts.add(new SourceDocument.Paragraph(t, headingLevel(p), where));
    }

    /** A paragraph's runs' text, as POI's {@code XWPFRun.text()} gives each. */
    private static void appendRuns(BoundedText text, El p) {
        for (El child : p.kids) {
            switch (child.name) {
                case "r" -> text.append(runText(child));
                case "pPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd" -> {
                }
                default -> throw Unsupported.INSTANCE;
            }
        }
    }

    private static CharSequence runText(El run) {
        StringBuilder sb = new StringBuilder();
        for (El e : run.kids) {
            switch (e.name) {
                case "t" -> sb.append(e.text);
                case "tab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                case "noBreakHyphen" -> sb.append('\u2011');
                case "rPr", "softHyphen", "lastRenderedPageBreak" -> {
                }
                default -> throw Unsupported.INSTANCE;
            }
        }
        return sb;
    }

    private int headingLevel(El p) {
        El ppr = p.first("pPr");
        El outline = ppr == null ? null : ppr.first("outlineLvl");
        if (outline != null) {
            return Headings.fromOutlineLevel(value(outline, 9));
        }
        El pStyle = ppr == null ? null : ppr.first("pStyle");
        String id = pStyle == null ? null : pStyle.val;
        if (styles == null || id == null) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        Style style = styles.get(id);
        while (style != null && seen.size() < MAX_STYLE_CHAIN && seen.add(style.id())) {
            if (style.outline() != null) {
                return Headings.fromOutlineLevel(value(style.outline(), 9));
            }
            int named = Headings.fromStyleName(style.name());
            if (named > 0) {
                return named;
            }
            style = style.basedOn() == null ? null : styles.get(style.basedOn());
        }
        return 0;
    }

    /** A decimal number's value as {@code DocxSource.value} takes it; a value POI would not parse goes the POI way. */
    private static long value(El n, long absent) {
        BigInteger v = number(n);
        return v == null || v.bitLength() > 31 ? absent : v.longValue();
    }

    private static BigInteger number(El n) {
        if (n == null || n.val == null) {
            return null;
        }
        if (!INTEGER.matcher(n.val).matches()) {
            throw Unsupported.INSTANCE;
        }
        return new BigInteger(n.val);
    }

    /** A grid count as {@code DocxSource.bounded} takes it; past the limit, POI's path refuses it. */
    private int bounded(El n, int absent) {
        long v = value(n, absent);
        if (v < 0) {
            return absent;
        }
        if (v > limits.maxColumns()) {
            throw Unsupported.INSTANCE;
        }
        return (int) v;
    }

    /** A merge's value: true for restart, false for continue (or none given); another value goes the POI way. */
    private static boolean restarts(El merge) {
        if (merge.val == null || merge.val.equals("continue")) {
            return false;
        }
        if (merge.val.equals("restart")) {
            return true;
        }
        throw Unsupported.INSTANCE;
    }

    private record Placed(int column, int span, TableGrid.Vertical vertical, String text) {
    }

    private FormGrid table(El t) {
        if (++tables > limits.maxSheets()) {
            throw Unsupported.INSTANCE;
        }
        int number = tables;
        List<El> rows = flatten(t, "tr");
        if (rows.size() > limits.maxRows()) {
            throw Unsupported.INSTANCE;
        }
        TableGrid grid = new TableGrid(number, limits);
        for (int r = 0; r < rows.size(); r++) {
            El row = rows.get(r);
            grid.row();
            El trPr = row.first("trPr");
            El before = trPr == null ? null : trPr.first("gridBefore");
            int column = before == null ? 0 : bounded(before, 0);
            List<Placed> placed = new ArrayList<>();
            for (El cell : flatten(row, "tc")) {
                El pr = cell.first("tcPr");
                El gridSpan = pr == null ? null : pr.first("gridSpan");
                int span = gridSpan == null ? 1 : Math.max(1, bounded(gridSpan, 1));
                if ((long) column + span > limits.maxColumns()) {
                    throw Unsupported.INSTANCE;
                }
                El hMerge = pr == null ? null : pr.first("hMerge");
                if (hMerge != null && !restarts(hMerge) && !placed.isEmpty()) {
                    Placed last = placed.remove(placed.size() - 1);
                    placed.add(new Placed(last.column(), last.span() + span, last.vertical(), last.text()));
                    column += span;
                    continue;
                }
                El vMerge = pr == null ? null : pr.first("vMerge");
                TableGrid.Vertical vertical = vMerge == null ? TableGrid.Vertical.NONE
                        : restarts(vMerge) ? TableGrid.Vertical.RESTART : TableGrid.Vertical.CONTINUE;
                SourceLocation where = SourceLocation.tableCell(number, r + 1, column + 1);
                BoundedText text = new BoundedText(limits.maxTextLength(), where, "cell");
                cellText(text, cell, 0);
                placed.add(new Placed(column, span, vertical, text.text()));
                column += span;
            }
            for (Placed p : placed) {
                if (!p.text().isEmpty() && ++cells > limits.maxCells()) {
                    throw Unsupported.INSTANCE;
                }
                grid.cell(p.column(), p.span(), p.vertical(), p.text());
            }
        }
        return grid.build();
    }

    private void cellText(BoundedText text, El container, int nesting) {
        for (El e : container.kids) {
            switch (e.name) {
                case "p" -> {
                    appendRuns(text, e);
                    text.endLine();
                }
                case "tbl" -> {
                    if (nesting + 1 > limits.maxTableNesting()) {
                        throw Unsupported.INSTANCE;
                    }
                    for (El row : flatten(e, "tr")) {
                        for (El c : flatten(row, "tc")) {
                            cellText(text, c, nesting + 1);
                        }
                    }
                }
                case "sdt" -> {
                    El c = e.first("sdtContent");
                    if (c != null) {
                        cellText(text, c, nesting);
                    }
                }
                case "customXml" -> cellText(text, e, nesting);
                default -> {
                }
            }
        }
    }
}
