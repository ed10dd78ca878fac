package io.github.selfeval.export;

import io.github.selfeval.model.Grade;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Severity;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One report's line in a batch roll-up (汇总): what a finance bureau compares across reports and nothing
 * more, so that a batch of thousands keeps no score card in memory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the report's file as the batch names it (a form of a file holding several: {@code file#2})
 * @param department 部门名称
 * @param project 项目名称, empty for a 部门整体 form
 * @param year 年度
 * @param kind the form's label, e.g. 部门整体绩效自评
 * @param pack the id of the rule pack applied
 * @param totalScore 自评得分 under the pack's rounding
 * @param grade the result grade
 * @param budgetExecutionRate 预算执行率 in percent points, empty when the budget is blank
 * @param errors the number of findings of severity ERROR
 * @param warnings the number of findings of severity WARNING
 * @param infos the number of findings of severity INFO
 * @since 0.3
 */
public record SummaryRow(String file, String department, String project, int year, String kind, String pack,
        BigDecimal totalScore, Grade grade, Optional<BigDecimal> budgetExecutionRate, int errors, int warnings,
        int infos) {

    /**
     * The roll-up's order: highest score first; ties by department, then file, so that the order never
     * depends on which report finished first.
     */
    public static final Comparator<SummaryRow> ORDER = Comparator.comparing(SummaryRow::totalScore).reversed()
            .thenComparing(SummaryRow::department)
            .thenComparing(SummaryRow::file);

    /**
     * Checks the arguments; a null rate is taken as empty.
     *
     * @param file the report's file
     * @param department 部门名称
     * @param project 项目名称, empty for a 部门整体 form
     * @param year 年度
     * @param kind the form's label
     * @param pack the rule pack's id
     * @param totalScore 自评得分
     * @param grade the grade
     * @param budgetExecutionRate 预算执行率 in percent points, if any
     * @param errors the ERROR findings
     * @param warnings the WARNING findings
     * @param infos the INFO findings
     */
    public SummaryRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(totalScore, "totalScore");
        Objects.requireNonNull(grade, "grade");
        budgetExecutionRate = budgetExecutionRate == null ? Optional.empty() : budgetExecutionRate;
        if (errors < 0 || warnings < 0 || infos < 0) {
            throw new IllegalArgumentException("finding counts cannot be negative");
        }
    }

    /**
     * The roll-up line of a score card.
     *
     * @param file the report's file, as the batch names it
     * @param card the card
     * @return the row, never null
     */
    public static SummaryRow of(String file, ScoreCard card) {
        var r = card.report();
        return new SummaryRow(file, r.cover().department(), r.project().map(p -> p.name()).orElse(""),
                r.cover().year(), r.kind().label(), card.packId(), card.totalScore(), card.grade(),
                card.budgetExecutionRate().map(p -> p.points()),
                card.findings(Severity.ERROR).size(), card.findings(Severity.WARNING).size(),
                card.findings(Severity.INFO).size());
    }
}
