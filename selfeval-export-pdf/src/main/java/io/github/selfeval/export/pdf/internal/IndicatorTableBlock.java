package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.pdf.PdfPTable;
import io.github.selfeval.model.BlockPoints;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.IndicatorTable.Column;
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.model.form.TextBlock;
import io.github.selfeval.scoring.IndicatorScore;
import io.github.selfeval.scoring.Presentation;
import io.github.selfeval.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The indicator table with exactly the description's columns (an optional one only when some row fills
 * it), goal-block, 一级 and 二级 cells merged with their printed points, the total row, the form's text
 * blocks and its signature row.
 *
 * <p>A table that fits on one page is kept on one page. A longer one breaks between rows, repeating its
 * header rows; and because OpenPDF leaves a merged cell blank where it continues on the next page, the
 * rows are first laid out to find where the pages will break, and merged cells are cut there, so that
 * every page names the goal block, 一级 and 二级 of its rows.
 */
final class IndicatorTableBlock {

    private final PdfLayout layout;
    private final ScoreCard card;
    private final SelfEvaluation report;
    private final FormDescription form;
    private final IndicatorTable table;
    private final boolean points;
    private final List<Column> columns;

    IndicatorTableBlock(PdfLayout layout, ScoreCard card, FormDescription form, Presentation presentation) {
        this.layout = layout;
        this.card = card;
        this.report = card.report();
        this.form = form;
        this.table = form.indicators();
        this.points = presentation == Presentation.POINTS;
        this.columns = table.columns().stream().filter(c -> !c.optional() || filled(c.field())).toList();
    }

    /** Whether some row fills a column: an optional column is printed only then. */
    private boolean filled(Column.Field field) {
        return report.indicators().stream().anyMatch(i -> switch (field) {
            case GOAL_BLOCK -> i.goalBlock().isPresent();
            case DESCRIPTION -> i.description().isPresent();
            case COMPARISON -> i.comparison().isPresent();
            case EXPECTED -> i.expected().isPresent();
            case UNIT -> i.unit().isPresent();
            case ACTUAL -> i.actual().isPresent();
            case GRADE -> i.grade().isPresent();
            case SCORE -> i.score().isPresent();
            case WEIGHT -> i.weight().isPresent();
            case WEIGHTED_SCORE -> i.weightedScore().isPresent();
            case DEVIATION_REASON -> i.deviationReason().isPresent() || i.improvement().isPresent()
                    && table.column(Column.Field.IMPROVEMENT).isEmpty();
            case IMPROVEMENT -> i.improvement().isPresent();
            case SCORING_METHOD -> i.scoringMethod().isPresent();
            case SCORING_NOTE -> i.scoringNote().isPresent();
            case NATURE -> i.nature().isPresent();
            case CORE -> i.core();
            case LEVEL1, LEVEL2, NAME -> true;
        });
    }

    /**
     * A column's relative width. The seed's department form packs twelve or thirteen narrow columns; a
     * project form has eight or so, and gives the 三级 name and the score columns (which may carry a
     * declared value beside the computed one) the room they need.
     */
    private static float width(Column.Field field, boolean compact) {
        if (compact) {
            return switch (field) {
                case GOAL_BLOCK -> 1.8f;
                case LEVEL1 -> 1.5f;
                case LEVEL2 -> 1.7f;
                case NAME, DESCRIPTION -> 2.2f;
                case COMPARISON, CORE -> 0.8f;
                case EXPECTED -> 1.3f;
                case UNIT -> 1.7f;
                case ACTUAL -> 1.9f;
                case GRADE, NATURE -> 1.1f;
                case SCORE, WEIGHT -> 1.2f;
                case WEIGHTED_SCORE -> 1.3f;
                case DEVIATION_REASON, IMPROVEMENT, SCORING_METHOD, SCORING_NOTE -> 3.2f;
            };
        }
        return switch (field) {
            case GOAL_BLOCK -> 1.7f;
            case LEVEL1 -> 1.5f;
            case LEVEL2 -> 1.7f;
            case NAME -> 3.2f;
            case DESCRIPTION -> 2.4f;
            case COMPARISON, CORE, NATURE -> 0.9f;
            case EXPECTED, ACTUAL -> 1.5f;
            case UNIT -> 1.0f;
            case GRADE -> 1.2f;
            case WEIGHT -> 1.0f;
            case SCORE, WEIGHTED_SCORE -> 1.8f;
            case DEVIATION_REASON, IMPROVEMENT, SCORING_METHOD, SCORING_NOTE -> 3.4f;
        };
    }

