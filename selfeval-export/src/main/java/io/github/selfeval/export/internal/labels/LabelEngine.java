package io.github.selfeval.export.internal.labels;

import io.github.selfeval.export.Provenance;
import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadIssue;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import io.github.selfeval.model.Cover;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label engine behind {@link io.github.selfeval.export.read.LabelledForms}: groups a document's parts
 * into {@link View}s, finds each form by its indicator table's header, chooses the form description whose
 * labels match best, reads it with {@link FormReader}, and gives a document's narrative to its form.
 */
public final class LabelEngine {

    /** Most non-blank paragraphs between two tables of one form (a page break, a 说明 line). */
    private static final int GAP = 6;
    /** Most paragraphs above a run of tables that may belong to its form (title, 填报单位). */
    private static final int ABOVE = 4;
    /** Most paragraphs below a run of tables that may belong to its form (说明 1–5). */
    private static final int BELOW = 10;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度");

    private LabelEngine() {
    }

    /**
     * Reads every form of a document.
     *
     * @param document the document
     * @param options the options
     * @return the reports in document order, never empty
     * @throws ReadException when no form is found or a form cannot be read
     */
    public static List<ReadReport> read(SourceDocument document, ReadOptions options) {
        List<FormDescription> forms = options.forms().ids().stream().map(options.forms()::get).toList();
        if (forms.isEmpty()) {
            throw new ReadException(ReadException.NO_FORM, null, "no form descriptions to match", null);
        }
        Set<String> headings = new HashSet<>();
        for (FormDescription d : forms) {
            for (String h : sectionHeadings(d)) {
                headings.add(Label.normalise(h));
            }
        }
        List<SourceDocument.Part> parts = document.parts();
        Set<SourceDocument.Paragraph> inForms = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<List<SourceDocument.Part>> runs = runs(parts, headings);
        List<ReadReport> out = new ArrayList<>();
        List<FormDescription> used = new ArrayList<>();
        Narratives.Front front = Narratives.front(parts, forms);
        for (List<SourceDocument.Part> run : runs) {
            View view = View.of(run);
            LabelIndex index = new LabelIndex(view);
            List<Integer> headers = headers(index, forms);
            if (headers.isEmpty()) {
                if (!options.lenient()) {
                    headerless(index, forms);
                }
                continue;
            }
            run.stream().filter(SourceDocument.Paragraph.class::isInstance).map(SourceDocument.Paragraph.class::cast)
                    .forEach(inForms::add);
            int top = 0;
            for (int k = 0; k < headers.size(); k++) {
                int h = headers.get(k);
                int bottom = k + 1 < headers.size() ? headers.get(k + 1) : view.rows();
                int nextTop = k + 1 < headers.size() ? topOfNext(index, forms, h, bottom) : view.rows();
                FormDescription d = choose(index, forms, top, nextTop);
                FormReader.Result r = new FormReader(index, d, options.lenient(), top, h, nextTop)
                        .read(front.context());
                out.add(new ReadReport(r.report(), d.id(), r.provenance(), r.issues()));
                used.add(d);
                top = nextTop;
            }
        }
        if (out.isEmpty()) {
            throw noForm(document, forms);
        }
        if (out.size() == 1) {
            ReadReport only = out.get(0);
            List<SourceDocument.Paragraph> rest = new ArrayList<>();
            for (SourceDocument.Part p : parts) {
                if (p instanceof SourceDocument.Paragraph para && !inForms.contains(para)) {
                    rest.add(para);
                }
            }
            out.set(0, Narratives.attach(only, used.get(0), rest, front));
        }
        return List.copyOf(out);
    }

    /** Most labels of one form a grid may carry without its indicator table before it is a form missing it. */
    private static final int STRAY_LABELS = 6;

    /** A grid that prints a form's blocks but no indicator table header: the header's labels are missing. */
    private static void headerless(LabelIndex index, List<FormDescription> forms) {
        View view = index.view();
        for (FormDescription d : forms) {
            List<String> found = new ArrayList<>();
            for (Label l : Descriptions.labels(d)) {
                if (!index.find(l, 0, view.rows()).isEmpty()) {
                    found.add(l.text());
                }
            }
            if (found.size() >= STRAY_LABELS) {
                throw new ReadException(ReadException.MISSING_LABEL, null, view.describe() + ": prints "
                        + String.join(", ", found.subList(0, Math.min(5, found.size()))) + " … of the " + d.name()
                        + " but no indicator table headed " + String.join(" · ",
                                Descriptions.levels(d).stream().map(Label::text).toList()), null);
            }
        }
    }

    static List<String> sectionHeadings(FormDescription d) {
        return List.of(d.report().overview(), d.report().goalsAndIndicators(), d.report().performanceAnalysis(),
                d.report().problems(), d.report().suggestions());
    }

