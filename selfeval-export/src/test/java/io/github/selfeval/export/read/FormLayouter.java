package io.github.selfeval.export.read;

import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.model.BlockPoints;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.GoalsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Label;
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.model.form.TextBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Lays a report out as a person fills a form description's template, written for the tests and knowing
 * nothing of selfeval's writers: the description's blocks in order, labels as the template or one of its
 * variants prints them (with stray spaces and full- or half-width brackets), label cells merged at random,
 * numbers as number cells, percent cells or text (thousands separators, full-width digits), the whole
 * form at a random place with random blank rows and columns, and optionally cut into several Word tables.
 * It records the cell every value went to, by JSON path.
 */
final class FormLayouter {

    /** Where a value went: the location of the cell a person typed it in. */
    final Map<String, SourceLocation> wrote = new LinkedHashMap<>();

    private final SelfEvaluation r;
    private final FormDescription d;
    private final Random rnd;
    private final TreeMap<Long, FormGrid.Cell> cells = new TreeMap<>();
    private final List<int[]> merges = new ArrayList<>();
    private final Map<String, int[]> paths = new LinkedHashMap<>();
    private final List<Integer> cuts = new ArrayList<>();
    private int row;
    private final int width;

    FormLayouter(SelfEvaluation report, FormDescription form, long seed) {
        this.r = report;
        this.d = form;
        this.rnd = new Random(seed);
        this.width = Math.max(d.funds().columns().size() + 2, columns().size());
    }

    // ------------------------------------------------------------------ cells

    private void put(int lr, int lc, FormGrid.Cell cell) {
        if (!cell.isBlank()) {
            cells.put(key(lr, lc), cell);
        }
    }

    private void text(int lr, int lc, String text) {
        put(lr, lc, FormGrid.Cell.text(text));
    }

    private void value(int lr, int lc, String text, String path) {
        if (text != null && !text.isEmpty()) {
            text(lr, lc, text);
            paths.put(path, new int[] {lr, lc});
        }
    }

    private void merge(int r0, int c0, int r1, int c1) {
        if (r1 > r0 || c1 > c0) {
            merges.add(new int[] {r0, c0, r1, c1});
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | c;
    }

    /** A label as some template prints it: its text or a variant, with stray spaces and other brackets. */
    private String label(Label l) {
        List<String> all = new ArrayList<>();
        all.add(l.text());
        all.addAll(l.variants());
        String t = rnd.nextInt(3) == 0 ? all.get(rnd.nextInt(all.size())) : l.text();
        return decorate(t);
    }

    private String decorate(String t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int k = rnd.nextInt(10);
            char out = switch (c) {
                case '(' -> k < 3 ? '（' : c;
                case ')' -> k < 3 ? '）' : c;
                case '（' -> k < 3 ? '(' : c;
                case '）' -> k < 3 ? ')' : c;
                case '：' -> k < 3 ? ':' : c;
                case ':' -> k < 3 ? '：' : c;
                default -> c;
            };
            b.append(out);
            if (i + 1 < t.length() && rnd.nextInt(12) == 0) {
                b.append(rnd.nextBoolean() ? ' ' : '\u3000');
            }
        }
        return b.toString();
    }

