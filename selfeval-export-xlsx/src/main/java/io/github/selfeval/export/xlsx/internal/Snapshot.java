package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.export.xlsx.XlsxImportException;
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
import io.github.selfeval.model.HeaderDetails;
import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.IndicatorNature;
import io.github.selfeval.model.MoneyUnit;
import io.github.selfeval.model.NamedAmount;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Percent;
import io.github.selfeval.model.ProjectInfo;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole report as key/value pairs, keys being the model's JSON paths ({@code cover.year},
 * {@code indicators[3].weightedScore}): what the hidden 数据 sheet holds, so that reading a workbook
 * back restores what the form itself does not show (narrative, cover, optional header fields) and the
 * exact values behind what it shows (a declared 折算得分 next to its formula, a number's scale).
 *
 * <p>Values are text: numbers in {@link BigDecimal#toString()} form (exact, scale kept), dates in ISO
 * form. A present record without values is marked by its own key with value {@value #PRESENT}.
 * Entries ending in {@value #SHOWN} hold what the form displayed at export time where that differs
 * from the model value (formula cells, a computed score standing in for a blank one).
 */
public final class Snapshot {

    /** The value marking a present optional record or a list element. */
    public static final String PRESENT = "{}";
    /** The suffix of a key holding the value displayed on the form. */
    public static final String SHOWN = "@shown";
    /** The key of the format version. */
    public static final String VERSION_KEY = "selfeval.xlsx.format";
    /** The current format version. */
    public static final String VERSION = "1";

    private final Map<String, String> values;
    /** The 数据 row (from 1) each key was read from, for messages. */
    private final Map<String, Integer> rows;

    private Snapshot(Map<String, String> values, Map<String, Integer> rows) {
        this.values = values;
        this.rows = rows;
    }

    /** An empty snapshot: a workbook without a 数据 sheet. */
    static Snapshot empty() {
        return new Snapshot(Map.of(), Map.of());
    }

    /** A snapshot of read entries. */
    static Snapshot of(Map<String, String> values) {
        return new Snapshot(Map.copyOf(values), Map.of());
    }

    /** A snapshot of read entries, with the 数据 row (from 1) each came from. */
    static Snapshot of(Map<String, String> values, Map<String, Integer> rows) {
        return new Snapshot(Map.copyOf(values), Map.copyOf(rows));
    }

    /** Where a key's value is: {@code 数据!B12}, or the sheet when the row is not known. */
    String where(String key) {
        Integer row = rows.get(key);
        return row == null ? SheetNames.DATA : SheetNames.DATA + "!B" + row;
    }

    /** A bad value of the 数据 sheet, naming its cell. */
    XlsxImportException bad(String key, String expected) {
        String v = values.get(key);
        String shown = v == null ? "nothing" : "'" + (v.length() > 60 ? v.substring(0, 60) + "…" : v) + "'";
        return new XlsxImportException(XlsxImportException.BAD_CELL, where(key), "the value of " + key
                + " is not valid: expected " + expected + ", found " + shown, null);
    }

    /**
     * A value converted, or a {@link XlsxImportException#BAD_CELL} naming its 数据 cell when it cannot be:
     * the 数据 sheet is data from a file, not trusted.
     */
    <T> Optional<T> parse(String key, String expected, Function<String, T> convert) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Objects.requireNonNull(convert.apply(v.get())));
        } catch (RuntimeException e) {
            throw bad(key, expected);
        }
    }

    /** The entries of a report, in a stable order. */
    static Map<String, String> entries(SelfEvaluation r) {
        Writer w = new Writer();
        w.put(VERSION_KEY, VERSION);
        w.put("kind", r.kind().id());
        w.put("pack", r.pack());
        w.put("catalogue", r.catalogue());
        w.put("form", r.form());
        Cover c = r.cover();
        w.put("cover.year", Integer.toString(c.year()));
        w.put("cover.department", c.department());
        w.put("cover.preparingUnit", c.preparingUnit());
        w.put("cover.date", c.date().map(LocalDate::toString));
        w.list("cover.titleLines", c.titleLines());
        r.project().ifPresent(p -> {
            w.put("project", PRESENT);
            w.put("project.name", p.name());
            w.put("project.supervisingDepartment", p.supervisingDepartment());
            w.put("project.implementingUnit", p.implementingUnit());
            w.put("project.code", p.code());
            w.put("project.leader", p.leader());
            w.put("project.financeLeader", p.financeLeader());
        });
        r.details().ifPresent(d -> {
            w.put("details", PRESENT);
            w.put("details.budgetCode", d.budgetCode());
            w.put("details.evaluationMethod", d.evaluationMethod());
            w.put("details.evaluationAgency", d.evaluationAgency());
            w.put("details.reportDate", d.reportDate().map(LocalDate::toString));
            w.put("details.contactPerson", d.contactPerson());
            w.put("details.staffQuota", d.staffQuota().map(String::valueOf));
            w.put("details.actualStaff", d.actualStaff().map(String::valueOf));
            w.put("details.functions", d.functions());
            w.put("details.supervisingDepartment", d.supervisingDepartment());
            w.put("details.financeDivision", d.financeDivision());
        });
        w.put("moneyUnit", r.moneyUnit().label());
        w.put("implementingDepartment", r.implementingDepartment());
        Narrative n = r.narrative();
        Overview o = n.overview();
        w.list("narrative.overview.paragraphs", o.paragraphs());
        w.num("narrative.overview.requestedBudget", o.requestedBudget());
        w.num("narrative.overview.actualSpending", o.actualSpending());
        w.pct("narrative.overview.budgetExecutionRate", o.budgetExecutionRate());
        w.put("narrative.overview.projectCount", o.projectCount().map(String::valueOf));
        w.num("narrative.overview.projectAmount", o.projectAmount());
        w.num("narrative.overview.projectSpending", o.projectSpending());
        w.pct("narrative.overview.projectExecutionRate", o.projectExecutionRate());
        w.list("narrative.goalsAndIndicators", n.goalsAndIndicators());
        for (int i = 0; i < n.performanceAnalysis().size(); i++) {
            Section s = n.performanceAnalysis().get(i);
            String k = "narrative.performanceAnalysis[" + i + "]";
            w.put(k, PRESENT);
            w.put(k + ".title", s.title());
            w.list(k + ".paragraphs", s.paragraphs());
        }
        w.list("narrative.problems", n.problems());
        w.list("narrative.suggestions", n.suggestions());
        BudgetExecution b = r.budget();
        b.initialBudget().ifPresent(f -> w.funds("budget.initialBudget", f));
        w.funds("budget.budget", b.budget());
        b.received().ifPresent(f -> w.funds("budget.received", f));
        w.funds("budget.spent", b.spent());
        w.pct("budget.declaredExecutionRate", b.declaredExecutionRate());
        w.num("budget.points", b.points());
        w.num("budget.declaredScore", b.declaredScore());
        w.put("budget.explanation", b.explanation());
        for (int i = 0; i < r.goals().items().size(); i++) {
            Goal g = r.goals().items().get(i);
            String k = "goals.items[" + i + "]";
            w.put(k, PRESENT);
            w.put(k + ".target", g.target());
            w.put(k + ".completion", g.completion());
        }
        w.pct("goals.declaredOverallCompletion", r.goals().declaredOverallCompletion());
        for (int i = 0; i < r.indicators().size(); i++) {
            Indicator x = r.indicators().get(i);
            String k = "indicators[" + i + "]";
            w.put(k, PRESENT);
            w.put(k + ".level1", x.level1());
            w.put(k + ".level2", x.level2());
            w.put(k + ".name", x.name());
            w.put(k + ".description", x.description());
            w.put(k + ".comparison", x.comparison().map(Comparison::symbol));
            w.put(k + ".expected", x.expected());
            w.put(k + ".unit", x.unit());
            w.put(k + ".actual", x.actual());
            w.put(k + ".grade", x.grade().map(Grade::label));
            w.num(k + ".score", x.score());
            x.weight().ifPresent(v -> w.put(k + ".weight", v.toString()));
            w.num(k + ".weightedScore", x.weightedScore());
            w.put(k + ".nature", x.nature().map(IndicatorNature::label));
            w.put(k + ".core", Boolean.toString(x.core()));
            w.put(k + ".deviationReason", x.deviationReason());
            w.put(k + ".improvement", x.improvement());
            w.put(k + ".scoringNote", x.scoringNote());
            w.put(k + ".goalBlock", x.goalBlock());
            w.put(k + ".scoringMethod", x.scoringMethod());
        }
        for (int i = 0; i < r.blocks().size(); i++) {
            BlockPoints bp = r.blocks().get(i);
            String k = "blocks[" + i + "]";
            w.put(k, PRESENT);
            w.put(k + ".goalBlock", bp.goalBlock());
            w.put(k + ".level1", bp.level1());
            w.put(k + ".points", bp.points().toString());
        }
        w.num("declaredTotalScore", r.declaredTotalScore());
        w.num("declaredMaxScore", r.declaredMaxScore());
        FormTexts t = r.texts();
        w.put("texts.conclusion", t.conclusion());
        w.put("texts.problems", t.problems());
        w.put("texts.improvements", t.improvements());
        w.put("texts.deviationAnalysis", t.deviationAnalysis());
        w.put("texts.resultApplication", t.resultApplication());
        w.put("filledOn", r.filledOn().map(LocalDate::toString));
        w.put("preparer", r.preparer());
        w.put("phone", r.phone());
        w.list("notes", r.notes());
        return w.map;
    }

    /** Keys whose values are numbers, by their last part. */
    private static final java.util.Set<String> NUMBER_FIELDS = java.util.Set.of("score", "weight", "weightedScore",
            "total", "fiscal", "other", "carryOver", "amount", "points", "declaredTotalScore", "declaredMaxScore",
            "declaredExecutionRate", "declaredScore", "declaredOverallCompletion", "requestedBudget", "actualSpending",
            "budgetExecutionRate", "projectAmount", "projectSpending", "projectExecutionRate");

    /**
     * Checks every typed value of the sheet, used or not: an unknown kind, unit, nature, grade or symbol,
     * a date or number that is none ({@code 1e999999999}) is a {@link XlsxImportException#BAD_CELL}
     * naming its 数据 cell — never a raw exception from deep in the model.
     *
     * @return this snapshot
     */
    Snapshot validate() {
        for (String key : values.keySet()) {
            String base = key.endsWith(SHOWN) ? key.substring(0, key.length() - SHOWN.length()) : key;
            String field = base.substring(base.lastIndexOf('.') + 1);
            if (key.endsWith(SHOWN)) {
                if (!values.get(key).isEmpty()) {
                    number(key);
                }
            } else if (key.equals("kind")) {
                kind();
            } else if (key.equals("moneyUnit")) {
                parse(key, "the money unit 万元 or 元", MoneyUnit::of);
            } else if (field.equals("nature")) {
                parse(key, "an indicator nature", IndicatorNature::of);
            } else if (field.equals("comparison")) {
                parse(key, "a comparison symbol ≥ ≤ = > <", Comparison::of);
            } else if (field.equals("grade")) {
                parse(key, "a grade 优 良 中 差", Grade::of);
            } else if (field.equals("core")) {
                parse(key, "true or false", Snapshot::bool);
            } else if (key.equals("cover.date") || key.equals("details.reportDate") || key.equals("filledOn")) {
                date(key);
            } else if (key.equals("cover.year") || key.equals("details.staffQuota") || key.equals("details.actualStaff")
                    || key.equals("narrative.overview.projectCount")) {
                integer(key);
            } else if (NUMBER_FIELDS.contains(field) && !values.get(key).equals(PRESENT)) {
                number(key);
            }
        }
        return this;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key));
    }

    Optional<BigDecimal> number(String key) {
        return parse(key, "a number", Snapshot::decimal);
    }

    /** {@code true} or {@code false}, as the exporter writes them; anything else is a bad cell. */
    static Boolean bool(String s) {
        return switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    Optional<Integer> integer(String key) {
        return parse(key, "a whole number", Integer::valueOf);
    }

    Optional<LocalDate> date(String key) {
        return parse(key, "a date (YYYY-MM-DD)", LocalDate::parse);
    }

    /** The number of elements {@code prefix[0]}, {@code prefix[1]} … present. */
    int count(String prefix) {
        int n = 0;
        while (values.containsKey(prefix + "[" + n + "]")) {
            n++;
        }
        return n;
    }

    List<String> list(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; values.containsKey(prefix + "[" + i + "]"); i++) {
            out.add(values.get(prefix + "[" + i + "]"));
        }
        return out;
    }

    /**
     * The report held here, with {@code overrides} applied by the caller afterwards. Only the parts
     * the form does not show are read through this method's helpers; see {@code FormReader}.
     */
    Optional<FormKind> kind() {
        return parse("kind", "a form kind (department, project)", FormKind::of);
    }

    Cover cover(int year) {
        return new Cover(year, text("cover.department").orElse(""), text("cover.preparingUnit"),
                date("cover.date"), list("cover.titleLines"));
    }

    Optional<HeaderDetails> details() {
        if (!has("details")) {
            return Optional.empty();
        }
        Function<String, Optional<Integer>> integer = this::integer;
        return Optional.of(new HeaderDetails(text("details.budgetCode"), text("details.evaluationMethod"),
                text("details.evaluationAgency"), date("details.reportDate"),
                text("details.contactPerson"), integer.apply("details.staffQuota"),
                integer.apply("details.actualStaff"), text("details.functions"),
                text("details.supervisingDepartment"), text("details.financeDivision")));
    }

    Optional<ProjectInfo> project() {
        if (!has("project")) {
            return Optional.empty();
        }
        return Optional.of(new ProjectInfo(text("project.name").orElse(""), text("project.supervisingDepartment"),
                text("project.implementingUnit"), text("project.code"), text("project.leader"),
                text("project.financeLeader")));
    }

    Narrative narrative() {
        Overview o = new Overview(list("narrative.overview.paragraphs"), number("narrative.overview.requestedBudget"),
                number("narrative.overview.actualSpending"), percent("narrative.overview.budgetExecutionRate"),
                integer("narrative.overview.projectCount"),
                number("narrative.overview.projectAmount"), number("narrative.overview.projectSpending"),
                percent("narrative.overview.projectExecutionRate"));
        List<Section> sections = new ArrayList<>();
        int n = count("narrative.performanceAnalysis");
        for (int i = 0; i < n; i++) {
            String k = "narrative.performanceAnalysis[" + i + "]";
            sections.add(new Section(text(k + ".title").orElse(""), list(k + ".paragraphs")));
        }
        return new Narrative(o, list("narrative.goalsAndIndicators"), sections, list("narrative.problems"),
                list("narrative.suggestions"));
    }

    Optional<Funds> funds(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        List<NamedAmount> extras = new ArrayList<>();
        int n = count(key + ".extras");
        for (int i = 0; i < n; i++) {
            String k = key + ".extras[" + i + "]";
            extras.add(new NamedAmount(text(k + ".name").orElse(""), number(k + ".amount")));
        }
        return Optional.of(new Funds(number(key + ".total"), number(key + ".fiscal"), number(key + ".other"),
                number(key + ".carryOver"), extras));
    }

    List<BlockPoints> blocks() {
        List<BlockPoints> out = new ArrayList<>();
        int n = count("blocks");
        for (int i = 0; i < n; i++) {
            String k = "blocks[" + i + "]";
            out.add(new BlockPoints(text(k + ".goalBlock"), text(k + ".level1"), number(k + ".points").orElseThrow(() -> bad(k + ".points", "the block's points"))));
        }
        return out;
    }

    FormTexts texts() {
        return new FormTexts(text("texts.conclusion"), text("texts.problems"), text("texts.improvements"),
                text("texts.deviationAnalysis"), text("texts.resultApplication"));
    }

    Optional<LocalDate> filledOn() {
        return date("filledOn");
    }

    Optional<Percent> percent(String key) {
        return number(key).map(n -> {
            try {
                return Percent.of(n);
            } catch (RuntimeException e) {
                throw bad(key, "a percentage");
            }
        });
    }

    /** The model's bound on a number's digits and exponent, as the JSON reader's. */
    private static final int MAX_DIGITS = 100;
    private static final int MAX_EXPONENT = 9_999;

    /**
     * A number of the 数据 sheet: exact, and within the JSON reader's bounds (at most 100 digits, an
     * exponent within ±9,999), so that {@code 1e999999999} is a bad cell, not a number no one can print.
     */
    static BigDecimal decimal(String text) {
        if (text.length() > MAX_DIGITS + 10) {
            throw new NumberFormatException("too long");
        }
        BigDecimal d = new BigDecimal(text.strip());
        if (d.precision() > MAX_DIGITS || Math.abs((long) d.precision() - d.scale()) > MAX_EXPONENT
                || Math.abs((long) d.scale()) > MAX_EXPONENT) {
            throw new NumberFormatException("out of range");
        }
        return d;
    }

    /** Collects entries in order. */
    private static final class Writer {
        final Map<String, String> map = new LinkedHashMap<>();

        void put(String key, String value) {
            map.put(key, value);
        }

        void put(String key, Optional<String> value) {
            value.ifPresent(v -> map.put(key, v));
        }

        void num(String key, Optional<BigDecimal> value) {
            value.ifPresent(v -> map.put(key, v.toString()));
        }

        void pct(String key, Optional<Percent> value) {
            value.ifPresent(v -> map.put(key, v.points().toString()));
        }

        void list(String key, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                map.put(key + "[" + i + "]", values.get(i));
            }
        }

        void funds(String key, Funds f) {
            map.put(key, PRESENT);
            num(key + ".total", f.total());
            num(key + ".fiscal", f.fiscal());
            num(key + ".other", f.other());
            num(key + ".carryOver", f.carryOver());
            for (int i = 0; i < f.extras().size(); i++) {
                String k = key + ".extras[" + i + "]";
                map.put(k, PRESENT);
                map.put(k + ".name", f.extras().get(i).name());
                num(k + ".amount", f.extras().get(i).amount());
            }
        }
    }
}