    private static ReadException noForm(SourceDocument document, List<FormDescription> forms) {
        Set<String> levels = new LinkedHashSet<>();
        forms.forEach(d -> Descriptions.levels(d).forEach(l -> levels.add(l.text())));
        List<String> where = document.grids().stream().map(FormGrid::describe).toList();
        return new ReadException(ReadException.NO_FORM, null, document.name() + ": no 自评表 found"
                + (where.isEmpty() ? " (the file has no sheet or table)" : " in " + String.join(", ", where))
                + "; looked for an indicator table headed " + String.join(" · ", levels) + " of the forms "
                + forms.stream().map(FormDescription::id).toList(), null);
    }

    /** Sheets one by one; a document's tables with the few paragraphs around and between them. */
    private static List<List<SourceDocument.Part>> runs(List<SourceDocument.Part> parts, Set<String> headings) {
        List<List<SourceDocument.Part>> out = new ArrayList<>();
        List<SourceDocument.Part> run = null;
        List<SourceDocument.Paragraph> pending = new ArrayList<>();
        List<SourceDocument.Paragraph> before = new ArrayList<>();
        int loose = 0;
        for (SourceDocument.Part p : parts) {
            if (p instanceof FormGrid g && g.sheetName().isPresent()) {
                if (run != null) {
                    run.addAll(pending.subList(0, below(pending)));
                    out.add(run);
                    run = null;
                }
                pending.clear();
                loose = 0;
                before.clear();
                out.add(List.of(g));
                continue;
            }
            if (p instanceof FormGrid g) {
                if (run == null) {
                    run = new ArrayList<>(before.subList(Math.max(0, before.size() - ABOVE), before.size()));
                } else {
                    run.addAll(pending);
                }
                pending.clear();
                loose = 0;
                before.clear();
                run.add(g);
                continue;
            }
            SourceDocument.Paragraph para = (SourceDocument.Paragraph) p;
            if (para.text().isBlank()) {
                continue;
            }
            boolean heading = isHeading(para.text(), headings);
            if (run != null) {
                boolean item = FormReader.isNumberedNote(para.text());
                if (heading || !item && loose >= Math.max(GAP, BELOW)) {
                    int taken = below(pending);
                    run.addAll(pending.subList(0, taken));
                    out.add(run);
                    run = null;
                    before.clear();
                    before.addAll(pending.subList(taken, pending.size()));
                    pending.clear();
                    loose = 0;
                    if (!heading && titleLike(para.text())) {
                        before.add(para);
                    }
                } else {
                    pending.add(para);
                    loose += item ? 0 : 1;
                }
                continue;
            }
            if (heading || !titleLike(para.text())) {
                before.clear();
            } else {
                before.add(para);
            }
        }
        if (run != null) {
            run.addAll(pending.subList(0, below(pending)));
            out.add(run);
        }
        return out;
    }

    /**
     * How many of the paragraphs below a table are the form's: all up to the {@link #BELOW}-th that is no numbered
     * line (numbered lines are the 说明 notes, of which a form may have up to {@code Limits.MAX_NOTES}).
     */
    private static int below(List<SourceDocument.Paragraph> pending) {
        int loose = 0;
        for (int i = 0; i < pending.size(); i++) {
            if (!FormReader.isNumberedNote(pending.get(i).text()) && ++loose > BELOW) {
                return i;
            }
        }
        return pending.size();
    }

    /** Whether a paragraph above a table may be the form's: a title line (…年度…表) or a labelled line (单位名称：…). */
    static boolean titleLike(String text) {
        String n = Label.normalise(text);
        return n.length() <= 60 && (YEAR.matcher(n).find() || n.endsWith("表") || LabelIndex.colon(text) >= 0);
    }

    static boolean isHeading(String text, Set<String> headings) {
        String n = Label.normalise(text);
        if (n.length() > 60) {
            return false;
        }
        for (String h : headings) {
            if (n.startsWith(h)) {
                return true;
            }
        }
        return false;
    }

