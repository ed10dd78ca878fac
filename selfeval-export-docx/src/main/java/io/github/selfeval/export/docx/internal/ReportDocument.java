package io.github.selfeval.export.docx.internal;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.docx.DocxStyle;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.HeaderDetails;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.ReportText;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * One scored report as a Word document: the cover, the title, sections 一 to 三, the 自评表 (on a
 * landscape section when the style asks for it), sections 四 and 五 and the audit appendix. One instance
 * per document; not thread-safe.
 */
final class ReportDocument {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+|[一二三四五六七八九十]+)\\s*[、.．)）].*",
            Pattern.DOTALL);
    private static final String FONT_TABLE_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String STYLES_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private static final String STYLES_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

    private final ScoreCard card;
    private final SelfEvaluation report;
    private final ExportOptions options;
    private final DocxStyle style;
    private final Geometry geometry;
    private final Presentation presentation;
    private final FormDescription form;
    private final ReportText words;
    private final Paragraphs paragraphs;

    private XWPFDocument doc;
    private CTBody body;
    private String footerId;
    /** The body's last paragraph, where a section break goes; null right after a table. */
    private CTP last;

    ReportDocument(ScoreCard card, ExportOptions options, DocxStyle style) {
        this.card = card;
        this.report = card.report();
        this.options = options;
        this.style = style;
        this.geometry = new Geometry(style);
        this.paragraphs = new Paragraphs(style);
        this.presentation = options.presentation().orElse(card.presentation());
        this.form = FormDescriptions.standard().forReport(report);
        this.words = form.report();
    }

    /** The whole document as the bytes of a .docx; nothing is written anywhere else. */
    byte[] render() throws IOException {
        XWPFDocument d = new XWPFDocument();
        try {
            doc = d;
            body = doc.getDocument().getBody();
            StyleSheet sheet = new StyleSheet(style, geometry);
            // Both parts go in as the bytes StyleSheet writes: parsing styles.xml into POI's model only for
            // POI to serialise it again cost about a tenth of an export, and nothing here reads the model.
            part("/word/styles.xml", STYLES_TYPE, STYLES_REL, sheet.stylesXml());
            part("/word/fontTable.xml", FONT_TABLE_TYPE, FONT_TABLE_REL, sheet.fontTableXml());
            footer();
            metadata();

            cover();
            // A report that is only its form (most project reports) has no sections of 「无。」 to print.
            boolean narrative = !report.narrative().isEmpty();
            if (narrative) {
                title();
                narrative();
            }
            form();
            if (narrative) {
                problemsAndSuggestions();
            }
            if (options.includeAudit()) {
                audit();
            }
            if (last == null) {
                // A body ends with a paragraph, never a table.
                paragraph(StyleSheet.SPACER, "");
            }
            // The last section's properties are the body's own.
            sectionProperties(body.getSectPr(), false);

            try (StablePackage.Parts parts = new StablePackage.Parts()) {
                doc.write(parts);
                return StablePackage.normalise(parts, options.effectiveCreationTime());
            }
        } finally {
            // Not close(): for a package made in memory, close() saves the whole package a second time
            // (about a tenth of an export) only to drop the bytes. revert() just releases it.
            d.getPackage().revert();
        }
    }

    // ---- package parts and metadata -------------------------------------------------------------

    /** Adds a part of the main document, written as given, and its relationship. */
    private void part(String partName, String contentType, String relationship, String xml) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(partName);
            PackagePart part = doc.getPackage().createPart(name, contentType);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, relationship);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("cannot add " + partName + ": " + e.getMessage(), e);
        }
    }

    /** One footer, 「— n —」 with a PAGE field, shared by every section. */
    private void footer() {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        footerId = doc.getRelationId(f);
        CTP p = f.getParagraphs().isEmpty() ? f.createParagraph().getCTP() : f.getParagraphs().get(0).getCTP();
        Paragraphs.pPr(p).addNewPStyle().setVal(StyleSheet.FOOTER);
        p.addNewR().addNewT().setStringValue("— ");
        p.getRArray(0).getTArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        CTSimpleField page = p.addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
        CTR after = p.addNewR();
        after.addNewT().setStringValue(" —");
        after.getTArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    /** Fixed dates and no machine-dependent values: the same input gives the same bytes. */
    private void metadata() {
        Instant time = options.effectiveCreationTime();
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(documentTitle());
        core.setSubjectProperty(report.kind().label() + "报告");
        core.setCreator(report.cover().preparingUnit().orElse(report.cover().department()));
        core.setLastModifiedByUser("selfeval");
        core.setCreated(Optional.of(Date.from(time)));
        core.setModified(Optional.of(Date.from(time)));
        core.setRevision("1");
        props.getExtendedProperties().getUnderlyingProperties().setApplication("selfeval");
        var settings = doc.getSettings();
        settings.setZoomPercent(100);
    }

    // ---- sections -------------------------------------------------------------------------------

    /** Ends the current section at the last paragraph, or at a spacer paragraph after a table. */
    private void endSection(boolean landscape) {
        CTP p = last != null ? last : paragraphs.add(body, StyleSheet.SPACER, "");
        sectionProperties(Paragraphs.pPr(p).addNewSectPr(), landscape);
        last = null;
    }

    private void sectionProperties(CTSectPr s, boolean landscape) {
        CTHdrFtrRef ref = s.sizeOfFooterReferenceArray() > 0 ? s.getFooterReferenceArray(0) : s.addNewFooterReference();
        ref.setType(STHdrFtr.DEFAULT);
        ref.setId(footerId);
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        CTPageMar mar = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        if (landscape) {
            size.setW(BigInteger.valueOf(geometry.pageHeight()));
            size.setH(BigInteger.valueOf(geometry.pageWidth()));
            size.setOrient(STPageOrientation.LANDSCAPE);
            int m = geometry.tableMargin();
            mar.setTop(BigInteger.valueOf(m));
            mar.setBottom(BigInteger.valueOf(m));
            mar.setLeft(BigInteger.valueOf(m));
            mar.setRight(BigInteger.valueOf(m));
            mar.setFooter(BigInteger.valueOf(geometry.landscapeFooter()));
            mar.setHeader(BigInteger.valueOf(Math.min(geometry.header(), m / 2)));
        } else {
            size.setW(BigInteger.valueOf(geometry.pageWidth()));
            size.setH(BigInteger.valueOf(geometry.pageHeight()));
            mar.setTop(BigInteger.valueOf(geometry.top()));
            mar.setBottom(BigInteger.valueOf(geometry.bottom()));
            mar.setLeft(BigInteger.valueOf(geometry.left()));
            mar.setRight(BigInteger.valueOf(geometry.right()));
            mar.setFooter(BigInteger.valueOf(geometry.portraitFooter()));
            mar.setHeader(BigInteger.valueOf(geometry.header()));
        }
        mar.setGutter(BigInteger.ZERO);
        if (!landscape) {
            // The line grid of GB/T 9704: linesPerPage lines to the text block.
            CTDocGrid grid = s.isSetDocGrid() ? s.getDocGrid() : s.addNewDocGrid();
            grid.setType(STDocGrid.LINES);
            grid.setLinePitch(BigInteger.valueOf(geometry.bodyLine()));
        }
    }

    // ---- text primitives ------------------------------------------------------------------------

    private CTP paragraph(String styleId, String text) {
        last = paragraphs.add(body, styleId, text);
        return last;
    }

    private void body(String text) {
        paragraph(StyleSheet.NORMAL, text);
    }

    private void pageBreakBefore(CTP p) {
        Paragraphs.pPr(p).addNewPageBreakBefore();
    }

    // ---- cover ----------------------------------------------------------------------------------

    /**
     * The cover: the title lines from about a sixth of the text block down, 编制单位 and the date at its
     * foot, placed by the space before them (the line heights are exact, so the space is known).
     */
    private void cover() {
        Cover c = report.cover();
        List<String> lines = words.coverLines(report);
        List<String> foot = new ArrayList<>();
        report.details().ifPresent(d -> foot.addAll(coverDetails(d)));
        // 部门名称 belongs on the cover; custom title lines may not carry it.
        String unitName = c.preparingUnit().orElse(c.department());
        if (lines.stream().noneMatch(l -> l.contains(c.department())) && !unitName.equals(c.department())) {
            foot.add(words.department() + c.department());
        }
        foot.add(words.preparingUnit() + unitName);
        c.date().ifPresent(d -> foot.add(io.github.selfeval.model.form.FormNumbers.date(d)));

        int height = geometry.textHeight();
        int before = Math.round(height * 0.16f);
        int used = before;
        for (int i = 0; i < lines.size(); i++) {
            CTP p = paragraph(StyleSheet.COVER_TITLE, lines.get(i));
            if (i == 0) {
                Paragraphs.pPr(p).addNewSpacing().setBefore(BigInteger.valueOf(before));
            }
            used += wrapped(lines.get(i), style.coverTitleSize()) * geometry.coverTitleLine();
        }
        int footHeight = 0;
        for (String line : foot) {
            footHeight += wrapped(line, style.bodySize()) * geometry.bodyLine();
        }
        // Half a line to spare, so that a renderer's rounding never pushes the foot onto a page of its own.
        int gap = height - used - footHeight - geometry.bodyLine() / 2;
        for (int i = 0; i < foot.size(); i++) {
            CTP p = paragraph(StyleSheet.COVER_LINE, foot.get(i));
            if (i == 0 && gap > 0) {
                Paragraphs.pPr(p).addNewSpacing().setBefore(BigInteger.valueOf(gap));
            }
        }
    }

    /** How many lines a centred line of this size takes in the text block. */
    private int wrapped(String text, float size) {
        double width = Texts.widthEm(Texts.clean(text)) * size * 20;
        return Math.max(1, (int) Math.ceil(width / geometry.textWidth()));
    }

    private static List<String> coverDetails(HeaderDetails d) {
        return io.github.selfeval.model.form.CoverDetails.lines(d).stream()
                .map(io.github.selfeval.model.form.CoverDetails.Line::text).toList();
    }

    private String documentTitle() {
        return words.documentTitle(report);
    }

    private void title() {
        pageBreakBefore(paragraph(StyleSheet.TITLE, documentTitle()));
    }

    // ---- narrative ------------------------------------------------------------------------------

    private void narrative() {
        Narrative n = report.narrative();
        paragraph(StyleSheet.HEADING1, words.overview());
        Overview o = n.overview();
        if (o.paragraphs().isEmpty()) {
            body(overviewSentence(o));
        }
        o.paragraphs().forEach(this::body);
        paragraph(StyleSheet.HEADING1, words.goalsAndIndicators());
        paragraphsOrNone(n.goalsAndIndicators());
        paragraph(StyleSheet.HEADING1, words.performanceAnalysis());
        List<Section> sections = n.performanceAnalysis();
        if (sections.isEmpty()) {
            body(words.none());
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            paragraph(StyleSheet.HEADING2, "（" + FormNumbers.chinese(i + 1) + "）" + s.title());
            s.paragraphs().forEach(this::body);
        }
    }

    private String overviewSentence(Overview o) {
        StringBuilder b = new StringBuilder(ReportWords.OVERVIEW_SUBJECT).append(report.cover().year())
                .append(ReportWords.YEAR);
        String unit = report.moneyUnit().label();
        o.requestedBudget().ifPresent(v -> b.append(ReportWords.REQUESTED_BUDGET).append(FormNumbers.plain(v)).append(unit)
                .append("，"));
        o.actualSpending().ifPresent(v -> b.append(ReportWords.ACTUAL_SPENDING).append(FormNumbers.plain(v)).append(unit)
                .append("，"));
        o.budgetExecutionRate().ifPresent(v -> b.append(ReportWords.EXECUTION_RATE).append(FormNumbers.percent(v)).append("，"));
        if (b.charAt(b.length() - 1) == '，') {
            b.setCharAt(b.length() - 1, '。');
            return b.toString();
        }
        return words.none();
    }

    private void paragraphsOrNone(List<String> texts) {
        if (texts.isEmpty()) {
            body(words.none());
        }
        texts.forEach(this::body);
    }

    private void problemsAndSuggestions() {
        Narrative n = report.narrative();
        CTP heading = paragraph(StyleSheet.HEADING1, words.problems());
        if (!style.landscapeTables()) {
            pageBreakBefore(heading);
        }
        paragraphsOrNone(n.problems());
        paragraph(StyleSheet.HEADING1, words.suggestions());
        if (n.suggestions().isEmpty()) {
            body(words.none());
        }
        for (int i = 0; i < n.suggestions().size(); i++) {
            String s = n.suggestions().get(i);
            body(NUMBERED.matcher(s).matches() ? s : (i + 1) + "、" + s);
        }
    }

    // ---- the 自评表 ---------------------------------------------------------------------------------

    private void form() {
        if (style.landscapeTables()) {
            endSection(false);
        }
        FormTables tables = new FormTables(card, form, presentation);
        List<String> title = tables.title();
        for (int i = 0; i < title.size(); i++) {
            CTP p = paragraph(StyleSheet.FORM_TITLE, title.get(i));
            if (i == 0 && !style.landscapeTables()) {
                pageBreakBefore(p);
            }
        }
        TableWriter writer = new TableWriter(paragraphs);
        int width = geometry.tableWidth();
        writer.write(body, tables.headerAndFunds(), width);
        tables.goals().ifPresent(goals -> {
            paragraph(StyleSheet.SPACER, "");
            writer.write(body, goals, width);
        });
        paragraph(StyleSheet.SPACER, "");
        writer.write(body, tables.indicators(), width, geometry.tablePageHeight());
        last = null;
        notes();
        if (style.landscapeTables()) {
            endSection(true);
        }
    }

    private void notes() {
        List<String> notes = report.notes();
        if (notes.isEmpty()) {
            return;
        }
        form.notes().ifPresent(label -> paragraph(StyleSheet.NOTE_HEADING, label.text()));
        for (int i = 0; i < notes.size(); i++) {
            String n = notes.get(i);
            paragraph(StyleSheet.NOTE, NUMBERED.matcher(n).matches() ? n : (i + 1) + ". " + n);
        }
    }

    // ---- audit appendix -------------------------------------------------------------------------

    private void audit() {
        CTP head = paragraph(StyleSheet.HEADING1, ReportWords.AUDIT);
        pageBreakBefore(head);
        Paragraphs.pPr(head).addNewInd().setFirstLine(BigInteger.ZERO);
        Paragraphs.pPr(head).getInd().setFirstLineChars(BigInteger.ZERO);
        Locale locale = options.locale();
        List<Finding> findings = card.findings();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        body(ReportWords.auditSummary(card.packId(), FormNumbers.plain(card.totalScore()),
                FormNumbers.plain(card.rawTotalScore()),
                card.grade().label(), findings.size(), errors, warnings, infos));
        if (findings.isEmpty()) {
            return;
        }
        Grid t = new Grid(0.9f, 0.9f, 3.1f, 5.0f, 1.4f, 1.4f).headerRows(1);
        t.row();
        for (String h : ReportWords.AUDIT_COLUMNS) {
            t.label(h, 1, 1);
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            t.row().value(Integer.toString(i + 1), 1, 1).value(severity(f.severity()), 1, 1)
                    .text(f.path(), 1, 1).text(f.message(locale) + "（" + f.code().name() + "）", 1, 1)
                    .value(f.declared().orElse(""), 1, 1).value(f.computed().orElse(""), 1, 1);
        }
        new TableWriter(paragraphs).write(body, t, geometry.textWidth());
        last = null;
    }

    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> ReportWords.ERROR;
            case WARNING -> ReportWords.WARNING;
            case INFO -> ReportWords.INFO;
        };
    }
}
