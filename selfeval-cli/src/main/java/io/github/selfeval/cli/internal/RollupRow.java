package io.github.selfeval.cli.internal;

import io.github.selfeval.model.Grade;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Severity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * One line of the batch roll-up: what a finance bureau compares across reports, and nothing more, so
 * that a batch keeps no score card in memory.
 *
 * @param file the report file, as given or found
 * @param department 部门名称
 * @param project 项目名称, empty for a 部门整体 form
 * @param year 年度
 * @param kind the form's label, e.g. 部门整体绩效自评
 * @param pack the rule pack applied
 * @param totalScore 自评得分 under the pack's rounding
 * @param grade the result grade
 * @param budgetExecutionRate 预算执行率 in percent points, or null when the budget is blank
 * @param errors findings of severity ERROR
 * @param warnings findings of severity WARNING
 * @param infos findings of severity INFO
 */
public record RollupRow(String file, String department, String project, int year, String kind, String pack,
        BigDecimal totalScore, Grade grade, BigDecimal budgetExecutionRate, int errors, int warnings, int infos) {

    /** Highest score first; ties by department, then file, so the order never depends on timing. */
    public static final Comparator<RollupRow> ORDER = Comparator.comparing(RollupRow::totalScore).reversed()
            .thenComparing(RollupRow::department)
            .thenComparing(RollupRow::file);

    /** Checks the arguments. */
    public RollupRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(totalScore, "totalScore");
        Objects.requireNonNull(grade, "grade");
    }

    /**
     * The roll-up line of a score card.
     *
     * @param file the report file
     * @param card the card
     * @return the row
     */
    public static RollupRow of(String file, ScoreCard card) {
        var r = card.report();
        return new RollupRow(file, r.cover().department(), r.project().map(p -> p.name()).orElse(""),
                r.cover().year(), r.kind().label(), card.packId(), card.totalScore(), card.grade(),
                card.budgetExecutionRate().map(p -> p.points()).orElse(null),
                card.findings(Severity.ERROR).size(), card.findings(Severity.WARNING).size(),
                card.findings(Severity.INFO).size());
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeUTF(file);
        out.writeUTF(department);
        out.writeUTF(project);
        out.writeInt(year);
        out.writeUTF(kind);
        out.writeUTF(pack);
        out.writeUTF(totalScore.toPlainString());
        out.writeUTF(grade.name());
        out.writeUTF(budgetExecutionRate == null ? "" : budgetExecutionRate.toPlainString());
        out.writeInt(errors);
        out.writeInt(warnings);
        out.writeInt(infos);
    }

    static RollupRow readFrom(DataInput in) throws IOException {
        String file = in.readUTF();
        String department = in.readUTF();
        String project = in.readUTF();
        int year = in.readInt();
        String kind = in.readUTF();
        String pack = in.readUTF();
        BigDecimal total = new BigDecimal(in.readUTF());
        Grade grade = Grade.valueOf(in.readUTF());
        String rate = in.readUTF();
        return new RollupRow(file, department, project, year, kind, pack, total, grade,
                rate.isEmpty() ? null : new BigDecimal(rate), in.readInt(), in.readInt(), in.readInt());
    }
}
