package io.github.selfeval.export.markdown.internal;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.DocumentExporter;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormDescriptions;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.GoalsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Label;
import io.github.selfeval.model.form.ReportText;
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.model.form.TextBlock;
import io.github.selfeval.scoring.BudgetScore;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a scored report as one CommonMark document with GitHub tables, laid out from the report's
 * {@link FormDescription}: the cover, sections 一 to 五 (left out for a report without narrative), the
 * 自评表 (header fields, the money block, goals, the indicator table with exactly the form's columns, the
 * total row, text blocks, signature, notes), and the audit findings.
 *
 * <p>Labels come from the form description and numbers print through {@link FormNumbers}, as in the PDF:
 * a computed value with the declared one beside it where they differ ({@code 91.02（填报：91）}), a
 * computed value for a blank marked {@code （计算）}. The worked example of {@code docs/writing-an-exporter.md}.
 * Stateless, so one instance serves concurrent exports. The document is built in memory (reports are small)
 * and written in one go, so a failing stream fails before anything half-formatted could be left in a buffer
 * of ours.
 */
public final class MarkdownExporter extends DocumentExporter {

    /** The format id. */
    public static final String ID = "markdown";
    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public MarkdownExporter() {
        super(ID, "text/markdown", "md", "Markdown (CommonMark with tables): the whole report, scores declared and"
                + " computed, findings");
    }

    @Override
    protected byte[] render(ScoreCard card, ExportOptions options) {
        return markdown(card, options).getBytes(StandardCharsets.UTF_8);
    }

    private static String markdown(ScoreCard card, ExportOptions options) {
        SelfEvaluation r = card.report();
        FormDescription form = FormDescriptions.standard().forReport(r);
        ReportText text = form.report();
        Presentation presentation = options.presentation().orElse(card.presentation());
        Markdown md = new Markdown();
        // The only time-dependent byte of the document; deterministic mode fixes it (ExportOptions.FIXED_TIME).
        md.raw("<!-- selfeval markdown export, created " + options.effectiveCreationTime() + " -->").end();

        cover(md, r, card, text);
        // A report without narrative (a project form transcribed as filed) is the form alone.
        boolean narrative = !r.narrative().equals(Narrative.empty());
        if (narrative) {
            narrative(md, r, text);
        }
        md.heading(2, String.join("", form.titleLines(r)));
        header(md, r, form);
        funds(md, card, form);
        form.goals().ifPresent(g -> goals(md, r, g));
        indicators(md, card, form, presentation);
        if (!r.notes().isEmpty()) {
            form.notes().ifPresent(l -> md.heading(3, bare(l.text())));
            md.numbered(r.notes());
        }
        if (narrative) {
            md.heading(2, text.problems());
            r.narrative().problems().forEach(md::paragraph);
            md.heading(2, text.suggestions()).numbered(r.narrative().suggestions());
        }
        if (options.includeAudit()) {
            findings(md, card, options);
        }
        return md.toString();
    }

    /** A label of the form as a Markdown label: escaped (a user's form description may hold anything). */
    private static String label(Label l) {
        return label(l.text());
    }

    /** A label, escaped, without its trailing colon (a field adds one): 填报人： → 填报人. */
    private static String label(String text) {
        return Markdown.inline(bare(text));
    }