    void render() {
        // The width exactly as OpenPDF computes it for a table at 100 % of the column. The table is measured
        // at it and left unlocked: OpenPDF then finds the width unchanged and keeps the rows it measured,
        // where a locked table has every row laid out again when it is added.
        float width = (layout.document.right() - layout.document.left()) * 100f / 100f;
        float fullPage = layout.document.top() - layout.document.bottom();
        float here = layout.writer.getVerticalPosition(true) - layout.document.bottom();
        Set<Integer> breaks = Set.of();
        PdfPTable t = build(breaks);
        for (int pass = 0; pass < 3; pass++) {
            t.setTotalWidth(width);
            if (t.getTotalHeight() <= fullPage) {
                t.setKeepTogether(true);
                break;
            }
            Set<Integer> next = pageBreaks(t, here, fullPage);
            if (next.equals(breaks)) {
                break;
            }
            breaks = next;
            t = build(breaks);
        }
        layout.document.add(t);
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

    private PdfPTable build(Set<Integer> breaks) {
        // The seed's grouped layout keeps the widths it has always had.
        boolean compact = form.funds().layout() == FundsBlock.Layout.GROUPED;
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(columns.get(i).field(), compact);
        }
        int cols = widths.length;
        PdfPTable t = PdfLayout.table(widths);
        t.addCell(layout.sectionRow(table.section().text(), cols));
        headerRows(t);

        List<IndicatorScore> scores = card.indicators();
        Function<Indicator, String> goal = i -> i.goalBlock().map(String::strip).orElse("");
        Function<Indicator, String> level1 = i -> goal.apply(i) + '\u0000' + i.level1().strip();
        Function<Indicator, String> level2 = i -> level1.apply(i) + '\u0000' + i.level2().strip();
        for (int r = 0; r < scores.size(); r++) {
            IndicatorScore s = scores.get(r);
            Indicator ind = s.indicator();
            String path = "indicators[" + s.index() + "]";
            for (Column c : columns) {
                switch (c.field()) {
                    case GOAL_BLOCK -> merged(t, scores, breaks, r, goal, () -> table.goalBlockLabel(
                            ind.goalBlock().orElse(""), goalPoints(ind)), path + ".goalBlock");
                    case LEVEL1 -> merged(t, scores, breaks, r, level1, () -> table.blockLabel(ind.level1(),
                            level1Points(ind)), path + ".level1");
                    case LEVEL2 -> merged(t, scores, breaks, r, level2, ind::level2, path + ".level2");
                    case DEVIATION_REASON, IMPROVEMENT, SCORING_METHOD, SCORING_NOTE ->
                            t.addCell(layout.text(cell(c.field(), s), 1, 1, path + "." + c.field().id()));
                    default -> t.addCell(layout.value(cell(c.field(), s), 1, 1, path + "." + c.field().id()));
                }
            }
        }
        totalRow(t, cols);
        for (TextBlock b : form.texts()) {
            int labelSpan = Math.min(2, cols - 1);
            t.addCell(layout.label(b.label().text(), labelSpan, 1));
            t.addCell(layout.text(FormValues.text(report, b.field()).orElse(""), cols - labelSpan, 1,
                    "texts." + b.field().id()));
        }
        List<Signature> signature = form.signature();
        for (int i = 0, used = 0; i < signature.size(); i++) {
            Signature f = signature.get(i);
            int span = i + 1 == signature.size() ? cols - used : Math.max(1, cols / signature.size());
            used += span;
            t.addCell(layout.text(f.label().text() + FormValues.signature(report, f.field()), span, 1,
                    f.field().id()));
        }
        return t;
    }