    /** A number as a person types it: a number cell, or text with a thousands separator or full-width digits. */
    private FormGrid.Cell number(BigDecimal v, boolean money) {
        String plain = FormNumbers.plain(v);
        return switch (rnd.nextInt(money ? 4 : 3)) {
            case 0 -> FormGrid.Cell.number(plain, v, false);
            case 1 -> FormGrid.Cell.text(plain);
            case 2 -> FormGrid.Cell.text(fullWidth(plain));
            default -> FormGrid.Cell.text(thousands(plain));
        };
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c);
        }
        return b.toString();
    }

    private static String thousands(String plain) {
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0 && Character.isDigit(whole.charAt(i - 1))) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        return b + frac;
    }

    private void number(int lr, int lc, Optional<BigDecimal> v, String path, boolean money) {
        if (v.isPresent()) {
            put(lr, lc, number(v.get(), money));
            paths.put(path, new int[] {lr, lc});
        }
    }

    /** A rate as the form prints it: a percent cell, {@code 86.19%}, or the bare number of the form's kind. */
    private void rate(int lr, int lc, Optional<Percent> p, String path, boolean ratio) {
        if (p.isEmpty()) {
            return;
        }
        BigDecimal points = p.get().points();
        FormGrid.Cell c = switch (rnd.nextInt(3)) {
            case 0 -> FormGrid.Cell.number(FormNumbers.plain(points) + "%", points.movePointLeft(2), true);
            case 1 -> FormGrid.Cell.text(FormNumbers.plain(points) + (rnd.nextBoolean() ? "%" : "％"));
            default -> FormGrid.Cell.text(ratio ? FormNumbers.plain(points.movePointLeft(2)) : FormNumbers.plain(points));
        };
        put(lr, lc, c);
        paths.put(path, new int[] {lr, lc});
    }

    // ------------------------------------------------------------------ the form

    /** The indicator columns printed: an optional one only when some row fills it. */
    List<IndicatorTable.Column> columns() {
        List<IndicatorTable.Column> out = new ArrayList<>();
        for (IndicatorTable.Column c : d.indicators().columns()) {
            if (!c.optional() || r.indicators().stream().anyMatch(i -> !cell(c.field(), i).isEmpty())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Lays the form out and returns the document: one sheet, or the form cut into Word tables. */
    SourceDocument layout(boolean document) {
        row = rnd.nextInt(3);
        // a title, a 填报单位-like line, the department line
        for (String t : d.titleLines(r)) {
            text(row, 0, decorate(t));
            if (t.contains(Integer.toString(r.cover().year()))) {
                paths.putIfAbsent("cover.year", new int[] {row, 0});
            }
            merge(row, 0, row, rnd.nextBoolean() ? width - 1 : 0);
            row++;
        }
        if (rnd.nextBoolean()) {
            text(row, 0, d.report().department() + r.cover().department());
            paths.put("cover.department", new int[] {row, 0});
        } else {
            text(row, 0, decorate(d.report().department()));
            text(row, 1, r.cover().department());
            paths.put("cover.department", new int[] {row, 1});
        }
        row += 1 + rnd.nextInt(2);
        header();
        funds();
        cuts.add(row);
        goals();
        cuts.add(row);
        indicators();
        texts();
        signature();
        notes();
        return place(document);
    }

    private void header() {
        d.header().section().ifPresent(s -> {
            text(row, 0, label(s));
            merge(row, 0, row, rnd.nextBoolean() ? width - 1 : 0);
            row++;
        });
        for (HeaderField f : d.header().fields()) {
            String v = f.field().valueIn(r).orElse("");
            if (rnd.nextInt(5) == 0 && !v.isEmpty()) {
                text(row, 0, label(f.label()) + (rnd.nextBoolean() ? "：" : ":") + v);
                paths.put(f.field().id(), new int[] {row, 0});
            } else {
                int span = 1 + rnd.nextInt(2);
                text(row, 0, label(f.label()));
                merge(row, 0, row, span - 1);
                value(row, span, v, f.field().id());
                merge(row, span, row, rnd.nextBoolean() ? width - 1 : span);
            }
            row++;
        }
    }

    private void funds() {
        FundsBlock f = d.funds();
        String unit = r.moneyUnit().label();
        Optional<String> section = f.sectionText(unit, r.budget().points());
        if (f.layout() == FundsBlock.Layout.GROUPED) {
            section.ifPresent(s -> {
                text(row, 0, decorate(s));
                row++;
            });
            grouped(f);
            return;
        }
        List<FundsBlock.Row> rows = f.rows();
        int first = row;
        section.ifPresent(s -> text(first, 0, decorate(s)));
        merge(first, 0, first + rows.size(), 0);
        f.cornerText(unit).ifPresent(c -> text(first, 1, decorate(c)));
        for (int i = 0; i < f.columns().size(); i++) {
            text(first, 2 + i, label(f.columns().get(i).label()));
        }
        int extra = 0;
        for (int k = 0; k < rows.size(); k++) {
            FundsBlock.Row fr = rows.get(k);
            int rr = first + 1 + k;
            text(rr, 1, label(fr.label()));
            boolean total = fr.field() == FundsBlock.Row.Field.TOTAL;
            boolean anyExtra = false;
            for (int i = 0; i < f.columns().size(); i++) {
                FundsBlock.Column c = f.columns().get(i);
                int cc = 2 + i;
                if (c.field().isMoney()) {
                    Optional<BigDecimal> v = FundsBlock.amount(r.budget(), c.field(), fr);
                    String path = "budget." + c.field().id() + "." + (fr.field() == FundsBlock.Row.Field.EXTRA
                            ? "extras[" + extra + "].amount" : fr.field().id());
                    number(rr, cc, v, path, true);
                    anyExtra |= v.isPresent();
                } else if (!total) {
                    text(rr, cc, f.notApplicable());
                } else {
                    switch (c.field()) {
                        case POINTS -> number(rr, cc, r.budget().points(), "budget.points", false);
                        case RATE -> rate(rr, cc, r.budget().declaredExecutionRate(), "budget.declaredExecutionRate",
                                f.rateAsRatio());
                        case SCORE -> number(rr, cc, r.budget().declaredScore(), "budget.declaredScore", false);
                        case EXPLANATION -> value(rr, cc, r.budget().explanation().orElse(""), "budget.explanation");
                        default -> { }
                    }
                }
            }
            if (fr.field() == FundsBlock.Row.Field.EXTRA && anyExtra) {
                extra++;
            }
        }
        if (!f.scoresExecution() && r.budget().points().isPresent() && section.isPresent()) {
            paths.put("budget.points", new int[] {first, 0});
        }
        row = first + rows.size() + 1;
    }

    private void grouped(FundsBlock f) {
        List<FundsBlock.Column> money = f.columns().stream().filter(c -> c.field().isMoney()).toList();
        int head = row;
        for (int i = 0; i < money.size(); i++) {
            text(head, 2 * i, label(money.get(i).label()));
            merge(head, 2 * i, head, 2 * i + 1);
        }
        int rateCol = 2 * money.size();
        f.rate().ifPresent(l -> text(head, rateCol, label(l)));
        List<FundsBlock.Row> rows = f.rows();
        for (int k = 0; k < rows.size(); k++) {
            FundsBlock.Row fr = rows.get(k);
            int rr = head + 1 + k;
            for (int i = 0; i < money.size(); i++) {
                FundsBlock.Column c = money.get(i);
                Label l = fr.field() == FundsBlock.Row.Field.TOTAL ? c.totalLabel().orElse(fr.label()) : fr.label();
                Optional<BigDecimal> v = FundsBlock.amount(r.budget(), c.field(), fr);
                String path = "budget." + c.field().id() + "." + fr.field().id();
                if (v.isPresent() && rnd.nextInt(4) == 0) {
                    text(rr, 2 * i, label(l) + "：" + FormNumbers.plain(v.get()));
                    merge(rr, 2 * i, rr, 2 * i + 1);
                    paths.put(path, new int[] {rr, 2 * i});
                } else {
                    text(rr, 2 * i, label(l));
                    number(rr, 2 * i + 1, v, path, true);
                }
            }
        }
        if (f.rate().isPresent()) {
            rate(head + 1, rateCol, r.budget().declaredExecutionRate(), "budget.declaredExecutionRate", f.rateAsRatio());
            merge(head + 1, rateCol, head + rows.size(), rateCol);
        }
        row = head + rows.size() + 1;
    }

    private void goals() {
        if (d.goals().isEmpty()) {
            return;
        }
        GoalsBlock g = d.goals().get();
        List<Goal> goals = r.goals().items();
        int half = Math.max(2, width / 2);
        if (g.layout() == GoalsBlock.Layout.PAIR) {
            int first = row;
            text(first, 0, label(g.section()));
            merge(first, 0, first + Math.max(0, goals.size()), 0);
            text(first, 1, label(g.target()));
            merge(first, 1, first, half - 1);
            text(first, half, label(g.completion()));
            merge(first, half, first, width - 1);
            for (int i = 0; i < goals.size(); i++) {
                int rr = first + 1 + i;
                goalRow(g, goals.get(i), i, rr, 1, half - 1, half, width - 1);
            }
            row = first + goals.size() + 1;
            return;
        }
        text(row, 0, label(g.section()));
        merge(row, 0, row, rnd.nextBoolean() ? width - 1 : 0);
        row++;
        int head = row;
        int oc = width - 1;
        text(head, 0, label(g.target()));
        merge(head, 0, head, half - 1);
        text(head, half, label(g.completion()));
        merge(head, half, head, oc - 1);
        g.overall().ifPresent(o -> text(head, oc, label(o)));
        for (int i = 0; i < goals.size(); i++) {
            goalRow(g, goals.get(i), i, head + 1 + i, 0, half - 1, half, oc - 1);
        }
        if (g.overall().isPresent() && r.goals().declaredOverallCompletion().isPresent()) {
            rate(head + 1, oc, r.goals().declaredOverallCompletion(), "goals.declaredOverallCompletion", false);
            merge(head + 1, oc, head + Math.max(1, goals.size()), oc);
        }
        row = head + Math.max(1, goals.size()) + 1;
    }

    private void goalRow(GoalsBlock g, Goal goal, int i, int rr, int t0, int t1, int c0, int c1) {
        int n = i + 1;
        value(rr, t0, goal.target().map(s -> g.target(n, s)).orElse(""), "goals.items[" + i + "].target");
        merge(rr, t0, rr, t1);
        value(rr, c0, goal.completion().map(s -> g.completion(n, s)).orElse(""), "goals.items[" + i + "].completion");
        merge(rr, c0, rr, c1);
    }

    private int firstScore = -1;
    private List<IndicatorTable.Column> cols;

    private void indicators() {
        IndicatorTable t = d.indicators();
        cols = columns();
        text(row, 0, label(t.section()));
        merge(row, 0, row, rnd.nextBoolean() ? cols.size() - 1 : 0);
        row++;
        boolean grouped = cols.stream().anyMatch(c -> c.group().isPresent()) || rnd.nextInt(4) == 0;
        int head = row;
        for (int i = 0; i < cols.size(); ) {
            IndicatorTable.Column c = cols.get(i);
            if (c.group().isEmpty()) {
                text(head, i, label(c.label()));
                if (grouped) {
                    merge(head, i, head + 1, i);
                }
                i++;
                continue;
            }
            int span = 1;
            while (i + span < cols.size() && c.group().equals(cols.get(i + span).group())) {
                span++;
            }
            text(head, i, label(c.group().get()));
            merge(head, i, head, i + span - 1);
            for (int k = 0; k < span; k++) {
                text(head + 1, i + k, label(cols.get(i + k).label()));
            }
            i += span;
        }
        row = head + (grouped ? 2 : 1);
        List<Indicator> rows = r.indicators();
        int start = row;
        for (int k = 0; k < rows.size(); k++) {
            Indicator ind = rows.get(k);
            int rr = start + k;
            for (int i = 0; i < cols.size(); i++) {
                IndicatorTable.Column.Field f = cols.get(i).field();
                String path = "indicators[" + k + "]." + f.id();
                if (f == IndicatorTable.Column.Field.GOAL_BLOCK || f == IndicatorTable.Column.Field.LEVEL1
                        || f == IndicatorTable.Column.Field.LEVEL2) {
                    if (k == 0 || !same(rows.get(k - 1), ind, f)) {
                        int span = 1;
                        while (k + span < rows.size() && same(rows.get(k + span - 1), rows.get(k + span), f)) {
                            span++;
                        }
                        String v = cell(f, ind);
                        text(rr, i, v);
                        int mode = rnd.nextInt(3);
                        if (mode == 0) {
                            merge(rr, i, rr + span - 1, i);
                        } else if (mode == 1) {
                            for (int j = 1; j < span; j++) {
                                text(rr + j, i, v);
                            }
                        } // else: left blank below, as people do
                        for (int j = 0; j < span && !v.isEmpty(); j++) {
                            paths.put("indicators[" + (k + j) + "]." + f.id(), new int[] {mode == 1 ? rr + j : rr, i});
                        }
                    }
                    continue;
                }
                switch (f) {
                    case SCORE -> number(rr, i, ind.score(), path, false);
                    case WEIGHT -> number(rr, i, ind.weight(), path, false);
                    case WEIGHTED_SCORE -> number(rr, i, ind.weightedScore(), path, false);
                    case DEVIATION_REASON -> {
                        String v = cell(f, ind);
                        if (!v.isEmpty()) {
                            text(rr, i, v);
                            int[] at = {rr, i};
                            if (ind.deviationReason().isPresent()) {
                                paths.put(path, at);
                            }
                            if (d.indicators().column(IndicatorTable.Column.Field.IMPROVEMENT).isEmpty()
                                    && ind.improvement().isPresent()) {
                                paths.put("indicators[" + k + "].improvement", at);
                            }
                        }
                    }
                    default -> value(rr, i, cell(f, ind), path);
                }
            }
        }
        row = start + rows.size();
        // a template row left empty, as forms print them
        if (rnd.nextBoolean()) {
            text(row, cols.size() > 2 ? 2 : 0, "……");
            row++;
        }
        // the total row
        firstScore = cols.size() - 1;
        for (int i = 0; i < cols.size(); i++) {
            IndicatorTable.Column.Field f = cols.get(i).field();
            if (f == IndicatorTable.Column.Field.SCORE || f == IndicatorTable.Column.Field.WEIGHT
                    || f == IndicatorTable.Column.Field.WEIGHTED_SCORE) {
                firstScore = i;
                break;
            }
        }
        if (r.declaredTotalScore().isPresent() || r.declaredMaxScore().isPresent() || rnd.nextBoolean()) {
            text(row, 0, label(d.total().label()));
            if (rnd.nextBoolean()) {
                merge(row, 0, row, Math.max(0, firstScore - 1));
            }
            for (int i = 0; i < cols.size(); i++) {
                IndicatorTable.Column.Field f = cols.get(i).field();
                if (f == IndicatorTable.Column.Field.WEIGHT) {
                    number(row, i, r.declaredMaxScore(), "declaredMaxScore", false);
                } else if (f == IndicatorTable.Column.Field.WEIGHTED_SCORE) {
                    number(row, i, r.declaredTotalScore(), "declaredTotalScore", false);
                }
            }
            row++;
        }
    }

    private void texts() {
        int w = cols.size();
        for (TextBlock b : d.texts()) {
            String v = b.field().valueIn(r.texts()).orElse("");
            int span = 1 + rnd.nextInt(2);
            text(row, 0, label(b.label()));
            merge(row, 0, row, span - 1);
            value(row, span, v, "texts." + b.field().id());
            merge(row, span, row, w - 1);
            row++;
        }
    }

    private void signature() {
        List<Signature> fields = d.signature();
        if (fields.isEmpty()) {
            return;
        }
        int c = 0;
        for (Signature s : fields) {
            String v = s.field().valueIn(r).orElse("");
            if (rnd.nextBoolean() || v.isEmpty()) {
                text(row, c, label(s.label()) + v);
                if (!v.isEmpty()) {
                    paths.put(s.field().id(), new int[] {row, c});
                }
                c += 2;
            } else {
                text(row, c, label(s.label()));
                value(row, c + 1, v, s.field().id());
                c += 2;
            }
        }
        row++;
    }

    private void notes() {
        if (d.notes().isEmpty() || r.notes().isEmpty()) {
            return;
        }
        text(row, 0, label(d.notes().get()));
        row++;
        for (int i = 0; i < r.notes().size(); i++) {
            value(row, 0, (i + 1) + (rnd.nextBoolean() ? "." : "、") + r.notes().get(i), "notes[" + i + "]");
            merge(row, 0, row, rnd.nextBoolean() ? width - 1 : 0);
            row++;
        }
    }

    private static boolean same(Indicator a, Indicator b, IndicatorTable.Column.Field f) {
        boolean goal = a.goalBlock().equals(b.goalBlock());
        boolean level1 = goal && a.level1().equals(b.level1());
        return switch (f) {
            case GOAL_BLOCK -> goal;
            case LEVEL1 -> level1;
            default -> level1 && a.level2().equals(b.level2());
        };
    }

    private Optional<BigDecimal> blockPoints(Optional<String> goalBlock, Optional<String> level1) {
        for (BlockPoints b : r.blocks()) {
            if (b.goalBlock().equals(goalBlock) && b.level1().equals(level1)) {
                return Optional.of(b.points());
            }
        }
        return Optional.empty();
    }

    /** What a row prints in a column: the declared values as typed. */
    String cell(IndicatorTable.Column.Field f, Indicator ind) {
        IndicatorTable t = d.indicators();
        return switch (f) {
            case GOAL_BLOCK -> ind.goalBlock().map(g -> t.goalBlockLabel(g, blockPoints(Optional.of(g), Optional.empty())))
                    .orElse("");
            case LEVEL1 -> t.blockLabel(ind.level1(), blockPoints(ind.goalBlock(), Optional.of(ind.level1())));
            case LEVEL2 -> ind.level2();
            case NAME -> ind.name();
            case DESCRIPTION -> ind.description().orElse("");
            case COMPARISON -> ind.comparison().map(c -> c.symbol()).orElse("");
            case EXPECTED -> Shown.expected(d, ind).orElse("");
            case UNIT -> ind.unit().orElse("");
            case ACTUAL -> ind.actual().orElse("");
            case GRADE -> ind.grade().map(g -> g.label()).orElse("");
            case SCORE -> FormNumbers.plain(ind.score());
            case WEIGHT -> FormNumbers.plain(ind.weight());
            case WEIGHTED_SCORE -> FormNumbers.plain(ind.weightedScore());
            case DEVIATION_REASON -> t.column(IndicatorTable.Column.Field.IMPROVEMENT).isPresent()
                    ? ind.deviationReason().orElse("") : t.deviationText(ind.deviationReason(), ind.improvement()).orElse("");
            case IMPROVEMENT -> ind.improvement().orElse("");
            case SCORING_METHOD -> ind.scoringMethod().orElse("");
            case SCORING_NOTE -> ind.scoringNote().orElse("");
            case NATURE -> ind.nature().map(n -> n.label()).orElse("");
            case CORE -> ind.core() ? "是" : "";
        };
    }

    // ------------------------------------------------------------------ placing

    /** Maps the logical layout to the sheet: an offset, blank rows and columns, and optional table cuts. */
    private SourceDocument place(boolean document) {
        int rows = row + 1;
        int[] rowAt = new int[rows + 1];
        int p = rnd.nextInt(6);
        for (int i = 0; i <= rows; i++) {
            rowAt[i] = p;
            p += 1 + (rnd.nextInt(8) == 0 ? 1 + rnd.nextInt(2) : 0);
        }
        int[] colAt = new int[width + 40];
        int q = document ? 0 : rnd.nextInt(4);
        for (int i = 0; i < colAt.length; i++) {
            colAt[i] = q;
            q += 1 + (!document && rnd.nextInt(10) == 0 ? 1 : 0);
        }
        // the tables a document is cut into: at the goals block and the indicator table
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        if (document) {
            for (int c : cuts) {
                if (rnd.nextBoolean() && c > 0 && !starts.contains(rowAt[c])) {
                    starts.add(rowAt[c]);
                }
            }
        }
        int n = starts.size();
        List<TestGrid> grids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            grids.add(document ? TestGrid.table(i + 1) : TestGrid.sheet("Sheet" + (1 + rnd.nextInt(3))));
        }
        for (Map.Entry<Long, FormGrid.Cell> e : cells.entrySet()) {
            int lr = (int) (e.getKey() >> 32);
            int lc = (int) e.getKey().longValue();
            int pr = rowAt[lr];
            int g = piece(starts, pr);
            grids.get(g).cell(pr - starts.get(g), colAt[lc], e.getValue());
        }
        for (int[] m : merges) {
            int pr0 = rowAt[m[0]];
            int g = piece(starts, pr0);
            grids.get(g).merge(pr0 - starts.get(g), colAt[m[1]], rowAt[m[2]] - starts.get(g), colAt[m[3]]);
        }
        for (Map.Entry<String, int[]> e : paths.entrySet()) {
            int pr = rowAt[e.getValue()[0]];
            int g = piece(starts, pr);
            wrote.put(e.getKey(), grids.get(g).location(pr - starts.get(g), colAt[e.getValue()[1]]));
        }
        List<SourceDocument.Part> parts = new ArrayList<>();
        int para = 1;
        for (int i = 0; i < n; i++) {
            if (document && i > 0 && rnd.nextBoolean()) {
                parts.add(new SourceDocument.Paragraph("", 0, SourceLocation.paragraph(para++)));
            }
            parts.add(grids.get(i).build());
        }
        return new SourceDocument(document ? "form.docx" : "form.xlsx", parts);
    }

    private static int piece(List<Integer> starts, int physicalRow) {
        int g = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (physicalRow >= starts.get(i)) {
                g = i;
            }
        }
        return g;
    }

    static ReadLimits limits() {
        return ReadLimits.DEFAULT;
    }
}
