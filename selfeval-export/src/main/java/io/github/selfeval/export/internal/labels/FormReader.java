package io.github.selfeval.export.internal.labels;

import io.github.selfeval.export.Provenance;
import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadIssue;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.model.BlockPoints;
import io.github.selfeval.model.BudgetExecution;
import io.github.selfeval.model.Comparison;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.FormTexts;
import io.github.selfeval.model.Funds;
import io.github.selfeval.model.Goal;
import io.github.selfeval.model.Goals;
import io.github.selfeval.model.Grade;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorNature;
import io.github.selfeval.model.MoneyUnit;
import io.github.selfeval.model.NamedAmount;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationBuilder;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.GoalsBlock;
import io.github.selfeval.model.form.HeaderField;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Label;
import io.github.selfeval.model.form.Signature;
import io.github.selfeval.model.form.TextBlock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one form, of one description, from the rows of a {@link View} between {@code top} and
 * {@code bottom}, whose indicator table's header starts at {@code header}. Every label comes from the
 * description; every value read is put in the provenance under its JSON path.
 */
final class FormReader {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度");

    /** What the document around the form says: a year and a department from its title or cover. */
    record Context(Optional<Integer> year, Optional<String> department, Optional<SourceLocation> yearAt,
            Optional<SourceLocation> departmentAt) {
        static Context none() {
            return new Context(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** The result: the report, where it came from, and the last row it used. */
    record Result(SelfEvaluation report, Provenance provenance, List<ReadIssue> issues, int lastRow) {
    }

    private final LabelIndex index;
    private final View view;
    private final FormDescription d;
    private final boolean lenient;
    private final int top;
    private final int header;
    private final int bottom;
    private final Set<String> labelKeys = new HashSet<>();
    private final Provenance.Builder prov = Provenance.builder();
    /** The template's 说明 where it prints them in the 原因 cell (FundsBlock.explanationHoldsNotes). */
    private Optional<At> notesInExplanation = Optional.empty();
    private final List<ReadIssue> issues = new ArrayList<>();
    private int lastRow;

    FormReader(LabelIndex index, FormDescription d, boolean lenient, int top, int header, int bottom) {
        this.index = index;
        this.view = index.view();
        this.d = d;
        this.lenient = lenient;
        this.top = top;
        this.header = header;
        this.bottom = bottom;
        for (Label l : Descriptions.labels(d)) {
            labelKeys.addAll(LabelIndex.labelKeys(l));
        }
        this.lastRow = header;
    }

    // ------------------------------------------------------------------ helpers

    private boolean isLabel(String text) {
        for (String k : LabelIndex.keys(text)) {
            if (labelKeys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private void put(String path, int row, int column) {
        prov.put(path, view.location(row, column));
        lastRow = Math.max(lastRow, row);
    }

    /** A value cell: its row and column, and its text. */
    private record At(int row, int column, String text) {
    }

    /** The value of a labelled field: written after the colon, or in the first filled cell to the right. */
    private Optional<At> valueOf(LabelIndex.Hit h, int stopColumn) {
        if (h.inline().isPresent()) {
            return Optional.of(new At(h.row(), h.column(), h.inline().get()));
        }
        int end = Math.min(view.columns(h.row()), stopColumn);
        for (int c = view.lastColumn(h.row(), h.column()) + 1; c < end; c = view.lastColumn(h.row(), c) + 1) {
            String t = view.text(h.row(), c);
            if (t.isBlank()) {
                continue;
            }
            if (isLabel(t)) {
                return Optional.empty();
            }
            return Optional.of(new At(h.row(), view.firstColumn(h.row(), c), t.strip()));
        }
        return Optional.empty();
    }

    private Optional<LabelIndex.Hit> first(Label l, int from, int to) {
        List<LabelIndex.Hit> hits = index.find(l, from, to);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    private ReadException missing(String what, int row) {
        return new ReadException(ReadException.MISSING_LABEL, null, view.describe(row) + ": the " + d.name()
                + " has no " + what, null);
    }

    /** A number cell that holds text: an error, or in a lenient read an issue and a blank. */
    private Optional<BigDecimal> number(int row, int column, String path, String what, boolean required) {
        FormGrid.Cell cell = view.cell(row, column);
        Numbers.Read r = Numbers.read(cell, d.funds().notApplicable());
        if (r instanceof Numbers.Value v) {
            put(path, view.firstRow(row, column), view.firstColumn(row, column));
            return Optional.of(v.num().value());
        }
        if (r instanceof Numbers.NotANumber n) {
            bad(row, column, path, what + ", a number", n.text(), required);
        }
        return Optional.empty();
    }

    private void bad(int row, int column, String path, String expected, String found, boolean required) {
        SourceLocation at = view.location(row, column);
        String message = "expected " + expected + " (" + path + "), found '" + shorten(found) + "'";
        if (lenient && !required) {
            issues.add(new ReadIssue(ReadException.BAD_CELL, path, at, message));
            return;
        }
        throw new ReadException(ReadException.BAD_CELL, at, message, null);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** A rate in percent points: a percent cell or {@code 86%} as is, a bare number as the form prints rates. */
    private Optional<Percent> rate(int row, int column, String path, boolean ratio) {
        FormGrid.Cell cell = view.cell(row, column);
        Numbers.Read r = Numbers.read(cell, d.funds().notApplicable());
        if (r instanceof Numbers.Value v) {
            put(path, view.firstRow(row, column), view.firstColumn(row, column));
            BigDecimal p = v.num().percent() || !ratio ? v.num().value() : v.num().value().movePointRight(2);
            if (p.signum() < 0) {
                bad(row, column, path, "a rate of at least 0", cell.text(), false);
                return Optional.empty();
            }
            return Optional.of(Percent.of(p));
        }
        if (r instanceof Numbers.NotANumber n) {
            bad(row, column, path, "a rate", n.text(), false);
        }
        return Optional.empty();
    }

    private Optional<String> text(int row, int column, String path) {
        String t = view.text(row, column).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        put(path, view.firstRow(row, column), view.firstColumn(row, column));
        return Optional.of(t);
    }

    // ------------------------------------------------------------------ the form

    Result read(Context context) {
        SelfEvaluationBuilder b = SelfEvaluation.builder(d.kind()).form(d.id());
        int fundsTop = fundsStart();
        Map<HeaderField.Field, String> head = header(fundsTop);
        Optional<MoneyUnit> unit = Optional.empty();
        if (head.containsKey(HeaderField.Field.MONEY_UNIT)) {
            unit = unitIn(head.get(HeaderField.Field.MONEY_UNIT));
        }
        FundsResult funds = d.funds().layout() == FundsBlock.Layout.GRID ? gridFunds() : groupedFunds();
        b.moneyUnit(unit.or(() -> funds.unit).orElse(MoneyUnit.WAN_YUAN));
        b.budget(funds.budget);
        d.goals().ifPresent(g -> b.goals(goals(g, funds.endRow)));

        IndicatorResult ind = indicators();
        b.indicators(ind.rows);
        ind.blocks.forEach(b::block);
        ind.total.ifPresent(b::declaredTotalScore);
        ind.max.ifPresent(b::declaredMaxScore);

        tableEnd = ind.endRow;
        texts(b, ind.endRow);
        Map<Signature.Field, String> sig = signature();
        sig.forEach((f, v) -> {
            switch (f) {
                case PREPARER -> b.preparer(v);
                case PHONE -> b.phone(v);
                case FILLED_ON -> Numbers.date(v).ifPresent(b::filledOn);
                case PROJECT_LEADER -> head.putIfAbsent(HeaderField.Field.PROJECT_LEADER, v);
                case FINANCE_LEADER -> head.putIfAbsent(HeaderField.Field.FINANCE_LEADER, v);
            }
        });
        notes(b, ind.endRow);

        Optional<String> name = Optional.ofNullable(head.get(HeaderField.Field.PROJECT_NAME));
        if (d.kind() == FormKind.PROJECT) {
            if (name.isEmpty()) {
                String at = d.header().fields().stream().filter(f -> f.field() == HeaderField.Field.PROJECT_NAME)
                        .map(f -> f.label().text()).findFirst().orElse("项目名称");
                throw missing("project name (" + at + ")", top);
            }
            b.project(new ProjectInfo(name.get(), opt(head, HeaderField.Field.SUPERVISING_DEPARTMENT),
                    opt(head, HeaderField.Field.IMPLEMENTING_UNIT), opt(head, HeaderField.Field.PROJECT_CODE),
                    opt(head, HeaderField.Field.PROJECT_LEADER), opt(head, HeaderField.Field.FINANCE_LEADER)));
        }
        opt(head, HeaderField.Field.IMPLEMENTING_DEPARTMENT).ifPresent(b::implementingDepartment);
        b.cover(cover(context, head));
        return new Result(b.build(), prov.build(), List.copyOf(issues), lastRow);
    }

    private static Optional<String> opt(Map<HeaderField.Field, String> head, HeaderField.Field f) {
        return Optional.ofNullable(head.get(f));
    }

    // ------------------------------------------------------------------ cover

    private Cover cover(Context context, Map<HeaderField.Field, String> head) {
        Optional<Integer> year = Optional.empty();
        for (int[] p : index.filled(top, header)) {
            String t = view.text(p[0], p[1]);
            if (t.length() > 200) {
                continue;
            }
            Matcher m = YEAR.matcher(Numbers.ascii(t));
            if (m.find()) {
                year = Optional.of(Integer.parseInt(m.group(1)));
                put("cover.year", p[0], p[1]);
                break;
            }
        }
        if (year.isEmpty() && context.year().isPresent()) {
            year = context.year();
            context.yearAt().ifPresent(at -> prov.put("cover.year", at));
        }
        if (year.isEmpty()) {
            throw missing("title with its year (" + String.join("", d.title()).replace("{year}", "2023") + ")", top);
        }
        Optional<String> department = Optional.empty();
        List<Label> departmentLabels = new ArrayList<>(List.of(Label.of(d.report().department()),
                Label.of(d.report().preparingUnit())));
        d.report().departmentVariants().forEach(v -> departmentLabels.add(Label.of(v)));
        for (Label l : departmentLabels) {
            Optional<LabelIndex.Hit> h = first(l, top, header);
            if (h.isPresent()) {
                Optional<At> v = valueOf(h.get(), Integer.MAX_VALUE);
                if (v.isPresent()) {
                    department = Optional.of(v.get().text());
                    put("cover.department", v.get().row(), v.get().column());
                    break;
                }
            }
        }
        if (department.isEmpty() && context.department().isPresent()) {
            department = context.department();
            context.departmentAt().ifPresent(at -> prov.put("cover.department", at));
        }
        for (HeaderField.Field f : List.of(HeaderField.Field.IMPLEMENTING_UNIT, HeaderField.Field.IMPLEMENTING_DEPARTMENT,
                HeaderField.Field.SUPERVISING_DEPARTMENT)) {
            if (department.isEmpty() && head.containsKey(f)) {
                department = Optional.of(head.get(f));
                prov.build().get(f.id()).ifPresent(at -> prov.put("cover.department", at));
            }
        }
        if (department.isEmpty()) {
            String message = view.describe(top) + ": no department: the form leaves "
                    + d.header().fields().stream().map(f -> f.label().text()).toList() + " blank and prints no "
                    + d.report().department();
            if (!lenient) {
                throw new ReadException(ReadException.MISSING_LABEL, null, message, null);
            }
            issues.add(new ReadIssue(ReadException.MISSING_LABEL, "cover.department", view.location(top, 0), message));
        }
        return new Cover(year.get(), department.orElse(""), Optional.empty(), Optional.empty(), List.of());
    }

    // ------------------------------------------------------------------ header

    /** The first row of the money block (its section or its column labels), or the indicator header. */
    private int fundsStart() {
        int best = header;
        for (FundsBlock.Column c : d.funds().columns()) {
            for (LabelIndex.Hit h : index.find(c.label(), top, header)) {
                best = Math.min(best, h.row());
            }
        }
        return best;
    }

    private Map<HeaderField.Field, String> header(int fundsTop) {
        Map<HeaderField.Field, String> out = new EnumMap<>(HeaderField.Field.class);
        for (HeaderField f : d.header().fields()) {
            int to = f.field() == HeaderField.Field.MONEY_UNIT ? header : Math.max(fundsTop, top + 1);
            Optional<LabelIndex.Hit> h = first(f.label(), top, to);
            if (h.isEmpty()) {
                continue;
            }
            lastRow = Math.max(lastRow, h.get().row());
            Optional<At> v = valueOf(h.get(), Integer.MAX_VALUE);
            if (v.isPresent()) {
                out.put(f.field(), v.get().text());
                put(f.field().id(), v.get().row(), v.get().column());
            }
        }
        return out;
    }

    private static Optional<MoneyUnit> unitIn(String text) {
        for (MoneyUnit u : List.of(MoneyUnit.WAN_YUAN, MoneyUnit.YUAN)) {
            if (text.contains(u.label())) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    private static Optional<MoneyUnit> unitIn(List<String> suffixes) {
        for (String s : suffixes) {
            Optional<MoneyUnit> u = unitIn(s);
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> pointsIn(List<String> suffixes) {
        Pattern p = Pattern.compile("(\\d+(?:\\.\\d+)?)分");
        for (String s : suffixes) {
            Matcher m = p.matcher(Numbers.ascii(s));
            if (m.matches()) {
                return Optional.of(new BigDecimal(m.group(1)));
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ funds

    private static final class FundsResult {
        BudgetExecution budget;
        Optional<MoneyUnit> unit = Optional.empty();
        int endRow;
    }

    private static final class FundsParts {
        final Map<FundsBlock.Row.Field, BigDecimal> amounts = new EnumMap<>(FundsBlock.Row.Field.class);
        final List<NamedAmount> extras = new ArrayList<>();

        Funds funds() {
            return new Funds(Optional.ofNullable(amounts.get(FundsBlock.Row.Field.TOTAL)),
                    Optional.ofNullable(amounts.get(FundsBlock.Row.Field.FISCAL)),
                    Optional.ofNullable(amounts.get(FundsBlock.Row.Field.OTHER)),
                    Optional.ofNullable(amounts.get(FundsBlock.Row.Field.CARRY_OVER)), extras);
        }

        boolean isEmpty() {
            return amounts.isEmpty() && extras.isEmpty();
        }
    }

    private static String rowPath(FundsBlock.Row row, int extra) {
        return row.field() == FundsBlock.Row.Field.EXTRA ? "extras[" + extra + "].amount" : row.field().id();
    }

    /** The row (most column labels in one row) of a block's column labels; two such rows are ambiguous. */
    private int labelRow(List<Label> labels, int from, int to, String what) {
        Map<Integer, Set<Integer>> byRow = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            for (LabelIndex.Hit h : index.find(labels.get(i), from, to)) {
                byRow.computeIfAbsent(h.row(), x -> new HashSet<>()).add(i);
            }
        }
        int best = -1;
        int count = 0;
        int second = -1;
        for (Map.Entry<Integer, Set<Integer>> e : byRow.entrySet()) {
            int n = e.getValue().size();
            if (n > count) {
                second = count >= 2 && best >= 0 ? best : second;
                best = e.getKey();
                count = n;
            } else if (n == count && n >= 2 && Math.abs(e.getKey() - best) > 1) {
                second = e.getKey();
            }
        }
        if (count < Math.min(2, labels.size())) {
            return -1;
        }
        if (second >= 0 && byRow.get(second).size() == count && Math.abs(second - best) > 1) {
            throw new ReadException(ReadException.AMBIGUOUS, view.location(second, 0), view.describe(best) + ": two "
                    + what + " blocks, at " + view.location(best, 0) + " and " + view.location(second, 0)
                    + "; a form has one", null);
        }
        return best;
    }

    private FundsResult gridFunds() {
        FundsBlock f = d.funds();
        FundsResult out = new FundsResult();
        List<Label> colLabels = f.columns().stream().map(FundsBlock.Column::label).toList();
        int row = labelRow(colLabels, top, header, "money (" + f.section().map(Label::text).orElse("") + ")");
        if (row < 0) {
            throw missing("money block: none of its column labels " + colLabels.stream().map(Label::text).toList()
                    + " is printed", top);
        }
        lastRow = Math.max(lastRow, row);
        Map<FundsBlock.Column.Field, Integer> cols = new EnumMap<>(FundsBlock.Column.Field.class);
        List<String> suffixes = new ArrayList<>();
        int firstCol = Integer.MAX_VALUE;
        for (FundsBlock.Column c : f.columns()) {
            for (LabelIndex.Hit h : index.find(c.label(), row, view.lastRow(row, 0) + 1)) {
                if (!cols.containsKey(c.field()) && !cols.containsValue(h.column())) {
                    cols.put(c.field(), h.column());
                    suffixes.addAll(h.suffixes());
                    firstCol = Math.min(firstCol, h.column());
                    break;
                }
            }
        }
        Optional<LabelIndex.Hit> sectionHit = f.section().flatMap(s -> first(s, top, header));
        sectionHit.ifPresent(h -> suffixes.addAll(h.suffixes()));
        f.corner().flatMap(s -> first(s, top, header)).ifPresent(h -> suffixes.addAll(h.suffixes()));
        out.unit = unitIn(suffixes);
        Map<FundsBlock.Column.Field, FundsParts> parts = new EnumMap<>(FundsBlock.Column.Field.class);
        Optional<BigDecimal> points = Optional.empty();
        Optional<BigDecimal> score = Optional.empty();
        Optional<Percent> rate = Optional.empty();
        Optional<String> explanation = Optional.empty();
        int end = goalsOrHeader(row + 1);
        boolean total = false;
        Set<Integer> used = new HashSet<>();
        int extra = 0;
        for (FundsBlock.Row r : f.rows()) {
            Optional<LabelIndex.Hit> hit = Optional.empty();
            for (LabelIndex.Hit h : index.find(r.label(), row + 1, end)) {
                if (h.column() < firstCol && used.add(h.row())) {
                    hit = Optional.of(h);
                    break;
                }
            }
            if (hit.isEmpty()) {
                continue;
            }
            int rr = hit.get().row();
            lastRow = Math.max(lastRow, rr);
            boolean isTotal = r.field() == FundsBlock.Row.Field.TOTAL;
            total |= isTotal;
            int extraIndex = r.field() == FundsBlock.Row.Field.EXTRA ? extra : -1;
            boolean anyExtra = false;
            for (Map.Entry<FundsBlock.Column.Field, Integer> e : cols.entrySet()) {
                FundsBlock.Column.Field cf = e.getKey();
                int cc = e.getValue();
                if (cf.isMoney()) {
                    String path = "budget." + cf.id() + "." + rowPath(r, extraIndex);
                    Optional<BigDecimal> v = number(rr, cc, path, "an amount", false);
                    if (v.isPresent() && v.get().signum() < 0) {
                        bad(rr, cc, path, "an amount of at least 0", view.text(rr, cc), false);
                        v = Optional.empty();
                    }
                    FundsParts p = parts.computeIfAbsent(cf, x -> new FundsParts());
                    if (r.field() == FundsBlock.Row.Field.EXTRA) {
                        if (v.isPresent()) {
                            p.extras.add(new NamedAmount(r.label().text(), v));
                            anyExtra = true;
                        }
                    } else {
                        v.ifPresent(x -> p.amounts.put(r.field(), x));
                    }
                } else if (isTotal) {
                    switch (cf) {
                        case POINTS -> points = number(rr, cc, "budget.points", "the 分值", false);
                        case SCORE -> score = number(rr, cc, "budget.declaredScore", "the 得分", false);
                        case RATE -> rate = rate(rr, cc, "budget.declaredExecutionRate", f.rateAsRatio());
                        case EXPLANATION -> {
                            String t = view.text(rr, cc).strip();
                            if (f.explanationHoldsNotes() && isNumberedNote(t)) {
                                // the template's own 说明, printed where an explanation would go
                                notesInExplanation = Optional.of(new At(view.firstRow(rr, cc),
                                        view.firstColumn(rr, cc), t));
                            } else {
                                explanation = text(rr, cc, "budget.explanation");
                            }
                        }
                        default -> { }
                    }
                }
            }
            if (anyExtra) {
                extra++;
            }
        }
        if (!total) {
            throw missing("total row of the money block (" + f.rows().get(0).label().text() + ")", row);
        }
        if (points.isEmpty() && sectionHit.isPresent()) {
            points = pointsIn(sectionHit.get().suffixes());
            if (points.isPresent()) {
                put("budget.points", sectionHit.get().row(), sectionHit.get().column());
            }
        }
        out.budget = budget(parts, rate, points, score, explanation);
        out.endRow = Math.max(row, lastRow);
        return out;
    }

    private static BudgetExecution budget(Map<FundsBlock.Column.Field, FundsParts> parts, Optional<Percent> rate,
            Optional<BigDecimal> points, Optional<BigDecimal> score, Optional<String> explanation) {
        FundsParts none = new FundsParts();
        Optional<Funds> initial = Optional.ofNullable(parts.get(FundsBlock.Column.Field.INITIAL_BUDGET))
                .filter(p -> !p.isEmpty()).map(FundsParts::funds);
        Optional<Funds> received = Optional.ofNullable(parts.get(FundsBlock.Column.Field.RECEIVED))
                .filter(p -> !p.isEmpty()).map(FundsParts::funds);
        return new BudgetExecution(initial, parts.getOrDefault(FundsBlock.Column.Field.BUDGET, none).funds(), received,
                parts.getOrDefault(FundsBlock.Column.Field.SPENT, none).funds(), rate, points, score, explanation);
    }

    /** The first row from a row on that holds the goals block's labels, or the indicator header. */
    private int goalsOrHeader(int from) {
        int end = header;
        if (d.goals().isPresent()) {
            GoalsBlock g = d.goals().get();
            for (Label l : List.of(g.section(), g.target(), g.completion())) {
                for (LabelIndex.Hit h : index.find(l, from, header)) {
                    end = Math.min(end, view.firstRow(h.row(), h.column()));
                }
            }
        }
        for (LabelIndex.Hit h : index.find(d.indicators().section(), from, header)) {
            end = Math.min(end, view.firstRow(h.row(), h.column()));
        }
        return Math.max(from, end);
    }

    private FundsResult groupedFunds() {
        FundsBlock f = d.funds();
        FundsResult out = new FundsResult();
        List<FundsBlock.Column> money = f.columns().stream().filter(c -> c.field().isMoney()).toList();
        List<Label> labels = money.stream().map(FundsBlock.Column::label).toList();
        int row = labelRow(labels, top, header, "money");
        if (row < 0) {
            throw missing("money block: none of its column labels " + labels.stream().map(Label::text).toList()
                    + " is printed", top);
        }
        lastRow = Math.max(lastRow, row);
        int end = goalsOrHeader(row + 1);
        Map<FundsBlock.Column.Field, FundsParts> parts = new EnumMap<>(FundsBlock.Column.Field.class);
        boolean total = false;
        for (FundsBlock.Column c : money) {
            Optional<LabelIndex.Hit> g = first(c.label(), row, row + 1);
            if (g.isEmpty()) {
                continue;
            }
            int c0 = g.get().column();
            int c1 = view.lastColumn(row, c0);
            FundsParts p = parts.computeIfAbsent(c.field(), x -> new FundsParts());
            for (int r = view.lastRow(row, c0) + 1; r < end; r++) {
                if (view.firstRow(r, c0) != r) {
                    continue;
                }
                String t = view.text(r, c0);
                Optional<FundsBlock.Row> which = Optional.empty();
                if (c.totalLabel().map(l -> LabelIndex.reads(l, t)).orElse(false)) {
                    which = Optional.of(f.rows().get(0));
                } else {
                    for (FundsBlock.Row fr : f.rows()) {
                        if (LabelIndex.reads(fr.label(), t)) {
                            which = Optional.of(fr);
                            break;
                        }
                    }
                }
                if (which.isEmpty()) {
                    continue;
                }
                FundsBlock.Row fr = which.get();
                lastRow = Math.max(lastRow, r);
                total |= fr.field() == FundsBlock.Row.Field.TOTAL;
                String path = "budget." + c.field().id() + "." + rowPath(fr, p.extras.size());
                List<LabelIndex.Hit> hits = index.find(c.totalLabel().filter(l -> fr.field() == FundsBlock.Row.Field.TOTAL)
                        .orElse(fr.label()), r, r + 1);
                LabelIndex.Hit h = hits.stream().filter(x -> x.column() == c0).findFirst()
                        .orElse(new LabelIndex.Hit(r, c0, Optional.empty(), List.of()));
                Optional<BigDecimal> v;
                if (h.inline().isPresent()) {
                    v = Optional.empty();
                    Numbers.Read nr = Numbers.read(FormGrid.Cell.text(h.inline().get()), f.notApplicable());
                    if (nr instanceof Numbers.Value val) {
                        v = Optional.of(val.num().value());
                        put(path, r, c0);
                    } else if (nr instanceof Numbers.NotANumber n) {
                        bad(r, c0, path, "an amount", n.text(), false);
                    }
                } else {
                    int stop = c1 > view.lastColumn(r, c0) ? c1 + 1 : Integer.MAX_VALUE;
                    Optional<At> at = valueOf(h, stop);
                    v = at.isEmpty() ? Optional.empty() : number(at.get().row(), at.get().column(), path, "an amount", false);
                }
                if (fr.field() == FundsBlock.Row.Field.EXTRA) {
                    if (v.isPresent()) {
                        p.extras.add(new NamedAmount(fr.label().text(), v));
                    }
                } else {
                    v.ifPresent(x -> p.amounts.put(fr.field(), x));
                }
            }
        }
        if (!total) {
            String labelsText = money.stream().map(c -> c.totalLabel().orElse(f.rows().get(0).label()).text()).toList()
                    .toString();
            throw missing("total row of the money block (" + labelsText + ")", row);
        }
        Optional<Percent> rate = Optional.empty();
        if (f.rate().isPresent()) {
            Optional<LabelIndex.Hit> rh = first(f.rate().get(), row, end);
            if (rh.isPresent()) {
                int rc = rh.get().column();
                for (int r = view.lastRow(rh.get().row(), rc) + 1; r < end; r++) {
                    if (!view.text(r, rc).isBlank()) {
                        rate = rate(r, rc, "budget.declaredExecutionRate", f.rateAsRatio());
                        break;
                    }
                }
            }
        }
        out.budget = budget(parts, rate, Optional.empty(), Optional.empty(), Optional.empty());
        out.endRow = lastRow;
        return out;
    }

    // ------------------------------------------------------------------ goals

    private Goals goals(GoalsBlock g, int fundsEnd) {
        int row = labelRow(List.of(g.target(), g.completion()), top, header, "goals (" + g.section().text() + ")");
        if (row < 0) {
            return Goals.empty();
        }
        int tc = first(g.target(), row, row + 1).map(LabelIndex.Hit::column).orElse(-1);
        int cc = first(g.completion(), row, row + 1).map(LabelIndex.Hit::column).orElse(-1);
        if (tc < 0 || cc < 0) {
            return Goals.empty();
        }
        int oc = g.overall().flatMap(o -> first(o, row, row + 1)).map(LabelIndex.Hit::column).orElse(-1);
        lastRow = Math.max(lastRow, row);
        Set<String> stopKeys = new HashSet<>(labelKeys);
        stopKeys.removeAll(LabelIndex.labelKeys(g.section()));
        List<Goal> items = new ArrayList<>();
        Optional<Percent> overall = Optional.empty();
        Pattern tp = prefix(g.targetPrefix());
        Pattern cp = prefix(g.completionPrefix());
        List<Pattern> variants = g.prefixVariants().stream().map(FormReader::prefix).toList();
        String none = d.report().none().replace("。", "");
        int start = Math.max(view.lastRow(row, tc), view.lastRow(row, cc)) + 1;
        for (int r = start; r < header; r++) {
            if (rowHasKey(r, stopKeys)) {
                break;
            }
            if (oc >= 0 && overall.isEmpty() && view.firstRow(r, oc) == r && !view.text(r, oc).isBlank()) {
                overall = rate(r, oc, "goals.declaredOverallCompletion", false);
            }
            String t = strip(view.text(r, tc), tp, variants);
            String c = view.firstColumn(r, cc) == view.firstColumn(r, tc) ? "" : strip(view.text(r, cc), cp, variants);
            if (t.isEmpty() && c.isEmpty()) {
                continue;
            }
            if (t.equals(none) && c.isEmpty()) {
                continue;
            }
            int n = items.size();
            if (!t.isEmpty()) {
                put("goals.items[" + n + "].target", view.firstRow(r, tc), view.firstColumn(r, tc));
            }
            if (!c.isEmpty()) {
                put("goals.items[" + n + "].completion", view.firstRow(r, cc), view.firstColumn(r, cc));
            }
            items.add(new Goal(Optional.of(t), Optional.of(c)));
        }
        return new Goals(items, overall);
    }

    private boolean rowHasKey(int r, Set<String> keys) {
        for (int c = 0; c < view.columns(r); c = view.lastColumn(r, c) + 1) {
            String t = view.text(r, c);
            if (!t.isBlank() && t.length() <= 200) {
                for (String k : LabelIndex.keys(t)) {
                    if (keys.contains(k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Pattern prefix(String template) {
        if (template.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("^\\s*");
        String[] parts = template.split("\\{n\\}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append("\\s*\\d+\\s*");
            }
            for (char ch : parts[i].toCharArray()) {
                if (ch == '：' || ch == ':') {
                    b.append("\\s*[:：]\\s*");
                } else if (!Character.isWhitespace(ch)) {
                    b.append(Pattern.quote(String.valueOf(ch))).append("\\s*");
                }
            }
        }
        return Pattern.compile(b.toString());
    }

    /** A goal's or completion's text without its printed prefix: the block's own, or one of its variants. */
    private static String strip(String text, Pattern prefix, List<Pattern> variants) {
        String t = text.strip();
        List<Pattern> all = new ArrayList<>();
        if (prefix != null) {
            all.add(prefix);
        }
        all.addAll(variants);
        for (Pattern p : all) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                return t.substring(m.end()).strip();
            }
        }
        return t;
    }

    // ------------------------------------------------------------------ indicators

    private static final class IndicatorResult {
        final List<Indicator> rows = new ArrayList<>();
        final List<BlockPoints> blocks = new ArrayList<>();
        Optional<BigDecimal> total = Optional.empty();
        Optional<BigDecimal> max = Optional.empty();
        int endRow;
    }

    private IndicatorResult indicators() {
        IndicatorTable t = d.indicators();
        Map<IndicatorTable.Column.Field, Integer> cols = new EnumMap<>(IndicatorTable.Column.Field.class);
        int dataStart = header + 1;
        while (dataStart < bottom && dataStart <= header + 6 && (blankRow(dataStart) || headerLike(dataStart, t))) {
            dataStart++;
        }
        while (dataStart > header + 1 && blankRow(dataStart - 1)) {
            dataStart--;
        }
        for (IndicatorTable.Column c : t.columns()) {
            Optional<Integer> at = columnOf(c, cols, dataStart);
            at.ifPresent(x -> cols.put(c.field(), x));
        }
        for (IndicatorTable.Column.Field f : List.of(IndicatorTable.Column.Field.LEVEL1, IndicatorTable.Column.Field.LEVEL2,
                IndicatorTable.Column.Field.NAME)) {
            if (!cols.containsKey(f)) {
                throw missing("indicator column " + t.column(f).map(c -> c.label().text()).orElse(f.id()), header);
            }
        }
        lastRow = Math.max(lastRow, dataStart - 1);
        List<Label> stops = new ArrayList<>();
        d.texts().forEach(x -> stops.add(x.label()));
        d.signature().forEach(x -> stops.add(x.label()));
        d.notes().ifPresent(stops::add);
        d.header().fields().forEach(x -> stops.add(x.label()));
        d.funds().columns().forEach(x -> stops.add(x.label()));
        IndicatorResult out = new IndicatorResult();
        int nameCol = cols.get(IndicatorTable.Column.Field.NAME);
        Map<String, Integer> blockIndex = new LinkedHashMap<>();
        String goal = "";
        String level1 = "";
        String level2 = "";
        int r = dataStart;
        for (; r < bottom; r++) {
            if (view.isParagraph(r)) {
                break;
            }
            Optional<LabelIndex.Hit> total = first(d.total().label(), r, r + 1)
                    .filter(h -> h.column() <= nameCol);
            if (total.isPresent()) {
                totals(out, cols, r, total.get());
                lastRow = Math.max(lastRow, r);
                r++;
                break;
            }
            if (index.rowHas(r, stops)) {
                break;
            }
            Map<IndicatorTable.Column.Field, At> cells = new EnumMap<>(IndicatorTable.Column.Field.class);
            final int row = r;
            cols.forEach((f, c) -> cells.put(f, new At(view.firstRow(row, c), view.firstColumn(row, c),
                    view.text(row, c).strip())));
            boolean values = cells.entrySet().stream().filter(e -> !structural(e.getKey()))
                    .anyMatch(e -> !Numbers.blankOrMark(e.getValue().text(), d.funds().notApplicable()));
            String g = cells.containsKey(IndicatorTable.Column.Field.GOAL_BLOCK)
                    ? cells.get(IndicatorTable.Column.Field.GOAL_BLOCK).text() : "";
            String l1 = cells.get(IndicatorTable.Column.Field.LEVEL1).text();
            String l2 = cells.get(IndicatorTable.Column.Field.LEVEL2).text();
            String name = cells.get(IndicatorTable.Column.Field.NAME).text();
            goal = g.isEmpty() ? goal : g;
            level1 = l1.isEmpty() ? level1 : l1;
            level2 = l2.isEmpty() ? level2 : l2;
            if (!values) {
                continue; // an empty template row: 指标2, ……, or nothing filled in
            }
            if (Numbers.blankOrMark(name, d.funds().notApplicable()) || level1.isEmpty() || level2.isEmpty()) {
                String path = "indicators[" + out.rows.size() + "]";
                String message = view.location(r, nameCol) + ": a row of the indicator table has values but no "
                        + (level1.isEmpty() ? "一级指标" : level2.isEmpty() ? "二级指标" : "三级指标")
                        .replace("一级指标", t.column(IndicatorTable.Column.Field.LEVEL1).get().label().text())
                        .replace("二级指标", t.column(IndicatorTable.Column.Field.LEVEL2).get().label().text())
                        .replace("三级指标", t.column(IndicatorTable.Column.Field.NAME).get().label().text());
                if (!lenient) {
                    throw new ReadException(ReadException.MISSING_LABEL, view.location(r, nameCol), message, null);
                }
                issues.add(new ReadIssue(ReadException.MISSING_LABEL, path, view.location(r, nameCol), message));
                continue;
            }
            out.rows.add(row(out, blockIndex, cells, goal, level1, level2, name));
            lastRow = Math.max(lastRow, r);
        }
        out.endRow = Math.max(lastRow, Math.min(r, bottom) - 1);
        return out;
    }

    private static boolean structural(IndicatorTable.Column.Field f) {
        return f == IndicatorTable.Column.Field.GOAL_BLOCK || f == IndicatorTable.Column.Field.LEVEL1
                || f == IndicatorTable.Column.Field.LEVEL2 || f == IndicatorTable.Column.Field.NAME;
    }

    /** Whether a row below the header still holds column labels (a two-row header, or one merged down). */
    private boolean headerLike(int r, IndicatorTable t) {
        int n = 0;
        for (IndicatorTable.Column c : t.columns()) {
            if (!index.find(c.label(), r, r + 1).isEmpty()
                    || c.pointsLabel().map(l -> !index.find(l, r, r + 1).isEmpty()).orElse(false)) {
                n++;
            }
        }
        if (n >= 2) {
            return true;
        }
        // a header merged down: the row shows the header's own cells
        int same = 0;
        for (int c = 0; c < view.columns(r); c++) {
            if (view.firstRow(r, c) < r && view.firstRow(r, c) >= header) {
                same++;
            }
        }
        return same >= 3;
    }

    private boolean blankRow(int r) {
        if (!index.filled(r, r + 1).isEmpty()) {
            return false;
        }
        for (int c = 0; c < view.columns(r); c = view.lastColumn(r, c) + 1) {
            if (view.firstRow(r, c) < r && !view.text(r, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Optional<Integer> columnOf(IndicatorTable.Column c, Map<IndicatorTable.Column.Field, Integer> taken,
            int dataStart) {
        List<Label> labels = new ArrayList<>();
        labels.add(c.label());
        c.pointsLabel().ifPresent(labels::add);
        for (int r = header; r < dataStart; r++) {
            for (Label l : labels) {
                for (LabelIndex.Hit h : index.find(l, r, r + 1)) {
                    if (taken.containsValue(h.column())) {
                        continue;
                    }
                    if (c.group().isPresent() && r > header) {
                        String above = view.text(header, h.column());
                        if (!LabelIndex.reads(c.group().get(), above)) {
                            continue;
                        }
                    }
                    if (c.group().isEmpty() && r > header && view.firstRow(r, h.column()) == r) {
                        // a label in the second header row belongs to a group; accept it only when its
                        // group is none of this table's
                        String above = view.text(header, h.column());
                        if (isLabel(above)) {
                            continue;
                        }
                    }
                    return Optional.of(h.column());
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern BLOCK = Pattern.compile("(.+?)\\((\\d+(?:\\.\\d+)?)分\\)");

    private Indicator row(IndicatorResult out, Map<String, Integer> blockIndex,
            Map<IndicatorTable.Column.Field, At> cells, String goal, String level1, String level2, String name) {
        int i = out.rows.size();
        String p = "indicators[" + i + "].";
        Optional<String> goalBlock = Optional.empty();
        if (!goal.isEmpty()) {
            At at = cells.get(IndicatorTable.Column.Field.GOAL_BLOCK);
            String[] np = block(goal);
            goalBlock = Optional.of(np[0]);
            prov.put(p + "goalBlock", locationOfCarried(at, IndicatorTable.Column.Field.GOAL_BLOCK));
            if (np[1] != null && !blockIndex.containsKey("g|" + np[0])) {
                blockIndex.put("g|" + np[0], out.blocks.size());
                prov.put("blocks[" + out.blocks.size() + "].points", locationOfCarried(at, IndicatorTable.Column.Field.GOAL_BLOCK));
                out.blocks.add(new BlockPoints(goalBlock, Optional.empty(), new BigDecimal(np[1])));
            }
        }
        String[] l1 = block(level1);
        At l1At = cells.get(IndicatorTable.Column.Field.LEVEL1);
        prov.put(p + "level1", locationOfCarried(l1At, IndicatorTable.Column.Field.LEVEL1));
        if (l1[1] != null && !blockIndex.containsKey(goalBlock.orElse("") + "|" + l1[0])) {
            blockIndex.put(goalBlock.orElse("") + "|" + l1[0], out.blocks.size());
            prov.put("blocks[" + out.blocks.size() + "].points", locationOfCarried(l1At, IndicatorTable.Column.Field.LEVEL1));
            out.blocks.add(new BlockPoints(goalBlock, Optional.of(l1[0]), new BigDecimal(l1[1])));
        }
        prov.put(p + "level2", locationOfCarried(cells.get(IndicatorTable.Column.Field.LEVEL2),
                IndicatorTable.Column.Field.LEVEL2));
        At nameAt = cells.get(IndicatorTable.Column.Field.NAME);
        put(p + "name", nameAt.row(), nameAt.column());

        Map<IndicatorTable.Column.Field, Object> v = new EnumMap<>(IndicatorTable.Column.Field.class);
        for (Map.Entry<IndicatorTable.Column.Field, At> e : cells.entrySet()) {
            IndicatorTable.Column.Field f = e.getKey();
            At at = e.getValue();
            if (structural(f) || at.text().isEmpty()) {
                continue;
            }
            String path = p + f.id();
            switch (f) {
                case SCORE, WEIGHT, WEIGHTED_SCORE -> number(at.row(), at.column(), path, "a score", false)
                        .ifPresent(x -> v.put(f, x));
                case COMPARISON -> {
                    if (!Numbers.blankOrMark(at.text(), "")) {
                        try {
                            v.put(f, Comparison.of(at.text()));
                            put(path, at.row(), at.column());
                        } catch (IllegalArgumentException ex) {
                            bad(at.row(), at.column(), path, "a comparison (≥ ≤ = > <)", at.text(), false);
                        }
                    }
                }
                case GRADE -> {
                    try {
                        v.put(f, Grade.of(at.text().replaceAll("\\(.*\\)|（.*）", "")));
                        put(path, at.row(), at.column());
                    } catch (IllegalArgumentException ex) {
                        bad(at.row(), at.column(), path, "a grade (优 良 中 差)", at.text(), false);
                    }
                }
                case NATURE -> {
                    try {
                        v.put(f, IndicatorNature.of(at.text()));
                        put(path, at.row(), at.column());
                    } catch (IllegalArgumentException ex) {
                        bad(at.row(), at.column(), path, "定量 or 定性", at.text(), false);
                    }
                }
                case CORE -> {
                    v.put(f, at.text().equals("是"));
                    put(path, at.row(), at.column());
                }
                case DEVIATION_REASON -> {
                    String text = at.text();
                    String prefix = d.indicators().improvementPrefix();
                    int k = d.indicators().column(IndicatorTable.Column.Field.IMPROVEMENT).isPresent() ? -1
                            : text.indexOf(prefix);
                    if (k >= 0) {
                        String reason = text.substring(0, k).strip();
                        String imp = text.substring(k + prefix.length()).strip();
                        if (!reason.isEmpty()) {
                            v.put(f, reason);
                            put(path, at.row(), at.column());
                        }
                        if (!imp.isEmpty()) {
                            v.put(IndicatorTable.Column.Field.IMPROVEMENT, imp);
                            put(p + "improvement", at.row(), at.column());
                        }
                    } else {
                        v.put(f, text);
                        put(path, at.row(), at.column());
                    }
                }
                default -> {
                    v.put(f, at.text());
                    put(path, at.row(), at.column());
                }
            }
        }
        return new Indicator(l1[0], level2, name, str(v, IndicatorTable.Column.Field.DESCRIPTION),
                Optional.ofNullable((Comparison) v.get(IndicatorTable.Column.Field.COMPARISON)),
                str(v, IndicatorTable.Column.Field.EXPECTED), str(v, IndicatorTable.Column.Field.UNIT),
                str(v, IndicatorTable.Column.Field.ACTUAL),
                Optional.ofNullable((Grade) v.get(IndicatorTable.Column.Field.GRADE)),
                num(v, IndicatorTable.Column.Field.SCORE), num(v, IndicatorTable.Column.Field.WEIGHT),
                num(v, IndicatorTable.Column.Field.WEIGHTED_SCORE),
                Optional.ofNullable((IndicatorNature) v.get(IndicatorTable.Column.Field.NATURE)),
                Boolean.TRUE.equals(v.get(IndicatorTable.Column.Field.CORE)),
                str(v, IndicatorTable.Column.Field.DEVIATION_REASON), str(v, IndicatorTable.Column.Field.IMPROVEMENT),
                str(v, IndicatorTable.Column.Field.SCORING_NOTE), goalBlock,
                str(v, IndicatorTable.Column.Field.SCORING_METHOD));
    }

    /** Where a 一级 / 二级 / goal block cell was written: the row's own cell, or the last filled one above. */
    private SourceLocation locationOfCarried(At at, IndicatorTable.Column.Field f) {
        int r = at.row();
        int c = at.column();
        while (r > header && view.text(r, c).isBlank()) {
            r--;
        }
        return view.location(r, c);
    }

    /** A block label's name and points: 产出指标(50分) → 产出指标, 50. */
    private static String[] block(String label) {
        String t = Numbers.ascii(label);
        Matcher m = BLOCK.matcher(t);
        if (m.matches()) {
            // keep the name as written, without its suffix
            int open = Math.max(label.lastIndexOf('('), label.lastIndexOf('（'));
            return new String[] {open > 0 ? label.substring(0, open).strip() : m.group(1), m.group(2)};
        }
        return new String[] {label.strip(), null};
    }

    private static Optional<String> str(Map<IndicatorTable.Column.Field, Object> v, IndicatorTable.Column.Field f) {
        return Optional.ofNullable((String) v.get(f));
    }

    private static Optional<BigDecimal> num(Map<IndicatorTable.Column.Field, Object> v, IndicatorTable.Column.Field f) {
        return Optional.ofNullable((BigDecimal) v.get(f));
    }

    private void totals(IndicatorResult out, Map<IndicatorTable.Column.Field, Integer> cols, int r, LabelIndex.Hit label) {
        Set<String> own = LabelIndex.labelKeys(d.total().label());
        Integer wc = cols.get(IndicatorTable.Column.Field.WEIGHT);
        if (wc != null && !own.contains(Label.normalise(view.text(r, wc))) && view.firstColumn(r, wc) != label.column()) {
            out.max = number(r, wc, "declaredMaxScore", "the 满分", false);
        }
        Integer sc = cols.get(IndicatorTable.Column.Field.WEIGHTED_SCORE);
        if (sc != null && view.firstColumn(r, sc) != label.column() && !view.text(r, sc).isBlank()) {
            out.total = number(r, sc, "declaredTotalScore", "the 总分", false);
            return;
        }
        // no score column under the total: the last number right of the label
        for (int c = view.columns(r) - 1; c > view.lastColumn(r, label.column()); c--) {
            if (view.firstColumn(r, c) != c || (wc != null && c == view.firstColumn(r, wc))) {
                continue;
            }
            if (!view.text(r, c).isBlank()) {
                out.total = number(r, c, "declaredTotalScore", "the 总分", false);
                return;
            }
        }
    }

    // ------------------------------------------------------------------ below the table

    private void texts(SelfEvaluationBuilder b, int from) {
        Map<TextBlock.Field, String> v = new EnumMap<>(TextBlock.Field.class);
        for (TextBlock t : d.texts()) {
            Optional<LabelIndex.Hit> h = first(t.label(), from, bottom);
            if (h.isEmpty()) {
                continue;
            }
            lastRow = Math.max(lastRow, h.get().row());
            Optional<At> at = valueOf(h.get(), Integer.MAX_VALUE);
            if (at.isPresent()) {
                v.put(t.field(), at.get().text());
                put("texts." + t.field().id(), at.get().row(), at.get().column());
            }
        }
        b.texts(new FormTexts(Optional.ofNullable(v.get(TextBlock.Field.CONCLUSION)),
                Optional.ofNullable(v.get(TextBlock.Field.PROBLEMS)), Optional.ofNullable(v.get(TextBlock.Field.IMPROVEMENTS)),
                Optional.ofNullable(v.get(TextBlock.Field.DEVIATION_ANALYSIS)),
                Optional.ofNullable(v.get(TextBlock.Field.RESULT_APPLICATION))));
    }

    private Map<Signature.Field, String> signature() {
        Map<Signature.Field, String> out = new EnumMap<>(Signature.Field.class);
        for (Signature s : d.signature()) {
            for (LabelIndex.Hit h : index.find(s.label(), top, bottom)) {
                if (h.row() > header && h.row() < lastRowOfTable()) {
                    continue;
                }
                if (h.row() > header) {
                    lastRow = Math.max(lastRow, h.row());
                }
                Optional<At> at = valueOf(h, Integer.MAX_VALUE);
                if (at.isPresent()) {
                    String path = s.field().id();
                    if (s.field() == Signature.Field.FILLED_ON && Numbers.date(at.get().text()).isEmpty()) {
                        bad(at.get().row(), at.get().column(), path, "a date (2024年4月15日)", at.get().text(), false);
                        break;
                    }
                    out.put(s.field(), at.get().text());
                    prov.put(path, view.location(at.get().row(), at.get().column()));
                }
                break;
            }
        }
        return out;
    }

    private int tableEnd = -1;

    private int lastRowOfTable() {
        return tableEnd < 0 ? header : tableEnd;
    }

    private void notes(SelfEvaluationBuilder b, int from) {
        List<String> lines = new ArrayList<>();
        List<SourceLocation> at = new ArrayList<>();
        notesInExplanation.ifPresent(x -> {
            lines.add(x.text());
            at.add(view.location(x.row(), x.column()));
        });
        Optional<LabelIndex.Hit> h = d.notes().flatMap(l -> first(l, from, bottom));
        if (h.isEmpty()) {
            if (!lines.isEmpty()) {
                b.notes(numbered(lines, at));
            }
            return;
        }
        h.get().inline().ifPresent(s -> {
            lines.add(s);
            at.add(view.location(h.get().row(), h.get().column()));
        });
        int r = h.get().row();
        lastRow = Math.max(lastRow, r);
        Optional<At> right = h.get().inline().isPresent() ? Optional.empty() : valueOf(h.get(), Integer.MAX_VALUE);
        right.ifPresent(x -> {
            lines.add(x.text());
            at.add(view.location(x.row(), x.column()));
        });
        for (int rr = view.lastRow(r, h.get().column()) + 1; rr < bottom; rr++) {
            String t = "";
            int tc = 0;
            for (int c = 0; c < view.columns(rr); c = view.lastColumn(rr, c) + 1) {
                if (!view.text(rr, c).isBlank()) {
                    t = view.text(rr, c).strip();
                    tc = c;
                    break;
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            // past 40 rows only numbered notes go on (a form has up to Limits.MAX_NOTES of them)
            if (rr >= r + 40 && !isNumberedNote(t) || isLabel(t)
                    || YEAR.matcher(Numbers.ascii(t)).find() && t.length() < 60) {
                break;
            }
            lines.add(t);
            at.add(view.location(rr, tc));
            lastRow = Math.max(lastRow, rr);
        }
        b.notes(numbered(lines, at));
    }

    /** The notes in lines of numbered items, each with the cell it was read from. */
    private List<String> numbered(List<String> lines, List<SourceLocation> at) {
        List<String> notes = new ArrayList<>();
        int[] counter = {0};
        for (int i = 0; i < lines.size(); i++) {
            for (String item : items(lines.get(i), counter)) {
                String t = item.strip();
                if (!t.isEmpty()) {
                    prov.put("notes[" + notes.size() + "]", at.get(i));
                    notes.add(t);
                }
            }
        }
        return notes;
    }

    /** Where a numbered note starts: 1. / 2、/ 3 . at the start or after a full stop or a line break. */
    private static final Pattern NOTE_ITEM = Pattern.compile("(?:^|(?<=[。；;\\n]))\\s*(\\d{1,4})\\s*[.．、]\\s*(?!\\d)");

    /** Whether a line starts with a note's number (1. / 2、/ 3 .), as the 说明 notes below a form's table do. */
    static boolean isNumberedNote(String line) {
        return NOTE_ITEM.matcher(line).lookingAt();
    }

    /**
     * A line's numbered items: a number at the line's start begins an item; inside the line only the next
     * number in sequence does (1 .… 2 .… 3 .… in one cell), so a note that mentions 1、 keeps it.
     */
    private static List<String> items(String line, int[] counter) {
        List<String> out = new ArrayList<>();
        Matcher m = NOTE_ITEM.matcher(line);
        int start = 0;
        boolean first = true;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean atStart = m.start() == 0 || line.substring(0, m.start()).isBlank();
            if (atStart || n == counter[0] + 1) {
                if (!first || m.start() > 0) {
                    out.add(line.substring(start, m.start()));
                }
                start = m.end();
                counter[0] = n;
                first = false;
            }
        }
        out.add(line.substring(start));
        return out;
    }
}
