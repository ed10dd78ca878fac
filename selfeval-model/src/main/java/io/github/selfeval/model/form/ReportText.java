package io.github.selfeval.model.form;

import io.github.selfeval.model.SelfEvaluation;
import java.util.List;
import java.util.Objects;

/**
 * The words of the 自评报告 around its form: the document title, the cover's title lines, the narrative's
 * section headings 一 to 五, and what a blank section prints.
 *
 * <p>Templates may hold {@code {year}}, {@code {department}} and {@code {project}} (the project's name,
 * or the department where there is none). Immutable and thread-safe.
 *
 * @param documentTitle the title above section 一
 * @param coverLines the cover's title lines when the report prints none of its own
 * @param preparingUnit the cover's 编制单位（盖章）： label
 * @param department the cover's 部门名称： label
 * @param overview section 一's heading
 * @param goalsAndIndicators section 二's heading
 * @param performanceAnalysis section 三's heading
 * @param problems section 四's heading
 * @param suggestions section 五's heading
 * @param none what a blank section prints, e.g. 无。
 * @param preparingUnitLines other ways a cover prints its preparing unit, as templates with
 *     {@code {unit}} for it: the seed prints 「姜各庄镇人民政府部门编制（盖章）」 ({@code {unit}部门编制（盖章）})
 *     rather than 「编制单位（盖章）：…」; readers match them, writers print {@link #preparingUnit()}
 * @param overviewFigures the figures section 一's first paragraph states, in the order it states them, each
 *     after its phrase (申请预算资金 3746.68 万元，实际支出 2819.17 万元，预算执行率 75.24%…); readers take them
 *     from the text into {@link io.github.selfeval.model.Overview}
 * @param departmentVariants other labels a filled form prints before the department's name, e.g. 填报单位：
 *     above the seed's form; readers match them, writers print {@link #department()}
 * @since 0.2
 */
public record ReportText(String documentTitle, List<String> coverLines, String preparingUnit, String department,
        String overview, String goalsAndIndicators, String performanceAnalysis, String problems,
        String suggestions, String none, List<String> preparingUnitLines, List<Figure> overviewFigures,
        List<String> departmentVariants) {

    /**
     * Checks and copies the arguments.
     *
     * @param documentTitle the title above section 一
     * @param coverLines the cover's title lines when the report prints none of its own
     * @param preparingUnit the cover's 编制单位（盖章）： label
     * @param department the cover's 部门名称： label
     * @param overview section 一's heading
     * @param goalsAndIndicators section 二's heading
     * @param performanceAnalysis section 三's heading
     * @param problems section 四's heading
     * @param suggestions section 五's heading
     * @param none what a blank section prints
     * @param preparingUnitLines other ways a cover prints its preparing unit, templates with {@code {unit}}
     * @param overviewFigures the figures the overview states, in order
     * @param departmentVariants other labels a filled form prints before the department's name
     */
    public ReportText {
        Objects.requireNonNull(documentTitle, "documentTitle");
        coverLines = List.copyOf(coverLines);
        Objects.requireNonNull(preparingUnit, "preparingUnit");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(goalsAndIndicators, "goalsAndIndicators");
        Objects.requireNonNull(performanceAnalysis, "performanceAnalysis");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(none, "none");
        preparingUnitLines = preparingUnitLines == null ? List.of() : List.copyOf(preparingUnitLines);
        overviewFigures = overviewFigures == null ? List.of() : List.copyOf(overviewFigures);
        departmentVariants = departmentVariants == null ? List.of() : List.copyOf(departmentVariants);
    }

    /**
     * A figure the overview states after a phrase.
     *
     * @param field the {@link io.github.selfeval.model.Overview} component it fills: {@code requestedBudget},
     *     {@code actualSpending}, {@code budgetExecutionRate}, {@code projectCount}, {@code projectAmount},
     *     {@code projectSpending} or {@code projectExecutionRate}
     * @param phrase the words before the number, e.g. 申请预算资金
     * @since 0.3
     */
    public record Figure(String field, String phrase) {
        /** The fields a figure may fill. */
        public static final List<String> FIELDS = List.of("requestedBudget", "actualSpending", "budgetExecutionRate",
                "projectCount", "projectAmount", "projectSpending", "projectExecutionRate");

        /**
         * Checks the arguments.
         *
         * @param field the Overview component
         * @param phrase the words before the number
         */
        public Figure {
            Objects.requireNonNull(phrase, "phrase");
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown overview figure '" + field + "', expected one of " + FIELDS);
            }
        }
    }

    /**
     * The words of a report that prints its preparing unit only as {@code 编制单位（盖章）：…}.
     *
     * @param documentTitle the title above section 一
     * @param coverLines the cover's title lines when the report prints none of its own
     * @param preparingUnit the cover's 编制单位（盖章）： label
     * @param department the cover's 部门名称： label
     * @param overview section 一's heading
     * @param goalsAndIndicators section 二's heading
     * @param performanceAnalysis section 三's heading
     * @param problems section 四's heading
     * @param suggestions section 五's heading
     * @param none what a blank section prints
     */
    public ReportText(String documentTitle, List<String> coverLines, String preparingUnit, String department,
            String overview, String goalsAndIndicators, String performanceAnalysis, String problems,
            String suggestions, String none) {
        this(documentTitle, coverLines, preparingUnit, department, overview, goalsAndIndicators, performanceAnalysis,
                problems, suggestions, none, List.of(), List.of(), List.of());
    }

    /**
     * A template filled in for a report.
     *
     * @param template the template
     * @param report the report
     * @return the text
     */
    public static String fill(String template, SelfEvaluation report) {
        String department = report.cover().department();
        String project = report.project().map(p -> p.name()).orElse(department);
        return template.replace("{year}", Integer.toString(report.cover().year()))
                .replace("{department}", department)
                .replace("{project}", project);
    }

    /**
     * The document title for a report.
     *
     * @param report the report
     * @return e.g. 2023年度姜各庄镇人民政府整体绩效自评工作报告
     */
    public String documentTitle(SelfEvaluation report) {
        return fill(documentTitle, report);
    }

    /**
     * The cover's title lines for a report: its own where it prints them, else this form's.
     *
     * @param report the report
     * @return the lines, never empty
     */
    public List<String> coverLines(SelfEvaluation report) {
        if (!report.cover().titleLines().isEmpty()) {
            return report.cover().titleLines();
        }
        return coverLines.stream().map(l -> fill(l, report)).toList();
    }
}
