package io.github.selfeval.export.internal.labels;

import io.github.selfeval.export.Provenance;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.SourceDocument;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationBuilder;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.ReportText;
import io.github.selfeval.model.form.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 自评报告's words around its form: the cover (title lines, 编制单位, date), the document title (which
 * names the year and the department), and sections 一 to 五 split by the headings of the form
 * description's {@link io.github.selfeval.model.form.ReportText}, with the sub-sections of 三.
 */
final class Narratives {

    private static final Pattern SUB = Pattern.compile("^\\s*[（(]\\s*[一二三四五六七八九十百千零〇两]+\\s*[）)]\\s*|^\\s*\\d{1,4}\\s*[、.．]\\s*(?!\\d)");
    private static final Pattern NUMERAL = Pattern.compile("^[一二三四五六七八九十]+[、.．]");

    /** What the document says before its sections: the context a form is read in, and the cover. */
    record Front(FormReader.Context context, Optional<String> preparingUnit, Optional<SourceLocation> preparingUnitAt,
            Optional<LocalDate> date, Optional<SourceLocation> dateAt, List<String> titleLines) {
    }

    private Narratives() {
    }

    /** The document title (matched with each description's template) and the cover lines above it. */
    static Front front(List<SourceDocument.Part> parts, List<FormDescription> forms) {
        Optional<Integer> year = Optional.empty();
        Optional<String> department = Optional.empty();
        Optional<SourceLocation> yearAt = Optional.empty();
        Optional<SourceLocation> departmentAt = Optional.empty();
        Optional<String> unit = Optional.empty();
        Optional<SourceLocation> unitAt = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<SourceLocation> dateAt = Optional.empty();
        List<String> lines = new ArrayList<>();
        int seen = 0;
        for (SourceDocument.Part p : parts) {
            if (!(p instanceof SourceDocument.Paragraph para)) {
                break; // the cover and title come before the first table
            }
            if (++seen > 200) {
                break;
            }
            String text = para.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean title = false;
            Optional<SourceLocation> unitBefore = unitAt;
            for (FormDescription d : forms) {
                Matcher m = template(d.report().documentTitle()).matcher(Label.normalise(text));
                if (m.matches() && year.isEmpty()) {
                    year = Optional.of(Integer.parseInt(m.group("year")));
                    yearAt = Optional.of(para.location());
                    try {
                        department = Optional.of(m.group("department"));
                        departmentAt = Optional.of(para.location());
                    } catch (IllegalArgumentException e) {
                        // the template names the project, not the department
                    }
                    title = true;
                }
                int colon = LabelIndex.colon(text);
                if (colon > 0 && unit.isEmpty() && LabelIndex.reads(Label.of(d.report().preparingUnit()), text)) {
                    String v = LabelIndex.ownValue(text.substring(colon + 1));
                    if (!v.isEmpty()) {
                        unit = Optional.of(v);
                        unitAt = Optional.of(para.location());
                    }
                }
                for (String line : d.report().preparingUnitLines()) {
                    Matcher u = template(line).matcher(Label.normalise(text));
                    if (unit.isEmpty() && u.matches() && !u.group("unit").isBlank()) {
                        unit = Optional.of(u.group("unit").strip());
                        unitAt = Optional.of(para.location());
                    }
                }
            }
            if (title) {
                break;
            }
            Optional<LocalDate> dt = Numbers.date(text);
            if (dt.isPresent() && date.isEmpty()) {
                date = dt;
                dateAt = Optional.of(para.location());
            } else if (unitAt.equals(unitBefore)) {
                // Whatever else the cover prints before the document title is its title lines, whether the
                // document styles them as headings or only sets them large.
                lines.add(text);
            }
        }
        if (year.isEmpty()) {
            lines.clear(); // no document title: whatever came first is no cover
        }
        if (department.isEmpty() && unit.isPresent()) {
            department = unit;
            departmentAt = unitAt;
        }
        return new Front(new FormReader.Context(year, department, yearAt, departmentAt), unit, unitAt, date, dateAt,
                List.copyOf(lines));
    }