    /** The column labels: one row, or two where columns sit under a group heading (预期指标值 over 符号 · 值). */
    private void headerRows(PdfPTable t) {
        boolean groups = columns.stream().anyMatch(c -> c.group().isPresent());
        if (!groups) {
            for (Column c : columns) {
                t.addCell(layout.label(c.label(points).text(), 1, 1));
            }
            t.setHeaderRows(2);
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.group().isEmpty()) {
                t.addCell(layout.label(c.label(points).text(), 1, 2));
                continue;
            }
            int span = 1;
            while (i + span < columns.size() && c.group().equals(columns.get(i + span).group())) {
                span++;
            }
            t.addCell(layout.label(c.group().get().text(), span, 1));
            i += span - 1;
        }
        for (Column c : columns) {
            if (c.group().isPresent()) {
                t.addCell(layout.label(c.label(points).text(), 1, 1));
            }
        }
        t.setHeaderRows(3);
    }

    /** A merged cell: written on the first row of a run of rows with the same key, cut at page breaks. */
    private void merged(PdfPTable t, List<IndicatorScore> scores, Set<Integer> breaks, int r,
            Function<Indicator, String> key, java.util.function.Supplier<String> text, String path) {
        String k = key.apply(scores.get(r).indicator());
        if (r > 0 && !breaks.contains(r) && key.apply(scores.get(r - 1).indicator()).equals(k)) {
            return;
        }
        int span = 1;
        while (r + span < scores.size() && !breaks.contains(r + span)
                && key.apply(scores.get(r + span).indicator()).equals(k)) {
            span++;
        }
        t.addCell(layout.value(text.get(), 1, span, path));
    }

    private Optional<BigDecimal> goalPoints(Indicator row) {
        return report.blocks().stream()
                .filter(b -> b.level1().isEmpty() && b.goalBlock().isPresent() && b.contains(row))
                .map(BlockPoints::points).findFirst();
    }

    private Optional<BigDecimal> level1Points(Indicator row) {
        return report.blocks().stream().filter(b -> b.level1().isPresent() && b.contains(row))
                .map(BlockPoints::points).findFirst();
    }

    /** A row's cell: as declared, with the card's computed score beside a declared one that differs. */
    private String cell(Column.Field field, IndicatorScore s) {
        Indicator i = s.indicator();
        return switch (field) {
            case NAME -> i.name();
            case DESCRIPTION -> i.description().orElse("");
            case COMPARISON -> i.comparison().map(c -> c.symbol()).orElse("");
            case EXPECTED -> expected(i);
            case UNIT -> i.unit().orElse("");
            case ACTUAL -> i.actual().orElse("");
            case GRADE -> FormValues.grade(s);
            case SCORE -> FormNumbers.shown(Optional.of(s.score()), i.score());
            case WEIGHT -> FormNumbers.plain(s.weight());
            case WEIGHTED_SCORE -> FormNumbers.shown(Optional.of(s.weightedScore()), i.weightedScore());
            case DEVIATION_REASON -> table.deviationText(i.deviationReason(),
                    table.column(Column.Field.IMPROVEMENT).isPresent() ? Optional.empty() : i.improvement())
                    .orElse("");
            case IMPROVEMENT -> i.improvement().orElse("");
            case SCORING_METHOD -> i.scoringMethod().orElse("");
            case SCORING_NOTE -> i.scoringNote().orElse("");
            case NATURE -> i.nature().map(n -> n.label()).orElse("");
            // No standard form prints 是否核心指标; a description that does gets the mark a form uses.
            case CORE -> i.core() ? "√" : "";
            case GOAL_BLOCK, LEVEL1, LEVEL2 -> throw new IllegalStateException(field + " is a merged cell");
        };
    }

    /** 年度指标值 as written; where the form has no 符号 column, a symbol kept apart is put back in front. */
    private String expected(Indicator i) {
        String v = i.expected().orElse("");
        if (i.comparison().isPresent() && table.column(Column.Field.COMPARISON).isEmpty()) {
            String symbol = i.comparison().get().symbol();
            return v.startsWith(symbol) ? v : symbol + v;
        }
        return v;
    }

    /**
     * 自评得分 / 总分: the label across the columns before the scores, then the weights' sum (beside the
     * declared 满分 where it differs) and the card's total (beside the declared one where it differs).
     */
    private void totalRow(PdfPTable t, int cols) {
        int first = 0;
        while (first < cols && !isScoreColumn(columns.get(first).field())) {
            first++;
        }
        int span = Math.max(1, Math.min(first, cols));
        t.addCell(layout.label(form.total().label().text(), span, 1));
        for (int i = span; i < cols; i++) {
            Column.Field f = columns.get(i).field();
            String v = switch (f) {
                case WEIGHT -> FormNumbers.withDeclared(Optional.of(card.weightSum()), report.declaredMaxScore());
                case WEIGHTED_SCORE -> FormNumbers.shown(Optional.of(card.totalScore()), report.declaredTotalScore());
                default -> "";
            };
            t.addCell(layout.value(v, 1, 1, f == Column.Field.WEIGHT ? "weights"
                    : f == Column.Field.WEIGHTED_SCORE ? "declaredTotalScore" : "total"));
        }
    }

    private static boolean isScoreColumn(Column.Field f) {
        return f == Column.Field.SCORE || f == Column.Field.WEIGHT || f == Column.Field.WEIGHTED_SCORE;
    }
}
