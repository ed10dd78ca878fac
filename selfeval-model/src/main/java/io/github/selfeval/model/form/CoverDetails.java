package io.github.selfeval.model.form;

import io.github.selfeval.model.HeaderDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The optional header details some provinces print on a report's cover (Hunan's 预算编码, 评价方式 …; no
 * standard form prints them in its table), as lines every writer prints alike. Thread-safe.
 *
 * @since 0.2
 */
public final class CoverDetails {
    private CoverDetails() {
    }

    /**
     * One cover line and the JSON path of the value it shows.
     *
     * @param text the line as printed, e.g. 预算编码：101001
     * @param path the value's JSON path, e.g. {@code details.budgetCode}
     */
    public record Line(String text, String path) {
        /**
         * Checks the arguments.
         *
         * @param text the line as printed
         * @param path the value's JSON path
         */
        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * The lines for the details a report writes, in the order the cover prints them; blank ones are left out.
     *
     * @param d the details
     * @return the lines, never null
     */
    public static List<Line> lines(HeaderDetails d) {
        List<Line> rows = new ArrayList<>();
        d.budgetCode().ifPresent(v -> rows.add(new Line("预算编码：" + v, "details.budgetCode")));
        d.evaluationMethod().ifPresent(v -> rows.add(new Line("评价方式：" + v, "details.evaluationMethod")));
        d.evaluationAgency().ifPresent(v -> rows.add(new Line("评价机构：" + v, "details.evaluationAgency")));
        d.reportDate().ifPresent(v -> rows.add(new Line("报告日期：" + FormNumbers.date(v), "details.reportDate")));
        d.supervisingDepartment().ifPresent(v -> rows.add(new Line("主管部门：" + v, "details.supervisingDepartment")));
        d.financeDivision().ifPresent(v -> rows.add(new Line("财政处室：" + v, "details.financeDivision")));
        d.contactPerson().ifPresent(v -> rows.add(new Line("联系人：" + v, "details.contactPerson")));
        d.staffQuota().ifPresent(v -> rows.add(new Line("人员编制：" + v + "人", "details.staffQuota")));
        d.actualStaff().ifPresent(v -> rows.add(new Line("实有人数：" + v + "人", "details.actualStaff")));
        return List.copyOf(rows);
    }
}
