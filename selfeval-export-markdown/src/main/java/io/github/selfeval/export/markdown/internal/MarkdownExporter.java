package io.github.selfeval.export.markdown.internal;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a scored report as one CommonMark document with GitHub tables: the cover, sections 一 to 五,
 * the 自评表 (budget, goals, and the indicator table with declared next to computed scores), the
 * total, and the audit findings.
 *
 * <p>The worked example of {@code docs/writing-an-exporter.md}. Stateless, so one instance serves
 * concurrent exports. The document is built in memory (reports are small) and written in one go, so
 * a failing stream fails before anything half-formatted could be left in a buffer of ours.
 */
public final class MarkdownExporter implements ReportExporter {

    /** The format id. */
    public static final String ID = "markdown";

    private static final String DASH = "—";

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public MarkdownExporter() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String description() {
        return "Markdown (CommonMark with tables): the whole report, scores declared and computed, findings";
    }

    @Override
    public void export(ScoreCard card, OutputStream out, ExportOptions options) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        byte[] document;
        try {
            document = render(card, options).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw ExportException.of(this, e);
        }
        try {
            out.write(document);
            out.flush();
        } catch (IOException e) {
            throw new ExportException(ID, getClass().getName(), "cannot write the document: " + e.getMessage(), e);
        }
    }

    private static String render(ScoreCard card, ExportOptions options) {
        SelfEvaluation r = card.report();
        Presentation presentation = options.presentation().orElse(card.presentation());
        Markdown md = new Markdown();
        // The only time-dependent byte of the document; deterministic mode fixes it (ExportOptions.FIXED_TIME).
        md.raw("<!-- selfeval markdown export, created " + options.effectiveCreationTime() + " -->").end();

        cover(md, r, card);
        narrative(md, r);
        md.heading(2, r.kind().label() + "表");
        basics(md, r);
        budget(md, r, card);
        goals(md, r);
        indicators(md, card, presentation);
        total(md, card);
        if (!r.notes().isEmpty()) {
            md.heading(3, "说明").numbered(r.notes());
        }
        md.heading(2, "四、存在问题");
        r.narrative().problems().forEach(md::paragraph);
        md.heading(2, "五、相关建议、改进措施及结果应用").numbered(r.narrative().suggestions());
        if (options.includeAudit()) {
            findings(md, card, options);
        }
        return md.toString();
    }

    private static void cover(Markdown md, SelfEvaluation r, ScoreCard card) {
        Cover c = r.cover();
        String title = c.titleLines().isEmpty()
                ? c.year() + " 年度" + c.department() + r.kind().label() + "报告"
                : String.join("", c.titleLines());
        md.heading(1, title);
        md.field("年度", Integer.toString(c.year()));
        md.field("部门名称", c.department());
        r.project().ifPresent(p -> {
            md.field("项目名称", p.name());
            p.supervisingDepartment().ifPresent(v -> md.field("主管部门", v));
            p.implementingUnit().ifPresent(v -> md.field("实施单位", v));
        });
        c.preparingUnit().ifPresent(v -> md.field("编制单位", v));
        c.date().ifPresent(v -> md.field("日期", v.toString()));
        md.field("评分规则", card.packId() + "（舍入：" + card.rounding().name() + "）");
        md.end();
    }

    private static void narrative(Markdown md, SelfEvaluation r) {
        Narrative n = r.narrative();
        // The seed's headings name the department as a whole; a 项目支出 report is about one project.
        String subject = r.kind() == FormKind.PROJECT ? "项目" : "部门整体";
        md.heading(2, "一、" + subject + "概况");
        n.overview().paragraphs().forEach(md::paragraph);
        md.heading(2, "二、" + subject + "绩效目标和绩效指标设定情况");
        n.goalsAndIndicators().forEach(md::paragraph);
        md.heading(2, "三、绩效实现情况分析");
        int i = 0;
        for (Section s : n.performanceAnalysis()) {
            md.heading(3, "（" + chineseNumber(++i) + "）" + s.title());
            s.paragraphs().forEach(md::paragraph);
        }
    }

    private static void basics(Markdown md, SelfEvaluation r) {
        md.heading(3, "基本情况");
        md.field("实施主管部门", r.implementingDepartment().orElse(DASH));
        md.field("金额单位", r.moneyUnit().label());
        md.end();
    }

    private static void budget(Markdown md, SelfEvaluation r, ScoreCard card) {
        BudgetExecution b = r.budget();
        md.heading(3, "预算执行情况（" + r.moneyUnit().label() + "）");
        md.tableHeader(List.of("项目", "合计", "财政资金", "其他资金"), List.of(false, true, true, true));
        b.initialBudget().ifPresent(f -> md.tableRow(funds("年初预算数", f)));
        md.tableRow(funds("预算数", b.budget()));
        b.received().ifPresent(f -> md.tableRow(funds("到位数", f)));
        md.tableRow(funds("执行数", b.spent()));
        md.end();
        md.field("预算执行进度（填报）", b.declaredExecutionRate().map(Percent::toString).orElse(DASH));
        md.field("预算执行进度（计算）", card.budgetExecutionRate().map(Percent::toString).orElse(DASH));
        md.end();
    }

    private static List<String> funds(String label, Funds f) {
        return List.of(label, number(f.total()), number(f.fiscal()), number(f.other()));
    }

    private static void goals(Markdown md, SelfEvaluation r) {
        md.heading(3, "目标完成情况");
        List<Goal> items = r.goals().items();
        if (!items.isEmpty()) {
            md.tableHeader(List.of("序号", "年度预期目标", "具体完成情况"), List.of(true, false, false));
            int i = 0;
            for (Goal g : items) {
                md.tableRow(List.of(Integer.toString(++i), g.target().orElse(""), g.completion().orElse("")));
            }
            md.end();
        }
        md.field("总体完成率", r.goals().declaredOverallCompletion().map(Percent::toString).orElse(DASH));
        md.end();
    }

    /** The column labels of the indicator table, in {@link #indicatorRow} order. */
    static List<String> indicatorHeader(Presentation p) {
        boolean points = p == Presentation.POINTS;
        return List.of("序号", "一级指标", "二级指标", "三级指标", "预期指标值", "单位", "实际完成值", "完成等级",
                points ? "得分系数（填报）" : "单项得分（填报）", points ? "得分系数（计算）" : "单项得分（计算）",
                points ? "分值" : "权重（%）",
                points ? "得分（填报）" : "折算得分（填报）", points ? "得分（计算）" : "折算得分（计算）");
    }

    private static void indicators(Markdown md, ScoreCard card, Presentation p) {
        md.heading(3, "年度绩效指标完成情况");
        List<Boolean> numeric = new ArrayList<>(List.of(true, false, false, false, false, false, false, false));
        numeric.addAll(List.of(true, true, true, true, true));
        md.tableHeader(indicatorHeader(p), numeric);
        BigDecimal weights = card.weightSum();
        for (IndicatorScore s : card.indicators()) {
            md.tableRow(indicatorRow(s));
        }
        md.tableRow(List.of("合计", "", "", "", "", "", "", "", "", "", weights.toPlainString(),
                number(card.report().declaredTotalScore()), card.totalScore().toPlainString()));
        md.end();
    }

    private static List<String> indicatorRow(IndicatorScore s) {
        Indicator i = s.indicator();
        String expected = i.comparison().map(c -> c.symbol()).orElse("") + i.expected().orElse("");
        return List.of(Integer.toString(s.index() + 1), i.level1(), i.level2(), i.name(), expected,
                i.unit().orElse(""), i.actual().orElse(""), i.grade().map(g -> g.label()).orElse(""),
                number(i.score()), s.score().toPlainString(), number(s.weight()),
                number(i.weightedScore()), s.weightedScore().toPlainString());
    }

    private static void total(Markdown md, ScoreCard card) {
        SelfEvaluation r = card.report();
        md.heading(3, "自评得分");
        md.field("自评得分（填报）", number(r.declaredTotalScore()));
        md.field("自评得分（计算）", card.totalScore().toPlainString() + "（未舍入 " + card.rawTotalScore().toPlainString() + "）");
        md.field("等级", card.grade().label());
        md.field("填报人", r.preparer().orElse(DASH));
        md.field("联系电话", r.phone().orElse(DASH));
        md.end();
    }

    private static void findings(Markdown md, ScoreCard card, ExportOptions options) {
        md.heading(2, "审核发现");
        if (card.findings().isEmpty()) {
            md.paragraph("未发现问题。");
            return;
        }
        md.tableHeader(List.of("代码", "严重程度", "位置", "填报值", "计算值", "说明"),
                List.of(false, false, false, true, true, false));
        for (Finding f : card.findings()) {
            md.tableRow(List.of(f.code().name(), f.severity().name(), f.path(), f.declared().orElse(""),
                    f.computed().orElse(""), f.message(options.locale())));
        }
        md.end();
    }

    private static String number(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    private static String chineseNumber(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        if (n < 100) {
            return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return Integer.toString(n);
    }
}