    /** The rows where an indicator table's header starts: 一级指标 with 二级指标 and 三级指标 beside it. */
    private static List<Integer> headers(LabelIndex index, List<FormDescription> forms) {
        Set<List<Label>> triples = new LinkedHashSet<>();
        for (FormDescription d : forms) {
            List<Label> l = Descriptions.levels(d);
            if (l.size() == 3) {
                triples.add(l);
            }
        }
        TreeSet<Integer> rows = new TreeSet<>();
        int all = index.view().rows();
        for (List<Label> t : triples) {
            for (LabelIndex.Hit h1 : index.find(t.get(0), 0, all)) {
                int from = Math.max(0, h1.row() - 1);
                int to = h1.row() + 2;
                List<LabelIndex.Hit> h2 = index.find(t.get(1), from, to);
                List<LabelIndex.Hit> h3 = index.find(t.get(2), from, to);
                if (!h2.isEmpty() && !h3.isEmpty()) {
                    rows.add(Math.min(h1.row(), Math.min(h2.get(0).row(), h3.get(0).row())));
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int r : rows) {
            if (out.isEmpty() || r > out.get(out.size() - 1) + 2) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Where the next form begins, between this form's header and the next one's: the first row after
     * this form's indicator rows that holds a year title or a block label of a form's top (header, money,
     * goals).
     */
    private static int topOfNext(LabelIndex index, List<FormDescription> forms, int header, int nextHeader) {
        int best = nextHeader;
        View view = index.view();
        for (FormDescription d : forms) {
            List<Label> top = new ArrayList<>();
            d.header().fields().forEach(f -> top.add(f.label()));
            d.funds().section().ifPresent(top::add);
            d.funds().columns().forEach(c -> top.add(c.label()));
            for (Label l : top) {
                for (LabelIndex.Hit h : index.find(l, header + 3, nextHeader)) {
                    best = Math.min(best, h.row());
                }
            }
        }
        // a title line just above
        for (int r = best - 1; r > header + 2 && r >= best - 4; r--) {
            boolean title = false;
            for (int c = 0; c < view.columns(r); c = view.lastColumn(r, c) + 1) {
                String t = Label.normalise(view.text(r, c));
                if (!t.isEmpty() && t.length() < 60 && (YEAR.matcher(t).find() || isTitle(t, forms))) {
                    title = true;
                }
            }
            if (title) {
                best = r;
            }
        }
        return best;
    }

    private static boolean isTitle(String normalised, List<FormDescription> forms) {
        for (FormDescription d : forms) {
            List<String> titles = new ArrayList<>(d.title());
            titles.addAll(d.titleVariants());
            for (String t : titles) {
                String n = Label.normalise(t.replace("{year}", ""));
                if (n.length() >= 4 && normalised.contains(n.replace("(年度)", "").replace("年度", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The description whose labels match most cells; the more specific one when two match as many. */
    private static FormDescription choose(LabelIndex index, List<FormDescription> forms, int top, int bottom) {
        record Score(FormDescription d, int found, int primary, double share) {
        }
        List<Score> scores = new ArrayList<>();
        for (FormDescription d : forms) {
            List<Label> labels = Descriptions.labels(d);
            int found = 0;
            int primary = 0;
            for (Label l : labels) {
                if (!index.find(l, top, bottom).isEmpty()) {
                    found++;
                    if (!index.find(Label.of(l.text()), top, bottom).isEmpty()) {
                        primary++;
                    }
                }
            }
            String title = titleText(index, top, bottom);
            if (!title.isEmpty()) {
                for (String t : d.title()) {
                    String n = Label.normalise(t.replace("{year}", "")).replace("()", "");
                    if (n.length() >= 4 && title.contains(n.replace("年度", ""))) {
                        primary++;
                    }
                }
            }
            scores.add(new Score(d, found, primary, labels.isEmpty() ? 0 : (double) found / labels.size()));
        }
        scores.sort(Comparator.comparingInt(Score::found).thenComparingInt(Score::primary)
                .thenComparingDouble(Score::share).reversed());
        return scores.get(0).d();
    }

    private static String titleText(LabelIndex index, int top, int bottom) {
        View view = index.view();
        StringBuilder b = new StringBuilder();
        for (int r = top; r < Math.min(bottom, top + 6); r++) {
            String t = Label.normalise(view.text(r, 0));
            if (YEAR.matcher(t).find() || t.endsWith("表")) {
                b.append(t);
            }
        }
        return b.toString();
    }

    /** A read report with its narrative and cover details added. */
    static ReadReport with(ReadReport r, SelfEvaluation report, Provenance.Builder extra) {
        Provenance.Builder p = Provenance.builder();
        r.provenance().asMap().forEach(p::put);
        extra.build().asMap().forEach(p::put);
        return new ReadReport(report, r.formId(), p.build(), r.issues());
    }

    static Optional<Integer> yearIn(String text) {
        Matcher m = YEAR.matcher(Label.normalise(text));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    static Cover cover(Cover c, Optional<String> preparingUnit, Optional<java.time.LocalDate> date, List<String> lines) {
        return new Cover(c.year(), c.department(), preparingUnit.or(c::preparingUnit), date.or(c::date),
                lines.isEmpty() ? c.titleLines() : lines);
    }

    static ReadIssue issue(String code, String path, SourceLocation at, String message) {
        return new ReadIssue(code, path, at, message);
    }
}