    /** A label without its trailing colon, for a heading (which escapes its text itself). */
    private static String bare(String text) {
        String t = text.strip();
        while (t.endsWith("：") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static void cover(Markdown md, SelfEvaluation r, ScoreCard card, ReportText text) {
        Cover c = r.cover();
        String title = c.titleLines().isEmpty() ? text.documentTitle(r) : String.join("", c.titleLines());
        md.heading(1, title);
        md.field("年度", Integer.toString(c.year()));
        md.field(label(text.department()), c.department());
        c.preparingUnit().ifPresent(v -> md.field(label(text.preparingUnit()), v));
        c.date().ifPresent(v -> md.field("日期", FormNumbers.date(v)));
        md.field("评分规则", card.packId() + "（舍入：" + card.rounding().name() + "）");
        md.end();
    }

    private static void narrative(Markdown md, SelfEvaluation r, ReportText text) {
        Narrative n = r.narrative();
        md.heading(2, text.overview());
        n.overview().paragraphs().forEach(md::paragraph);
        md.heading(2, text.goalsAndIndicators());
        n.goalsAndIndicators().forEach(md::paragraph);
        md.heading(2, text.performanceAnalysis());
        int i = 0;
        for (Section s : n.performanceAnalysis()) {
            md.heading(3, "（" + FormNumbers.chinese(++i) + "）" + s.title());
            s.paragraphs().forEach(md::paragraph);
        }
    }

    private static void header(Markdown md, SelfEvaluation r, FormDescription form) {
        form.header().section().ifPresent(s -> md.heading(3, bare(s.text())));
        for (HeaderField f : form.header().fields()) {
            md.field(label(f.label()), headerValue(r, f.field()));
        }
        md.end();
    }

    private static String headerValue(SelfEvaluation r, HeaderField.Field field) {
        return field.valueIn(r).orElse("");
    }

    /**
     * The money block as one table: a row per source (the total first), a column per money column of the
     * form, and on the total row the block's 分值 · 执行率 · 得分 where the form prints them (others print
     * the form's not-applicable mark). A grouped block's 预算执行进度 follows as a field.
     */
    private static void funds(Markdown md, ScoreCard card, FormDescription form) {
        SelfEvaluation r = card.report();
        FundsBlock funds = form.funds();
        BudgetExecution b = r.budget();
        String unit = r.moneyUnit().label();
        funds.sectionText(unit, b.points()).ifPresent(s -> md.heading(3, s));
        boolean grouped = funds.layout() == FundsBlock.Layout.GROUPED;
        List<FundsBlock.Column> columns = grouped
                ? funds.columns().stream().filter(c -> c.field().isMoney()).toList() : funds.columns();
        List<String> head = new ArrayList<>();
        head.add(Markdown.inline(funds.cornerText(unit).orElse("")));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        for (FundsBlock.Column c : columns) {
            head.add(label(grouped ? c.totalLabel().orElse(c.label()) : c.label()));
            numeric.add(c.field() != FundsBlock.Column.Field.EXPLANATION);
        }
        md.tableHeader(head, numeric);
        Optional<BudgetScore> score = card.budgetScore();
        for (FundsBlock.Row row : funds.rows()) {
            boolean total = row.field() == FundsBlock.Row.Field.TOTAL;
            List<String> cells = new ArrayList<>(List.of(row.label().text()));
            for (FundsBlock.Column c : columns) {
                if (c.field().isMoney()) {
                    cells.add(money(r, c.field(), row));
                } else if (!total) {
                    cells.add(funds.notApplicable());
                } else {
                    cells.add(switch (c.field()) {
                        case POINTS -> FormNumbers.plain(b.points());
                        case RATE -> rate(funds, score.flatMap(BudgetScore::rate).or(card::budgetExecutionRate),
                                b.declaredExecutionRate());
                        case SCORE -> FormNumbers.shown(score.map(BudgetScore::score), b.declaredScore());
                        case EXPLANATION -> b.explanation().orElse("");
                        default -> "";
                    });
                }
            }
            md.tableRow(cells);
        }
        md.end();
        if (grouped) {
            funds.rate().ifPresent(l -> md.field(label(l),
                    rate(funds, card.budgetExecutionRate(), b.declaredExecutionRate())).end());
        }
    }

    private static String money(SelfEvaluation r, FundsBlock.Column.Field column, FundsBlock.Row row) {
        return FormNumbers.plain(FundsBlock.amount(r.budget(), column, row));
    }

    /** A rate as the block prints it: the computed one, the declared beside it, marked where it fills a blank. */
    private static String rate(FundsBlock funds, Optional<Percent> computed, Optional<Percent> declared) {
        if (computed.isEmpty()) {
            return declared.map(funds::rateText).orElse("");
        }
        String c = funds.rateText(computed.get());
        if (declared.isEmpty()) {
            return c + FormNumbers.computedNote();
        }
        return declared.get().points().compareTo(computed.get().points()) != 0
                ? c + FormNumbers.declaredNote(funds.rateText(declared.get())) : c;
    }

    private static void goals(Markdown md, SelfEvaluation r, GoalsBlock block) {
        md.heading(3, bare(block.section().text()));
        List<Goal> items = r.goals().items();
        if (!items.isEmpty()) {
            md.tableHeader(List.of(label(block.target()), label(block.completion())), List.of(false, false));
            int i = 0;
            for (Goal g : items) {
                int n = ++i;
                md.tableRow(List.of(g.target().map(t -> block.target(n, t)).orElse(""),
                        g.completion().map(t -> block.completion(n, t)).orElse("")));
            }
            md.end();
        }
        if (block.layout() == GoalsBlock.Layout.LIST && block.overall().isPresent()) {
            md.field(label(block.overall().get()),
                    FormNumbers.plain(r.goals().declaredOverallCompletion().map(Percent::points))).end();
        }
    }

    /** The indicator table's columns: the description's, an optional one only when some row fills it. */
    static List<IndicatorTable.Column> columns(SelfEvaluation r, IndicatorTable table) {
        return table.columns().stream().filter(c -> !c.optional() || r.indicators().stream()
                .anyMatch(i -> !cell(table, c.field(), i, Optional.empty()).isEmpty())).toList();
    }

    /** The column labels of the indicator table: a grouped column says its group, 预期指标值（符号）. */
    static List<String> indicatorHeader(SelfEvaluation r, IndicatorTable table, Presentation p) {
        boolean points = p == Presentation.POINTS;
        return columns(r, table).stream().map(c -> label(c.group()
                .map(g -> g.text() + "（" + c.label(points).text() + "）").orElse(c.label(points).text()))).toList();
    }

    private static void indicators(Markdown md, ScoreCard card, FormDescription form, Presentation p) {
        SelfEvaluation r = card.report();
        IndicatorTable table = form.indicators();
        md.heading(3, bare(table.section().text()));
        List<IndicatorTable.Column> columns = columns(r, table);
        List<Boolean> numeric = columns.stream().map(c -> isScore(c.field())).toList();
        md.tableHeader(indicatorHeader(r, table, p), numeric);
        for (IndicatorScore s : card.indicators()) {
            List<String> row = new ArrayList<>();
            for (IndicatorTable.Column c : columns) {
                row.add(cell(table, c.field(), s.indicator(), Optional.of(s)));
                if (c.field() == IndicatorTable.Column.Field.LEVEL1) {
                    int at = row.size() - 1;
                    row.set(at, table.blockLabel(row.get(at), r.blocks().stream()
                            .filter(b -> b.level1().isPresent() && b.contains(s.indicator()))
                            .map(b -> b.points()).findFirst()));
                } else if (c.field() == IndicatorTable.Column.Field.GOAL_BLOCK) {
                    int at = row.size() - 1;
                    row.set(at, table.goalBlockLabel(row.get(at), r.blocks().stream()
                            .filter(b -> b.level1().isEmpty() && b.goalBlock().isPresent() && b.contains(s.indicator()))
                            .map(b -> b.points()).findFirst()));
                }
            }
            md.tableRow(row);
        }
        // The total row: the label, then under the scores the weights' sum and the card's total.
        List<String> total = new ArrayList<>();
        boolean labelled = false;
        for (IndicatorTable.Column c : columns) {
            switch (c.field()) {
                case WEIGHT -> total.add(FormNumbers.withDeclared(Optional.of(card.weightSum()), r.declaredMaxScore()));
                case WEIGHTED_SCORE -> total.add(FormNumbers.shown(Optional.of(card.totalScore()),
                        r.declaredTotalScore()));
                default -> total.add(labelled ? "" : form.total().label().text());
            }
            labelled = true;
        }
        md.tableRow(total);
        md.end();
        md.field("等级", card.grade().label());
        for (TextBlock b : form.texts()) {
            md.field(label(b.label()), formText(r, b.field()).orElse(""));
        }
        for (Signature f : form.signature()) {
            md.field(label(f.label()), signature(r, f.field()));
        }
        md.end();
    }

    private static boolean isScore(IndicatorTable.Column.Field f) {
        return f == IndicatorTable.Column.Field.SCORE || f == IndicatorTable.Column.Field.WEIGHT
                || f == IndicatorTable.Column.Field.WEIGHTED_SCORE;
    }

    /**
     * A row's cell: as declared; a score column shows the card's value, the declared one beside it where
     * they differ, marked where it fills a blank. Without a score, what the row declares.
     */
    private static String cell(IndicatorTable table, IndicatorTable.Column.Field field, Indicator i,
            Optional<IndicatorScore> s) {
        return switch (field) {
            case GOAL_BLOCK -> i.goalBlock().orElse("");
            case LEVEL1 -> i.level1();
            case LEVEL2 -> i.level2();
            case NAME -> i.name();
            case DESCRIPTION -> i.description().orElse("");
            case COMPARISON -> i.comparison().map(c -> c.symbol()).orElse("");
            case EXPECTED -> i.comparison().isPresent() && table.column(IndicatorTable.Column.Field.COMPARISON).isEmpty()
                    && !i.expected().orElse("").startsWith(i.comparison().get().symbol())
                    ? i.comparison().get().symbol() + i.expected().orElse("") : i.expected().orElse("");
            case UNIT -> i.unit().orElse("");
            case ACTUAL -> i.actual().orElse("");
            case GRADE -> s.map(MarkdownExporter::grade).orElse(i.grade().map(g -> g.label()).orElse(""));
            case SCORE -> s.map(x -> FormNumbers.shown(Optional.of(x.score()), i.score())).orElse(FormNumbers.plain(i.score()));
            case WEIGHT -> FormNumbers.plain(s.flatMap(IndicatorScore::weight).or(i::weight));
            case WEIGHTED_SCORE -> s.map(x -> FormNumbers.shown(Optional.of(x.weightedScore()), i.weightedScore()))
                    .orElse(FormNumbers.plain(i.weightedScore()));
            case DEVIATION_REASON -> table.deviationText(i.deviationReason(),
                    table.column(IndicatorTable.Column.Field.IMPROVEMENT).isPresent() ? Optional.empty()
                            : i.improvement()).orElse("");
            case IMPROVEMENT -> i.improvement().orElse("");
            case SCORING_METHOD -> i.scoringMethod().orElse("");
            case SCORING_NOTE -> i.scoringNote().orElse("");
            case NATURE -> i.nature().map(n -> n.label()).orElse("");
            case CORE -> i.core() ? "√" : "";
        };
    }

    /** The computed grade, the declared one beside it where they differ, marked where it fills a blank. */
    private static String grade(IndicatorScore s) {
        Optional<String> declared = s.indicator().grade().map(g -> g.label());
        String computed = s.grade().label();
        if (declared.isPresent()) {
            return declared.get().equals(computed) ? computed : computed + FormNumbers.declaredNote(declared.get());
        }
        return s.source() == IndicatorScore.ScoreSource.BUDGET_EXECUTION ? "" : computed + FormNumbers.computedNote();
    }

    private static Optional<String> formText(SelfEvaluation r, TextBlock.Field field) {
        return field.valueIn(r.texts());
    }

    private static String signature(SelfEvaluation r, Signature.Field field) {
        return field.valueIn(r).orElse("");
    }

    private static void findings(Markdown md, ScoreCard card, ExportOptions options) {
        md.heading(2, "审核发现");
        md.paragraph("自评得分（按规则计算）" + FormNumbers.plain(card.totalScore()) + "，未舍入 "
                + FormNumbers.plain(card.rawTotalScore()) + "；结果等级：" + card.grade().label() + "。");
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
}
