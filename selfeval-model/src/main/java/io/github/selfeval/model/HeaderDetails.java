package io.github.selfeval.model;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Optional header fields some provinces' forms carry (Hunan's cover, Chongqing's header).
 *
 * <p>All optional; a form that lacks them simply leaves them empty. Immutable.
 *
 * @param budgetCode 预算编码
 * @param evaluationMethod 评价方式
 * @param evaluationAgency 评价机构
 * @param reportDate 报告日期
 * @param contactPerson 联系人 / 部门联系人
 * @param staffQuota 人员编制
 * @param actualStaff 实有人数
 * @param functions 职能职责概述
 * @param supervisingDepartment 主管部门
 * @param financeDivision 财政处室
 * @since 0.1
 */
public record HeaderDetails(
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> budgetCode,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> evaluationMethod,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> evaluationAgency,
        Optional<LocalDate> reportDate,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> contactPerson,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}") Integer> staffQuota,
        Optional<@PositiveOrZero(message = "{io.github.selfeval.model.NotNegative.message}") Integer> actualStaff,
        Optional<@Size(max = 10_000, message = "{io.github.selfeval.model.TextSize.message}") String> functions,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> supervisingDepartment,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> financeDivision) {

    /**
     * Normalises absent and blank values to empty.
     *
     * @param budgetCode 预算编码
     * @param evaluationMethod 评价方式
     * @param evaluationAgency 评价机构
     * @param reportDate 报告日期
     * @param contactPerson 联系人 / 部门联系人
     * @param staffQuota 人员编制
     * @param actualStaff 实有人数
     * @param functions 职能职责概述
     * @param supervisingDepartment 主管部门
     * @param financeDivision 财政处室
     */
    public HeaderDetails {
        budgetCode = Checks.text(budgetCode);
        evaluationMethod = Checks.text(evaluationMethod);
        evaluationAgency = Checks.text(evaluationAgency);
        reportDate = Checks.opt(reportDate);
        contactPerson = Checks.text(contactPerson);
        staffQuota = Checks.opt(staffQuota);
        actualStaff = Checks.opt(actualStaff);
        functions = Checks.text(functions);
        supervisingDepartment = Checks.text(supervisingDepartment);
        financeDivision = Checks.text(financeDivision);
    }

    /**
     * No optional header fields.
     *
     * @return an empty header
     */
    public static HeaderDetails empty() {
        return new HeaderDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
