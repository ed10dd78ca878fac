package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.pdf.PdfStyle;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.HeaderDetails;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Severity;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Lays out one scored report as a PDF: cover, sections 一 to 三, the 自评表 with its notes, sections
 * 四 and 五, and the audit appendix. One instance per document; not thread-safe.
 */
final class ReportRenderer {

    private static final float CELL_PADDING = 2.5f;
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+|[一二三四五六七八九十]+)\\s*[、.．)）].*",
            Pattern.DOTALL);

    private final ScoreCard card;
    private final SelfEvaluation report;
    private final ExportOptions options;
    private final PdfStyle style;
    private final DocumentFonts fonts;
    private final Presentation presentation;

    private Document document;
    private PdfWriter writer;

    ReportRenderer(ScoreCard card, ExportOptions options, PdfStyle style, DocumentFonts fonts) {
        this.card = card;
        this.report = card.report();
        this.options = options;
        this.style = style;
        this.fonts = fonts;
        this.presentation = options.presentation().orElse(card.presentation());
    }

    /** Renders the whole document into memory, so that a failure never leaves half a PDF behind. */
    byte[] render() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 18);
        document = new Document(portrait(), 0, 0, 0, 0);
        applyPortraitMargins();
        writer = PdfWriter.getInstance(document, buffer);
        writer.setFullCompression();
        fonts.check(FontRole.BODY, PageNumbers.characters(), "page numbers");
        writer.setPageEvent(new PageNumbers(fonts.font(FontRole.BODY, style.pageNumberSize()), style));
        String title = documentTitle();
        document.addTitle(title);
        document.addSubject(report.kind().label() + "报告");
        document.addAuthor(report.cover().preparingUnit().orElse(report.cover().department()));
        document.addCreator("selfeval");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        fixMetadata();

        cover();
        document.newPage();
        paragraph(title, FontRole.TITLE, style.titleSize(), Element.ALIGN_CENTER, 0, style.bodyLeading(), "document title");
        blankLine();
        narrative();
        problemsAndSuggestions();
        if (options.includeAudit()) {
            auditAppendix();
        }
        document.close();
        return buffer.toByteArray();
    }

    // ---- page geometry ------------------------------------------------------------------------

    private Rectangle portrait() {
        return new Rectangle(mm(style.pageWidthMm()), mm(style.pageHeightMm()));
    }

    private void applyPortraitMargins() {
        document.setPageSize(portrait());
        float right = style.pageWidthMm() - style.bindingMarginMm() - style.textWidthMm();
        float bottom = style.pageHeightMm() - style.topMarginMm() - style.textHeightMm();
        // OpenPDF sets the first baseline one leading below the top margin and wants a spare leading
        // below the last line; lowering the bottom margin by one leading gives the text block its
        // linesPerPage lines (22 in GB/T 9704), the last baseline on the block's lower edge.
        document.setMargins(mm(style.bindingMarginMm()), mm(right), mm(style.topMarginMm()),
                Math.max(0, mm(bottom) - style.bodyLeading()));
    }

    private void applyTableMargins() {
        if (style.landscapeTables()) {
            // A real landscape media box (no /Rotate), so that every reader extracts the text upright.
            document.setPageSize(new Rectangle(mm(style.pageHeightMm()), mm(style.pageWidthMm())));
            float m = mm(style.tableMarginMm());
            document.setMargins(m, m, m, m);
        }
    }

    /** Starts a new page unless {@code lines} body lines still fit: keeps a heading with its text. */
    private void ensureRoom(int lines) {
        float room = writer.getVerticalPosition(false) - document.bottom();
        if (room < lines * style.bodyLeading()) {
            document.newPage();
        }
    }

    private static float mm(float v) {
        return Utilities.millimetersToPoints(v);
    }

    // ---- metadata -----------------------------------------------------------------------------

    /** Fixed dates, and in deterministic mode a document id derived from the content. */
    private void fixMetadata() {
        Instant time = options.effectiveCreationTime();
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        cal.setTimeInMillis(time.toEpochMilli());
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(cal));
        info.put(PdfName.MODDATE, new PdfDate(cal));
        if (options.deterministic()) {
            byte[] id = documentId(time);
            // PdfWriter takes the trailer's /ID from this entry instead of a random one.
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        }
    }

    private byte[] documentId(Instant time) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            md.update(card.toString().getBytes(StandardCharsets.UTF_8));
            md.update(style.toString().getBytes(StandardCharsets.UTF_8));
            md.update(options.toString().getBytes(StandardCharsets.UTF_8));
            md.update(time.toString().getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the Java platform", e);
        }
    }

    // ---- text primitives ----------------------------------------------------------------------

    /** Removes what no font draws: control characters other than line breaks, zero-width marks. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                b.append(' ');
            } else if (cp == '\n' || !(Character.getType(cp) == Character.CONTROL
                    || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private Phrase phrase(String text, FontRole role, float size, float leading, String where) {
        String t = clean(text);
        fonts.check(role, t, where);
        Chunk chunk = new Chunk(t, fonts.font(role, size));
        chunk.setSplitCharacter(CjkLineBreaks.INSTANCE);
        Phrase p = new Phrase(leading);
        p.add(chunk);
        return p;
    }

    private Paragraph paragraph(String text, FontRole role, float size, int align, float firstIndent, float leading,
            String where) {
        Paragraph p = new Paragraph(leading);
        p.add(phrase(text, role, size, leading, where));
        p.setAlignment(align);
        p.setFirstLineIndent(firstIndent);
        document.add(p);
        return p;
    }

    private void body(String text, String where) {
        paragraph(text, FontRole.BODY, style.bodySize(), Element.ALIGN_JUSTIFIED, 2 * style.bodySize(),
                style.bodyLeading(), where);
    }

    private void heading(String text, String where) {
        ensureRoom(3);
        paragraph(text, FontRole.HEADING, style.headingSize(), Element.ALIGN_LEFT,
                2 * style.headingSize(), style.bodyLeading(), where);
    }

    private void subheading(String text, String where) {
        ensureRoom(3);
        paragraph(text, FontRole.SUBHEADING, style.headingSize(), Element.ALIGN_LEFT, 2 * style.headingSize(),
                style.bodyLeading(), where);
    }

    private void blankLine() {
        Paragraph p = new Paragraph(style.bodyLeading());
        p.add(new Chunk(" ", fonts.font(FontRole.BODY, style.bodySize())));
        document.add(p);
    }

    // ---- cover --------------------------------------------------------------------------------

    /**
     * The cover, placed at fixed heights: the title lines from about a fifth of the text block down,
     * the 编制单位 and date at its foot, as a filed report's cover has them.
     */
    private void cover() {
        Cover c = report.cover();
        List<String> lines = c.titleLines().isEmpty() ? defaultTitleLines(c) : c.titleLines();
        float left = document.left();
        float right = document.right();
        float top = mm(style.pageHeightMm() - style.topMarginMm());
        float bottom = mm(style.pageHeightMm() - style.topMarginMm() - style.textHeightMm());
        float height = top - bottom;

        ColumnText title = new ColumnText(writer.getDirectContent());
        title.setSimpleColumn(left, bottom + height * 0.3f, right, top - height * 0.16f);
        for (int i = 0; i < lines.size(); i++) {
            title.addElement(centred(lines.get(i), FontRole.TITLE, style.coverTitleSize(),
                    style.coverTitleSize() * 1.9f, "cover.titleLines[" + i + "]"));
        }
        title.go();

        List<String[]> foot = new ArrayList<>();
        report.details().ifPresent(d -> foot.addAll(coverDetails(d)));
        // 部门名称 belongs on the cover; custom title lines may not carry it.
        String unitName = c.preparingUnit().orElse(c.department());
        if (lines.stream().noneMatch(l -> l.contains(c.department())) && !unitName.equals(c.department())) {
            foot.add(new String[] {"部门名称：" + c.department(), "cover.department"});
        }
        foot.add(new String[] {"编制单位（盖章）：" + unitName, "cover.preparingUnit"});
        c.date().ifPresent(d -> foot.add(new String[] {chineseDate(d), "cover.date"}));
        ColumnText unit = new ColumnText(writer.getDirectContent());
        unit.setSimpleColumn(left, bottom, right, bottom + (foot.size() + 1) * style.bodyLeading());
        for (String[] line : foot) {
            unit.addElement(centred(line[0], FontRole.BODY, style.bodySize(), style.bodyLeading(), line[1]));
        }
        unit.go();
        writer.setPageEmpty(false);
    }

    private Paragraph centred(String text, FontRole role, float size, float leading, String where) {
        Paragraph p = new Paragraph(leading);
        p.add(phrase(text, role, size, leading, where));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private List<String> defaultTitleLines(Cover c) {
        List<String> lines = new ArrayList<>();
        lines.add(c.year() + "年度");
        if (report.kind() == FormKind.PROJECT) {
            lines.add(report.project().map(p -> p.name()).orElse(c.department()));
            lines.add("项目支出绩效");
        } else {
            lines.add(c.department() + "部门");
            lines.add("整体绩效");
        }
        lines.add("自评报告");
        return lines;
    }

    private List<String[]> coverDetails(HeaderDetails d) {
        List<String[]> rows = new ArrayList<>();
        d.budgetCode().ifPresent(v -> rows.add(new String[] {"预算编码：" + v, "details.budgetCode"}));
        d.evaluationMethod().ifPresent(v -> rows.add(new String[] {"评价方式：" + v, "details.evaluationMethod"}));
        d.evaluationAgency().ifPresent(v -> rows.add(new String[] {"评价机构：" + v, "details.evaluationAgency"}));
        d.reportDate().ifPresent(v -> rows.add(new String[] {"报告日期：" + chineseDate(v), "details.reportDate"}));
        d.supervisingDepartment().ifPresent(v -> rows.add(new String[] {"主管部门：" + v,
            "details.supervisingDepartment"}));
        d.financeDivision().ifPresent(v -> rows.add(new String[] {"财政处室：" + v, "details.financeDivision"}));
        d.contactPerson().ifPresent(v -> rows.add(new String[] {"联系人：" + v, "details.contactPerson"}));
        d.staffQuota().ifPresent(v -> rows.add(new String[] {"人员编制：" + v + "人", "details.staffQuota"}));
        d.actualStaff().ifPresent(v -> rows.add(new String[] {"实有人数：" + v + "人", "details.actualStaff"}));
        return rows;
    }

    private static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private String documentTitle() {
        Cover c = report.cover();
        if (report.kind() == FormKind.PROJECT) {
            String name = report.project().map(p -> p.name()).orElse(c.department());
            return c.year() + "年度" + name + "项目支出绩效自评报告";
        }
        return c.year() + "年度" + c.department() + "整体绩效自评工作报告";
    }

    // ---- narrative ----------------------------------------------------------------------------

    private void narrative() {
        Narrative n = report.narrative();
        boolean project = report.kind() == FormKind.PROJECT;
        heading(project ? "一、项目概况" : "一、部门整体概况", "narrative.overview");
        Overview o = n.overview();
        if (o.paragraphs().isEmpty()) {
            body(overviewSentence(o), "narrative.overview");
        }
        for (int i = 0; i < o.paragraphs().size(); i++) {
            body(o.paragraphs().get(i), "narrative.overview.paragraphs[" + i + "]");
        }
        heading(project ? "二、项目绩效目标和绩效指标设定情况" : "二、部门整体绩效目标和绩效指标设定情况",
                "narrative.goalsAndIndicators");
        paragraphsOrNone(n.goalsAndIndicators(), "narrative.goalsAndIndicators");
        heading("三、绩效实现情况分析", "narrative.performanceAnalysis");
        List<Section> sections = n.performanceAnalysis();
        if (sections.isEmpty()) {
            body("无。", "narrative.performanceAnalysis");
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String path = "narrative.performanceAnalysis[" + i + "]";
            subheading("（" + chineseNumber(i + 1) + "）" + s.title(), path + ".title");
            for (int j = 0; j < s.paragraphs().size(); j++) {
                body(s.paragraphs().get(j), path + ".paragraphs[" + j + "]");
            }
        }
        selfEvaluationForm();
    }

    private String overviewSentence(Overview o) {
        StringBuilder b = new StringBuilder("本部门").append(report.cover().year()).append("年度");
        String unit = report.moneyUnit().label();
        o.requestedBudget().ifPresent(v -> b.append("申请预算资金").append(plain(v)).append(unit).append("，"));
        o.actualSpending().ifPresent(v -> b.append("实际支出").append(plain(v)).append(unit).append("，"));
        o.budgetExecutionRate().ifPresent(v -> b.append("预算执行率").append(percent(v)).append("，"));
        if (b.charAt(b.length() - 1) == '，') {
            b.setCharAt(b.length() - 1, '。');
            return b.toString();
        }
        return "无。";
    }

    private void paragraphsOrNone(List<String> paragraphs, String path) {
        if (paragraphs.isEmpty()) {
            body("无。", path);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            body(paragraphs.get(i), path + "[" + i + "]");
        }
    }

    private void problemsAndSuggestions() {
        Narrative n = report.narrative();
        heading("四、存在问题", "narrative.problems");
        paragraphsOrNone(n.problems(), "narrative.problems");
        heading("五、相关建议、改进措施及结果应用", "narrative.suggestions");
        if (n.suggestions().isEmpty()) {
            body("无。", "narrative.suggestions");
        }
        for (int i = 0; i < n.suggestions().size(); i++) {
            String s = n.suggestions().get(i);
            body(NUMBERED.matcher(s).matches() ? s : (i + 1) + "、" + s, "narrative.suggestions[" + i + "]");
        }
    }

    /** 1 → 一, 11 → 十一, 23 → 二十三, 105 → 一百零五: the numbering of （一） headings. */
    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 0 || n >= 10_000) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        if (n < 100) {
            return "" + digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        if (n < 1000) {
            int rest = n % 100;
            return digits.charAt(n / 100) + "百" + (rest == 0 ? "" : rest < 10 ? "零" + digits.charAt(rest)
                    : rest < 20 ? "一" + chineseNumber(rest) : chineseNumber(rest));
        }
        int rest = n % 1000;
        return digits.charAt(n / 1000) + "千" + (rest == 0 ? "" : rest < 100 ? "零" + (rest >= 10 && rest < 20
                ? "一" + chineseNumber(rest) : chineseNumber(rest)) : chineseNumber(rest));
    }

    // ---- the 自评表 ----------------------------------------------------------------------------

    private void selfEvaluationForm() {
        applyTableMargins();
        document.newPage();
        String formTitle = report.cover().year() + "年度"
                + (report.kind() == FormKind.PROJECT ? "项目支出绩效自评表" : "部门整体绩效自评表");
        paragraph(formTitle, FontRole.TITLE, Math.min(style.titleSize(), 18f), Element.ALIGN_CENTER, 0,
                Math.min(style.titleSize(), 18f) * 1.6f, "form title");
        basicAndBudgetTable();
        goalsTable();
        indicatorTable();
        notes();
        applyPortraitMargins();
        document.newPage();
    }

    private PdfPCell cell(String text, FontRole role, int hAlign, int colspan, int rowspan, String where) {
        float size = style.tableFontSize();
        PdfPCell c = new PdfPCell(phrase(text, role, size, size * 1.35f, where));
        c.setHorizontalAlignment(hAlign);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        c.setPadding(CELL_PADDING);
        c.setPaddingBottom(CELL_PADDING + size * 0.2f);
        c.setUseAscender(true);
        c.setLeading(size * 1.3f, 0);
        return c;
    }

    private PdfPCell label(String text, int colspan, int rowspan) {
        return cell(text, FontRole.HEADING, Element.ALIGN_CENTER, colspan, rowspan, "table label");
    }

    private PdfPCell value(String text, int colspan, int rowspan, String where) {
        return cell(text, FontRole.BODY, Element.ALIGN_CENTER, colspan, rowspan, where);
    }

    private PdfPCell sectionRow(String text, int columns) {
        PdfPCell c = cell(text, FontRole.HEADING, Element.ALIGN_LEFT, columns, 1, "table section");
        c.setGrayFill(0.92f);
        return c;
    }

    private static PdfPTable table(float... widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        // Rows stay whole unless one is taller than a page.
        t.setSplitLate(true);
        t.setSplitRows(true);
        return t;
    }

    private void basicAndBudgetTable() {
        PdfPTable t = table(2.2f, 1.6f, 2.2f, 1.6f, 2.2f, 1.6f, 1.8f);
        // Paragraphs are laid out when added, so the gap under the form's title is the table's.
        t.setSpacingBefore(style.tableFontSize());
        t.addCell(sectionRow("一、基本情况", 7));
        String unit = report.moneyUnit().label();
        if (report.kind() == FormKind.PROJECT && report.project().isPresent()) {
            var p = report.project().get();
            t.addCell(label("项目名称", 1, 1));
            t.addCell(value(p.name(), 3, 1, "project.name"));
            t.addCell(label("主管部门", 1, 1));
            t.addCell(value(p.supervisingDepartment().orElse(""), 2, 1, "project.supervisingDepartment"));
            t.addCell(label("实施单位", 1, 1));
            t.addCell(value(p.implementingUnit().orElse(""), 3, 1, "project.implementingUnit"));
        } else {
            t.addCell(label("实施主管部门", 1, 1));
            // Blank when the form left it blank: an exported form shows what was declared.
            t.addCell(value(report.implementingDepartment().orElse(""), 3, 1,
                    "implementingDepartment"));
        }
        t.addCell(label("金额单位", 1, 1));
        t.addCell(value(unit, 2, 1, "moneyUnit"));

        t.addCell(sectionRow("二、预算执行情况", 7));
        t.addCell(label("预算安排情况（调整后）", 2, 1));
        t.addCell(label("资金到位情况", 2, 1));
        t.addCell(label("资金执行情况", 2, 1));
        t.addCell(label("预算执行进度(%)", 1, 1));
        var b = report.budget();
        Funds received = b.received().orElse(Funds.blank());
        t.addCell(label("预算数", 1, 1));
        t.addCell(value(money(b.budget().amount()), 1, 1, "budget.budget.total"));
        t.addCell(label("到位数", 1, 1));
        t.addCell(value(money(received.amount()), 1, 1, "budget.received.total"));
        t.addCell(label("执行数", 1, 1));
        t.addCell(value(money(b.spent().amount()), 1, 1, "budget.spent.total"));
        t.addCell(value(executionRate(), 1, 3, "budget.declaredExecutionRate"));
        for (String[] kind : new String[][] {{"其中：财政资金", "fiscal"}, {"其他", "other"}}) {
            boolean fiscal = kind[1].equals("fiscal");
            t.addCell(label(kind[0], 1, 1));
            t.addCell(value(money(fiscal ? b.budget().fiscal() : b.budget().other()), 1, 1, "budget.budget." + kind[1]));
            t.addCell(label(kind[0], 1, 1));
            t.addCell(value(money(fiscal ? received.fiscal() : received.other()), 1, 1, "budget.received." + kind[1]));
            t.addCell(label(kind[0], 1, 1));
            t.addCell(value(money(fiscal ? b.spent().fiscal() : b.spent().other()), 1, 1, "budget.spent." + kind[1]));
        }
        t.setKeepTogether(true);
        document.add(t);
    }

    private String executionRate() {
        Optional<Percent> computed = card.budgetExecutionRate();
        Optional<Percent> declared = report.budget().declaredExecutionRate();
        if (computed.isEmpty()) {
            return declared.map(p -> plain(p.points())).orElse("");
        }
        String c = plain(computed.get().points());
        if (declared.isPresent() && declared.get().points().compareTo(computed.get().points()) != 0) {
            return c + "（填报：" + plain(declared.get().points()) + "）";
        }
        return c;
    }

    private void goalsTable() {
        PdfPTable t = table(5f, 7f, 1.8f);
        t.addCell(sectionRow("三、目标完成情况", 3));
        t.addCell(label("年度预期目标", 1, 1));
        t.addCell(label("具体完成情况", 1, 1));
        t.addCell(label("总体完成率(%)", 1, 1));
        t.setHeaderRows(2);
        List<Goal> goals = report.goals().items();
        String overall = report.goals().declaredOverallCompletion().map(p -> plain(p.points())).orElse("");
        if (goals.isEmpty()) {
            t.addCell(value("无", 2, 1, "goals.items"));
            t.addCell(value(overall, 1, 1, "goals.declaredOverallCompletion"));
        }
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            int n = i + 1;
            String path = "goals.items[" + i + "]";
            t.addCell(cell(g.target().map(s -> "目标" + n + "：" + s).orElse(""), FontRole.BODY, Element.ALIGN_LEFT,
                    1, 1, path + ".target"));
            t.addCell(cell(g.completion().map(s -> "目标" + n + "完成情况：" + s).orElse(""), FontRole.BODY,
                    Element.ALIGN_LEFT, 1, 1, path + ".completion"));
            if (i == 0) {
                t.addCell(value(overall, 1, goals.size(), "goals.declaredOverallCompletion"));
            }
        }
        document.add(t);
    }

    private boolean hasDeviationColumn() {
        return report.indicators().stream()
                .anyMatch(i -> i.deviationReason().isPresent() || i.improvement().isPresent());
    }

    /**
     * The indicator table. A table that fits on one page is kept on one page. A longer one breaks
     * between rows, repeating its three header rows; and because OpenPDF leaves a merged 一级/二级 cell
     * blank where it continues on the next page, the rows are first laid out to find where the pages
     * will break, and merged cells are cut there, so that every page names the 一级/二级 of its rows.
     */
    private void indicatorTable() {
        float width = document.right() - document.left();
        float fullPage = document.top() - document.bottom();
        float here = writer.getVerticalPosition(true) - document.bottom();
        Set<Integer> breaks = Set.of();
        PdfPTable t = indicatorTable(breaks);
        for (int pass = 0; pass < 3; pass++) {
            t.setTotalWidth(width);
            t.setLockedWidth(true);
            if (t.getTotalHeight() <= fullPage) {
                t.setKeepTogether(true);
                break;
            }
            Set<Integer> next = pageBreaks(t, here, fullPage);
            if (next.equals(breaks)) {
                break;
            }
            breaks = next;
            t = indicatorTable(breaks);
        }
        document.add(t);
    }

    /** The data rows (from 0) that will start a page, found from the rows' heights. */
    private static Set<Integer> pageBreaks(PdfPTable t, float firstPage, float fullPage) {
        Set<Integer> breaks = new TreeSet<>();
        int headers = t.getHeaderRows();
        float header = t.getHeaderHeight();
        float room = firstPage - header;
        for (int i = headers; i < t.size(); i++) {
            float h = t.getRowHeight(i);
            if (h > room) {
                breaks.add(i - headers);
                room = fullPage - header;
            }
            room -= h;
        }
        return breaks;
    }

    private PdfPTable indicatorTable(Set<Integer> breaks) {
        boolean deviation = hasDeviationColumn();
        float[] widths = {1.5f, 1.7f, 2.2f, 2.2f, 0.8f, 1.3f, 1.7f, 1.9f, 1.1f, 1.2f, 1.2f, 1.3f};
        if (deviation) {
            widths = Arrays.copyOf(widths, widths.length + 1);
            widths[widths.length - 1] = 3.2f;
        }
        int cols = widths.length;
        PdfPTable t = table(widths);
        t.addCell(sectionRow("四、年度绩效指标完成情况", cols));
        t.addCell(label("一级指标", 1, 2));
        t.addCell(label("二级指标", 1, 2));
        t.addCell(label("三级指标", 1, 2));
        t.addCell(label("指标说明", 1, 2));
        t.addCell(label("预期指标值", 2, 1));
        t.addCell(label("单位（文字描述）", 1, 2));
        t.addCell(label("单项指标实际完成值", 1, 2));
        t.addCell(label("单项指标完成情况", 1, 2));
        t.addCell(label("自评得分", 3, 1));
        if (deviation) {
            t.addCell(label("偏差原因分析及改进措施", 1, 2));
        }
        t.addCell(label("符号", 1, 1));
        t.addCell(label("值", 1, 1));
        boolean weighted = presentation == Presentation.WEIGHTED;
        t.addCell(label(weighted ? "单项指标得分" : "得分系数(%)", 1, 1));
        t.addCell(label(weighted ? "权重占比(%)" : "分值", 1, 1));
        t.addCell(label(weighted ? "单项指标折算得分" : "得分", 1, 1));
        t.setHeaderRows(3);

        List<IndicatorScore> scores = card.indicators();
        BigDecimal weightSum = card.weightSum();
        for (int r = 0; r < scores.size(); r++) {
            IndicatorScore s = scores.get(r);
            Indicator ind = s.indicator();
            String path = "indicators[" + s.index() + "]";
            if (r == 0 || breaks.contains(r) || !same(scores.get(r - 1).indicator().level1(), ind.level1())) {
                int span = 1;
                while (r + span < scores.size() && !breaks.contains(r + span)
                        && same(scores.get(r + span).indicator().level1(), ind.level1())) {
                    span++;
                }
                t.addCell(value(ind.level1(), 1, span, path + ".level1"));
            }
            if (r == 0 || breaks.contains(r) || !same(scores.get(r - 1).indicator().level1(), ind.level1())
                    || !same(scores.get(r - 1).indicator().level2(), ind.level2())) {
                int span = 1;
                while (r + span < scores.size() && !breaks.contains(r + span)
                        && same(scores.get(r + span).indicator().level1(), ind.level1())
                        && same(scores.get(r + span).indicator().level2(), ind.level2())) {
                    span++;
                }
                t.addCell(value(ind.level2(), 1, span, path + ".level2"));
            }
            t.addCell(value(ind.name(), 1, 1, path + ".name"));
            t.addCell(value(ind.description().orElse(""), 1, 1, path + ".description"));
            t.addCell(value(ind.comparison().map(c -> c.symbol()).orElse(""), 1, 1, path + ".comparison"));
            t.addCell(value(ind.expected().orElse(""), 1, 1, path + ".expected"));
            t.addCell(value(ind.unit().orElse(""), 1, 1, path + ".unit"));
            t.addCell(value(ind.actual().orElse(""), 1, 1, path + ".actual"));
            t.addCell(value(grade(s), 1, 1, path + ".grade"));
            t.addCell(value(withDeclared(s.score(), ind.score()), 1, 1, path + ".score"));
            t.addCell(value(s.weight().map(ReportRenderer::plain).orElse(""), 1, 1, path + ".weight"));
            t.addCell(value(withDeclared(s.weightedScore(), ind.weightedScore()), 1, 1, path + ".weightedScore"));
            if (deviation) {
                String text = ind.deviationReason().orElse("")
                        + (ind.deviationReason().isPresent() && ind.improvement().isPresent() ? "\n" : "")
                        + ind.improvement().orElse("");
                t.addCell(cell(text, FontRole.BODY, Element.ALIGN_LEFT, 1, 1, path + ".deviationReason"));
            }
        }
        // Totals: 自评得分 with the weights' sum and the total; then who filled the form in.
        t.addCell(label("自评得分", cols - (deviation ? 4 : 3), 1));
        t.addCell(value("", 1, 1, "total"));
        t.addCell(value(plain(weightSum), 1, 1, "weights"));
        t.addCell(value(withDeclared(card.totalScore(), report.declaredTotalScore()), 1, 1,
                "declaredTotalScore"));
        if (deviation) {
            t.addCell(value("", 1, 1, "total"));
        }
        int half = cols / 2;
        t.addCell(cell("填报人：" + report.preparer().orElse(""), FontRole.BODY, Element.ALIGN_LEFT, half, 1,
                "preparer"));
        t.addCell(cell("联系电话：" + report.phone().orElse(""), FontRole.BODY, Element.ALIGN_LEFT, cols - half, 1,
                "phone"));
        return t;
    }

    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static String grade(IndicatorScore s) {
        Optional<String> declared = s.indicator().grade().map(g -> g.label());
        if (declared.isPresent()) {
            String computed = s.grade().label();
            return declared.get().equals(computed) ? computed : computed + "（填报：" + declared.get() + "）";
        }
        // 预算执行率 has no grade on the form; other rows show the grade of the computed score.
        return s.source() == IndicatorScore.ScoreSource.BUDGET_EXECUTION ? "" : s.grade().label();
    }

    /** The computed value, and the declared one beside it when they differ. */
    private static String withDeclared(BigDecimal computed, Optional<BigDecimal> declared) {
        String c = plain(computed);
        if (declared.isPresent() && declared.get().compareTo(computed) != 0) {
            return c + "（填报：" + plain(declared.get()) + "）";
        }
        return c;
    }

    private void notes() {
        List<String> notes = report.notes();
        if (notes.isEmpty()) {
            return;
        }
        float size = style.tableFontSize();
        float leading = size * 1.6f;
        Paragraph head = paragraph("说明：", FontRole.HEADING, size, Element.ALIGN_LEFT, 0, leading, "notes");
        head.setSpacingBefore(size * 0.5f);
        for (int i = 0; i < notes.size(); i++) {
            String n = notes.get(i);
            Paragraph p = paragraph(NUMBERED.matcher(n).matches() ? n : (i + 1) + ". " + n, FontRole.BODY, size,
                    Element.ALIGN_JUSTIFIED, 0, leading, "notes[" + i + "]");
            p.setIndentationLeft(size);
        }
    }

    // ---- audit appendix -----------------------------------------------------------------------

    private void auditAppendix() {
        document.newPage();
        Locale locale = options.locale();
        paragraph("附件：审核意见", FontRole.HEADING, style.headingSize(), Element.ALIGN_LEFT, 0, style.bodyLeading(),
                "audit title");
        List<Finding> findings = card.findings();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        String summary = "评分规则：" + card.packId() + "；自评得分（按规则计算）" + plain(card.totalScore())
                + "，未取整 " + plain(card.rawTotalScore()) + "；结果等级：" + card.grade().label()
                + "；审核发现 " + findings.size() + " 项（错误 " + errors + "，警告 " + warnings + "，提示 " + infos + "）。";
        body(summary, "audit summary");
        if (findings.isEmpty()) {
            return;
        }
        PdfPTable t = table(0.6f, 0.8f, 3.4f, 5.0f, 1.4f, 1.4f);
        t.setSpacingBefore(style.tableFontSize());
        for (String h : new String[] {"序号", "级别", "位置", "说明", "填报值", "计算值"}) {
            t.addCell(label(h, 1, 1));
        }
        t.setHeaderRows(1);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String path = "findings[" + i + "]";
            t.addCell(value(Integer.toString(i + 1), 1, 1, path));
            t.addCell(value(severity(f.severity()), 1, 1, path + ".severity"));
            t.addCell(cell(f.path(), FontRole.BODY, Element.ALIGN_LEFT, 1, 1, path + ".path"));
            t.addCell(cell(f.message(locale) + "（" + f.code().name() + "）", FontRole.BODY, Element.ALIGN_LEFT, 1, 1,
                    path + ".message"));
            t.addCell(value(f.declared().orElse(""), 1, 1, path + ".declared"));
            t.addCell(value(f.computed().orElse(""), 1, 1, path + ".computed"));
        }
        document.add(t);
    }

    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    // ---- numbers ------------------------------------------------------------------------------

    /** A number as people write it: no exponent, no trailing zeros (18.0 → 18, 3746.68 → 3746.68). */
    static String plain(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }

    private static String money(Optional<BigDecimal> v) {
        return v.map(ReportRenderer::plain).orElse("");
    }

    private static String percent(Percent p) {
        return plain(p.points()) + "%";
    }
}
