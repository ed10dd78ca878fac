package io.github.selfeval.export.docx.internal;

/**
 * The few words the document prints that no form description holds (the cover's details are
 * {@code CoverDetails}'): the overview sentence written when section 一 has no text, and the audit appendix (selfeval's own, not
 * the form's). The form's labels and the report's headings, titles and cover lines come from
 * {@code io.github.selfeval.model.form.FormDescription}; these are the PDF exporter's words for the rest.
 */
final class ReportWords {

    private ReportWords() {
    }

    // ---- the overview sentence ------------------------------------------------------------------

    static final String OVERVIEW_SUBJECT = "本部门";
    static final String YEAR = "年度";
    static final String REQUESTED_BUDGET = "申请预算资金";
    static final String ACTUAL_SPENDING = "实际支出";
    static final String EXECUTION_RATE = "预算执行率";

    // ---- audit appendix -------------------------------------------------------------------------

    static final String AUDIT = "附件：审核意见";
    static final String[] AUDIT_COLUMNS = {"序号", "级别", "位置", "说明", "填报值", "计算值"};
    static final String ERROR = "错误";
    static final String WARNING = "警告";
    static final String INFO = "提示";

    static String auditSummary(String pack, String total, String raw, String grade, int findings, long errors,
            long warnings, long infos) {
        return "评分规则：" + pack + "；自评得分（按规则计算）" + total + "，未取整 " + raw + "；结果等级：" + grade
                + "；审核发现 " + findings + " 项（错误 " + errors + "，警告 " + warnings + "，提示 " + infos + "）。";
    }
}