    /** A template as a pattern over normalised text: {year}, {department}, {project} as groups. */
    static Pattern template(String template) {
        String n = Label.normalise(template);
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("\\{(year|department|project|unit)\\}").matcher(n);
        int last = 0;
        java.util.Set<String> named = new java.util.HashSet<>();
        while (m.find()) {
            b.append(Pattern.quote(n.substring(last, m.start())));
            String g = m.group(1);
            if (named.add(g)) {
                b.append(g.equals("year") ? "(?<year>\\d{4})" : "(?<" + g + ">.+?)");
            } else {
                b.append(g.equals("year") ? "\\d{4}" : ".+?");
            }
            last = m.end();
        }
        b.append(Pattern.quote(n.substring(last)));
        return Pattern.compile(b.toString());
    }

    /** The report with the document's sections and cover details. */
    static ReadReport attach(ReadReport r, FormDescription d, List<SourceDocument.Paragraph> paragraphs, Front front) {
        List<String> headings = LabelEngine.sectionHeadings(d);
        Provenance.Builder p = Provenance.builder();
        List<List<SourceDocument.Paragraph>> sections = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sections.add(new ArrayList<>());
        }
        int current = -1;
        boolean any = false;
        for (SourceDocument.Paragraph para : paragraphs) {
            String text = para.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int h = heading(text, headings);
            if (h >= 0) {
                current = h;
                any = true;
                continue;
            }
            if (para.headingLevel() == 1 && current != 2) {
                // A first-level heading that is none of the form's sections (an appendix, say) ends the section;
                // in 三 a heading is a sub-section's title.
                current = -1;
                continue;
            }
            if (current >= 0) {
                sections.get(current).add(para);
            }
        }
        SelfEvaluation report = r.report();
        SelfEvaluationBuilder b = rebuild(report);
        if (any) {
            List<String> overview = texts(sections.get(0), "narrative.overview.paragraphs", p);
            List<String> goals = texts(sections.get(1), "narrative.goalsAndIndicators", p);
            List<Section> analysis = analysis(sections.get(2), headings.get(2), p);
            List<String> problems = texts(sections.get(3), "narrative.problems", p);
            // Suggestions are a numbered list: the numbers (1、 2. （3）) are the list's, not the text's.
            List<String> suggestions = texts(sections.get(4), "narrative.suggestions", p).stream()
                    .map(t -> LIST_NUMBER.matcher(t).replaceFirst("")).toList();
            b.narrative(new Narrative(overview(overview, d.report().overviewFigures(), sections.get(0), p), goals,
                    analysis, problems, suggestions));
        }
        front.preparingUnitAt().ifPresent(at -> p.put("cover.preparingUnit", at));
        front.dateAt().ifPresent(at -> p.put("cover.date", at));
        b.cover(LabelEngine.cover(report.cover(), front.preparingUnit(), front.date(), front.titleLines()));
        return LabelEngine.with(r, b.build(), p);
    }

    /** A list item's number before its text: 1、 2. 3． （4） 5) */
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(?:[0-9]{1,4}\\s*(?:[、．)）]|\\.(?![0-9]))|[（(][0-9]{1,4}[)）])\\s*");

    /** A number after a phrase: spaces, 为 or a colon between, thousands separators inside. */
    private static final Pattern FIGURE = Pattern.compile("^[\\s为是:：]*([0-9][0-9,，]*(?:\\.[0-9]+)?)");

    /**
     * Section 一 with the figures its first paragraph states, each read after its phrase in the order the
     * form description gives (a phrase is looked for after the previous figure, so 实际支出 twice is two
     * figures); a figure not found stays empty.
     */
    private static Overview overview(List<String> paragraphs, List<ReportText.Figure> figures,
            List<SourceDocument.Paragraph> parts, Provenance.Builder p) {
        Overview plain = Overview.of(paragraphs.toArray(String[]::new));
        if (paragraphs.isEmpty() || figures.isEmpty()) {
            return plain;
        }
        String text = paragraphs.get(0);
        java.util.Map<String, java.math.BigDecimal> found = new java.util.HashMap<>();
        int from = 0;
        for (ReportText.Figure f : figures) {
            int at = text.indexOf(f.phrase(), from);
            if (at < 0) {
                continue;
            }
            Matcher m = FIGURE.matcher(text.substring(at + f.phrase().length()));
            if (!m.find()) {
                continue;
            }
            try {
                found.put(f.field(), new java.math.BigDecimal(m.group(1).replace(",", "").replace("，", "")));
            } catch (NumberFormatException e) {
                continue;
            }
            from = at + f.phrase().length() + m.end();
            parts.stream().filter(x -> !x.text().isBlank()).findFirst()
                    .ifPresent(x -> p.put("narrative.overview." + f.field(), x.location()));
        }
        java.util.function.Function<String, Optional<java.math.BigDecimal>> get = k -> Optional.ofNullable(found.get(k));
        return new Overview(plain.paragraphs(), get.apply("requestedBudget"), get.apply("actualSpending"),
                get.apply("budgetExecutionRate").map(io.github.selfeval.model.Percent::of),
                get.apply("projectCount").filter(v -> v.stripTrailingZeros().scale() <= 0).map(java.math.BigDecimal::intValueExact),
                get.apply("projectAmount"), get.apply("projectSpending"),
                get.apply("projectExecutionRate").map(io.github.selfeval.model.Percent::of));
    }

    private static int heading(String text, List<String> headings) {
        String n = Label.normalise(text);
        if (n.length() > 60) {
            return -1;
        }
        for (int i = 0; i < headings.size(); i++) {
            String h = Label.normalise(headings.get(i));
            if (n.equals(h) || n.startsWith(h)) {
                return i;
            }
        }
        for (int i = 0; i < headings.size(); i++) {
            String h = NUMERAL.matcher(Label.normalise(headings.get(i))).replaceFirst("");
            Matcher m = NUMERAL.matcher(n);
            if (m.find() && n.substring(m.end()).equals(h)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> texts(List<SourceDocument.Paragraph> ps, String path, Provenance.Builder p) {
        List<String> out = new ArrayList<>();
        for (SourceDocument.Paragraph para : ps) {
            p.put(path + "[" + out.size() + "]", para.location());
            out.add(para.text().strip());
        }
        return out;
    }

    /** Section 三: a sub-section at each heading paragraph or numbered line (（一）…, 1、…). */
    private static List<Section> analysis(List<SourceDocument.Paragraph> ps, String heading, Provenance.Builder p) {
        List<Section> out = new ArrayList<>();
        String title = null;
        List<String> body = new ArrayList<>();
        for (SourceDocument.Paragraph para : ps) {
            String text = para.text().strip();
            boolean sub = para.headingLevel() > 0
                    || text.length() <= 40 && !text.contains("。") && SUB.matcher(text).find();
            if (sub) {
                if (title != null || !body.isEmpty()) {
                    out.add(new Section(title == null ? NUMERAL.matcher(heading).replaceFirst("") : title, body));
                }
                // The sub-section's number (（一）, 1、) is the list's, not the title's.
                String bare = SUB.matcher(text).replaceFirst("").strip();
                title = bare.isEmpty() ? text : bare;
                p.put("narrative.performanceAnalysis[" + out.size() + "].title", para.location());
                body = new ArrayList<>();
                continue;
            }
            if (title == null && body.isEmpty()) {
                p.put("narrative.performanceAnalysis[" + out.size() + "].title", para.location());
            }
            p.put("narrative.performanceAnalysis[" + out.size() + "].paragraphs[" + body.size() + "]", para.location());
            body.add(text);
        }
        if (title != null || !body.isEmpty()) {
            out.add(new Section(title == null ? NUMERAL.matcher(heading).replaceFirst("") : title, body));
        }
        return out;
    }

    /** A builder holding every field of a report. */
    static SelfEvaluationBuilder rebuild(SelfEvaluation r) {
        SelfEvaluationBuilder b = SelfEvaluation.builder(r.kind()).cover(r.cover()).moneyUnit(r.moneyUnit())
                .narrative(r.narrative()).budget(r.budget()).goals(r.goals()).indicators(r.indicators())
                .notes(r.notes()).texts(r.texts());
        r.pack().ifPresent(b::pack);
        r.catalogue().ifPresent(b::catalogue);
        r.project().ifPresent(b::project);
        r.details().ifPresent(b::details);
        r.implementingDepartment().ifPresent(b::implementingDepartment);
        r.declaredTotalScore().ifPresent(b::declaredTotalScore);
        r.preparer().ifPresent(b::preparer);
        r.phone().ifPresent(b::phone);
        r.form().ifPresent(b::form);
        r.blocks().forEach(b::block);
        r.declaredMaxScore().ifPresent(b::declaredMaxScore);
        r.filledOn().ifPresent(b::filledOn);
        return b;
    }
}
