package io.github.selfeval.export.pdf.internal;

import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.Overview;
import io.github.selfeval.model.Section;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.model.form.ReportText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report's text around its form: sections 一 to 三 before it, 四 and 五 after it, headed as the
 * form description's {@link ReportText} words them. A blank section prints {@link ReportText#empty()}.
 */
final class NarrativeSections {

    /** A paragraph that already carries its number: 1、 一、 2. (2) … */
    static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+|[一二三四五六七八九十]+)\\s*[、.．)）].*",
            Pattern.DOTALL);

    private final PdfLayout layout;
    private final SelfEvaluation report;
    private final ReportText text;

    NarrativeSections(PdfLayout layout, SelfEvaluation report, ReportText text) {
        this.layout = layout;
        this.report = report;
        this.text = text;
    }

    /** Whether the report has no narrative at all (every project form transcribed from a real one). */
    static boolean isBlank(SelfEvaluation report) {
        return report.narrative().equals(Narrative.empty());
    }

    /** Sections 一, 二 and 三. */
    void beforeForm() {
        Narrative n = report.narrative();
        layout.heading(text.overview(), "narrative.overview");
        Overview o = n.overview();
        if (o.paragraphs().isEmpty()) {
            layout.body(overviewSentence(o), "narrative.overview");
        }
        for (int i = 0; i < o.paragraphs().size(); i++) {
            layout.body(o.paragraphs().get(i), "narrative.overview.paragraphs[" + i + "]");
        }
        layout.heading(text.goalsAndIndicators(), "narrative.goalsAndIndicators");
        paragraphsOrNone(n.goalsAndIndicators(), "narrative.goalsAndIndicators");
        layout.heading(text.performanceAnalysis(), "narrative.performanceAnalysis");
        List<Section> sections = n.performanceAnalysis();
        if (sections.isEmpty()) {
            layout.body(text.none(), "narrative.performanceAnalysis");
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String path = "narrative.performanceAnalysis[" + i + "]";
            layout.subheading("（" + FormNumbers.chinese(i + 1) + "）" + s.title(), path + ".title");
            for (int j = 0; j < s.paragraphs().size(); j++) {
                layout.body(s.paragraphs().get(j), path + ".paragraphs[" + j + "]");
            }
        }
    }

    /** Sections 四 and 五 (suggestions numbered 1、2、… unless they carry numbers). */
    void afterForm() {
        Narrative n = report.narrative();
        layout.heading(text.problems(), "narrative.problems");
        paragraphsOrNone(n.problems(), "narrative.problems");
        layout.heading(text.suggestions(), "narrative.suggestions");
        if (n.suggestions().isEmpty()) {
            layout.body(text.none(), "narrative.suggestions");
        }
        for (int i = 0; i < n.suggestions().size(); i++) {
            String s = n.suggestions().get(i);
            layout.body(NUMBERED.matcher(s).matches() ? s : (i + 1) + "、" + s, "narrative.suggestions[" + i + "]");
        }
    }

    /** Section 一 written from the overview's figures when it has no paragraphs. */
    private String overviewSentence(Overview o) {
        StringBuilder b = new StringBuilder("本部门").append(report.cover().year()).append("年度");
        String unit = report.moneyUnit().label();
        o.requestedBudget().ifPresent(v -> b.append("申请预算资金").append(FormNumbers.plain(v)).append(unit).append("，"));
        o.actualSpending().ifPresent(v -> b.append("实际支出").append(FormNumbers.plain(v)).append(unit).append("，"));
        o.budgetExecutionRate().ifPresent(v -> b.append("预算执行率").append(FormNumbers.percent(v)).append("，"));
        if (b.charAt(b.length() - 1) == '，') {
            b.setCharAt(b.length() - 1, '。');
            return b.toString();
        }
        return text.none();
    }

    private void paragraphsOrNone(List<String> paragraphs, String path) {
        if (paragraphs.isEmpty()) {
            layout.body(text.none(), path);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            layout.body(paragraphs.get(i), path + "[" + i + "]");
        }
    }
}
