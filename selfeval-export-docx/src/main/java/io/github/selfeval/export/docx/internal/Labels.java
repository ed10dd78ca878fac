package io.github.selfeval.export.docx.internal;

/**
 * Every printed label of the document, in one place: the same words the PDF exporter prints.
 *
 * <p>The 自评表's labels belong to the form descriptions ({@code io.github.selfeval.model.form}); until
 * the tables are laid out from those, they live here and nowhere else in this module, so that the switch
 * is a change to one class.
 */
final class Labels {

    private Labels() {
    }

    // ---- cover and title ------------------------------------------------------------------------

    static final String YEAR = "年度";
    static final String DEPARTMENT_SUFFIX = "部门";
    static final String WHOLE_PERFORMANCE = "整体绩效";
    static final String PROJECT_PERFORMANCE = "项目支出绩效";
    static final String SELF_EVALUATION_REPORT = "自评报告";
    static final String DEPARTMENT_NAME = "部门名称：";
    static final String PREPARING_UNIT = "编制单位（盖章）：";
    static final String BUDGET_CODE = "预算编码：";
    static final String EVALUATION_METHOD = "评价方式：";
    static final String EVALUATION_AGENCY = "评价机构：";
    static final String REPORT_DATE = "报告日期：";
    static final String SUPERVISING_DEPARTMENT = "主管部门：";
    static final String FINANCE_DIVISION = "财政处室：";
    static final String CONTACT_PERSON = "联系人：";
    static final String STAFF_QUOTA = "人员编制：";
    static final String ACTUAL_STAFF = "实有人数：";
    static final String PERSONS = "人";
    static final String DEPARTMENT_TITLE_SUFFIX = "整体绩效自评工作报告";
    static final String PROJECT_TITLE_SUFFIX = "项目支出绩效自评报告";

    // ---- narrative ------------------------------------------------------------------------------

    static final String OVERVIEW_DEPARTMENT = "一、部门整体概况";
    static final String OVERVIEW_PROJECT = "一、项目概况";
    static final String GOALS_DEPARTMENT = "二、部门整体绩效目标和绩效指标设定情况";
    static final String GOALS_PROJECT = "二、项目绩效目标和绩效指标设定情况";
    static final String ANALYSIS = "三、绩效实现情况分析";
    static final String PROBLEMS = "四、存在问题";
    static final String SUGGESTIONS = "五、相关建议、改进措施及结果应用";
    static final String NONE = "无。";
    static final String NONE_CELL = "无";
    static final String OVERVIEW_SUBJECT = "本部门";
    static final String REQUESTED_BUDGET = "申请预算资金";
    static final String ACTUAL_SPENDING = "实际支出";
    static final String EXECUTION_RATE = "预算执行率";

    // ---- the 自评表 --------------------------------------------------------------------------------

    static final String FORM_DEPARTMENT = "部门整体绩效自评表";
    static final String FORM_PROJECT = "项目支出绩效自评表";
    static final String BASIC = "一、基本情况";
    static final String PROJECT_NAME = "项目名称";
    static final String FORM_SUPERVISING_DEPARTMENT = "主管部门";
    static final String IMPLEMENTING_UNIT = "实施单位";
    static final String IMPLEMENTING_DEPARTMENT = "实施主管部门";
    static final String MONEY_UNIT = "金额单位";
    static final String BUDGET = "二、预算执行情况";
    static final String BUDGET_ARRANGED = "预算安排情况（调整后）";
    static final String FUNDS_RECEIVED = "资金到位情况";
    static final String FUNDS_SPENT = "资金执行情况";
    static final String EXECUTION_PROGRESS = "预算执行进度(%)";
    static final String BUDGET_AMOUNT = "预算数";
    static final String RECEIVED_AMOUNT = "到位数";
    static final String SPENT_AMOUNT = "执行数";
    static final String OF_WHICH_FISCAL = "其中：财政资金";
    static final String OTHER = "其他";
    static final String GOALS = "三、目标完成情况";
    static final String ANNUAL_GOAL = "年度预期目标";
    static final String COMPLETION = "具体完成情况";
    static final String OVERALL_COMPLETION = "总体完成率(%)";
    static final String INDICATORS = "四、年度绩效指标完成情况";
    static final String LEVEL1 = "一级指标";
    static final String LEVEL2 = "二级指标";
    static final String LEVEL3 = "三级指标";
    static final String DESCRIPTION = "指标说明";
    static final String EXPECTED = "预期指标值";
    static final String UNIT = "单位（文字描述）";
    static final String ACTUAL = "单项指标实际完成值";
    static final String GRADE = "单项指标完成情况";
    static final String SELF_SCORE = "自评得分";
    static final String DEVIATION = "偏差原因分析及改进措施";
    static final String SYMBOL = "符号";
    static final String VALUE = "值";
    static final String SCORE_WEIGHTED = "单项指标得分";
    static final String WEIGHT = "权重占比(%)";
    static final String WEIGHTED_SCORE = "单项指标折算得分";
    static final String SCORE_SHARE = "得分系数(%)";
    static final String POINTS = "分值";
    static final String EARNED = "得分";
    static final String PREPARER = "填报人：";
    static final String PHONE = "联系电话：";
    static final String NOTES = "说明：";

    static String goal(int n) {
        return "目标" + n + "：";
    }

    static String goalCompletion(int n) {
        return "目标" + n + "完成情况：";
    }

    /** What was declared, beside the computed value: 「（填报：91）」. */
    static String declared(String value) {
        return "（填报：" + value + "）";
    }

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
