package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.model.FormKind;

/**
 * The Chinese labels of the 自评表 and the names of the sheets: written by the exporter and looked
 * for by the reader, so both live here.
 */
public final class Labels {
    private Labels() {
    }

    /** The form sheet. */
    public static final String SHEET_FORM = "自评表";
    /** The audit sheet. */
    public static final String SHEET_AUDIT = "审核";
    /** The hidden sheet with what the form does not show. */
    public static final String SHEET_DATA = "数据";

    static final String BASIC = "一、基本情况";
    static final String IMPLEMENTING_DEPARTMENT = "实施主管部门";
    static final String MONEY_UNIT = "金额单位";
    static final String PROJECT_NAME = "项目名称";
    static final String SUPERVISING_DEPARTMENT = "主管部门";
    static final String IMPLEMENTING_UNIT = "实施单位";

    static final String BUDGET = "二、预算执行情况";
    static final String BUDGET_PLANNED = "预算安排情况（调整后）";
    static final String BUDGET_RECEIVED = "资金到位情况";
    static final String BUDGET_SPENT = "资金执行情况";
    static final String EXECUTION_RATE = "预算执行进度(%)";
    static final String BUDGET_AMOUNT = "预算数";
    static final String RECEIVED_AMOUNT = "到位数";
    static final String SPENT_AMOUNT = "执行数";
    static final String FISCAL = "其中：财政资金";
    static final String OTHER = "其他资金";

    static final String GOALS = "三、目标完成情况";
    static final String GOAL_TARGET = "年度预期目标";
    static final String GOAL_COMPLETION = "具体完成情况";
    static final String OVERALL_COMPLETION = "总体完成率(%)";

    static final String INDICATORS = "四、年度绩效指标完成情况";
    static final String LEVEL1 = "一级指标";
    static final String LEVEL2 = "二级指标";
    static final String LEVEL3 = "三级指标";
    static final String DESCRIPTION = "指标说明";
    static final String EXPECTED = "预期指标值";
    static final String SYMBOL = "符号";
    static final String VALUE = "值";
    static final String UNIT = "单位（文字描述）";
    static final String ACTUAL = "单项指标实际完成值";
    static final String GRADE = "单项指标完成情况";
    static final String SELF_SCORE = "自评得分";
    static final String SCORE = "单项指标得分";
    static final String WEIGHT = "权重占比(%)";
    static final String WEIGHTED_SCORE = "单项指标折算得分";
    static final String POINTS = "分值";
    static final String SCORE_RATE = "得分系数(%)";
    static final String POINTS_SCORE = "得分";
    static final String DEVIATION = "偏差原因分析及改进措施";
    static final String IMPROVEMENT_PREFIX = "改进措施：";

    static final String PREPARER = "填报人";
    static final String PHONE = "联系电话";
    static final String NOTES = "说明：";

    static String title(int year, FormKind kind) {
        return year + "年度" + kind.label() + "表";
    }

    static String goalTargetPrefix(int n) {
        return "目标" + n + "：";
    }

    static String goalCompletionPrefix(int n) {
        return "目标" + n + "完成情况：";
    }

    static String notePrefix(int n) {
        return n + ". ";
    }
}
