package io.github.selfeval.cli.internal;

import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.SelfEvaluation;

/** Short descriptions of reports for summary lines. */
final class Describe {

    private Describe() {
    }

    static String report(SelfEvaluation r, Lang lang) {
        String kind;
        if (lang == Lang.en) {
            kind = r.kind() == FormKind.PROJECT ? "project expenditure" : "department";
            String name = r.project().map(p -> p.name() + ", ").orElse("");
            return kind + " self-evaluation " + r.cover().year() + ", " + name + r.cover().department() + ", "
                    + English.count(r.indicators().size(), "indicator");
        }
        kind = r.kind() == FormKind.PROJECT ? "项目支出绩效自评" : "部门整体绩效自评";
        String name = r.project().map(p -> p.name() + "，").orElse("");
        return r.cover().year() + " 年度" + kind + "，" + name + r.cover().department() + "，"
                + r.indicators().size() + " 项指标";
    }
}
