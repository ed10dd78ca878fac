package io.github.selfeval.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * The header of a 项目支出绩效自评表: which project, who supervises it, who carries it out.
 *
 * @param name 项目名称
 * @param supervisingDepartment 主管部门, if written
 * @param implementingUnit 实施单位, if written
 * @param code 项目编码, if printed
 * @param leader 项目负责人, if printed
 * @param financeLeader 财务负责人, if printed
 * @since 0.1
 */
public record ProjectInfo(
        @NotBlank(message = "{io.github.selfeval.model.NotBlank.message}") @Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String name,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> supervisingDepartment,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> implementingUnit,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> code,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> leader,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> financeLeader) {

    /**
     * Checks and normalises the arguments.
     *
     * @param name 项目名称
     * @param supervisingDepartment 主管部门, if written
     * @param implementingUnit 实施单位, if written
     * @param code 项目编码, if printed
     * @param leader 项目负责人, if printed
     * @param financeLeader 财务负责人, if printed
     */
    public ProjectInfo {
        Objects.requireNonNull(name, "name");
        supervisingDepartment = Checks.text(supervisingDepartment);
        implementingUnit = Checks.text(implementingUnit);
        code = Checks.text(code);
        leader = Checks.text(leader);
        financeLeader = Checks.text(financeLeader);
    }

    /**
     * The three fields every project form prints.
     *
     * @param name 项目名称
     * @param supervisingDepartment 主管部门, if written
     * @param implementingUnit 实施单位, if written
     */
    public ProjectInfo(String name, Optional<String> supervisingDepartment, Optional<String> implementingUnit) {
        this(name, supervisingDepartment, implementingUnit, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
