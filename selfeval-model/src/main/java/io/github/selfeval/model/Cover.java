package io.github.selfeval.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cover: 年度, 部门名称, 编制单位（盖章）, 日期, and the title lines as printed.
 *
 * @param year the budget year evaluated (年度), e.g. 2023
 * @param department 部门名称, e.g. 姜各庄镇人民政府
 * @param preparingUnit 编制单位, if written
 * @param date the date on the cover, if written
 * @param titleLines the cover's title lines as printed (e.g. 2023 年度 / 姜各庄镇人民政府部门 / 整体绩效 /
 *     自评报告); empty means exporters compose the usual ones
 * @since 0.1
 */
public record Cover(
        @JsonProperty(required = true) @Min(value = 1990, message = "{io.github.selfeval.model.Min.message}") @Max(value = 2200, message = "{io.github.selfeval.model.Max.message}") int year,
        @NotBlank(message = "{io.github.selfeval.model.NotBlank.message}") @Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String department,
        Optional<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> preparingUnit,
        Optional<LocalDate> date,
        List<@Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String> titleLines) {

    /**
     * Checks and copies the arguments.
     *
     * @param year the budget year evaluated (年度), e.g. 2023
     * @param department 部门名称, e.g. 姜各庄镇人民政府
     * @param preparingUnit 编制单位, if written
     * @param date the date on the cover, if written
     * @param titleLines the cover's title lines as printed (e.g. 2023 年度 / 姜各庄镇人民政府部门 / 整体绩效 / 自评报告); empty means exporters compose the usual ones
     */
    public Cover {
        Objects.requireNonNull(department, "department");
        preparingUnit = Checks.text(preparingUnit);
        date = Checks.opt(date);
        titleLines = Checks.list(titleLines, "titleLines");
    }

    /**
     * A cover with just a year and a department.
     *
     * @param year the year
     * @param department the department
     * @return the cover
     */
    public static Cover of(int year, String department) {
        return new Cover(year, department, Optional.empty(), Optional.empty(), List.of());
    }
}
