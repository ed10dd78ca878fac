package io.github.selfeval.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * The five narrative sections of a 自评报告, in the order they are printed.
 *
 * <ol>
 *   <li>一、部门整体概况 ({@link #overview()});</li>
 *   <li>二、部门整体绩效目标和绩效指标设定情况 ({@link #goalsAndIndicators()});</li>
 *   <li>三、绩效实现情况分析, one titled sub-section per area of work ({@link #performanceAnalysis()});</li>
 *   <li>四、存在问题 ({@link #problems()});</li>
 *   <li>五、相关建议、改进措施及结果应用, an ordered list ({@link #suggestions()}).</li>
 * </ol>
 * Every list is never null and unmodifiable; an empty list is a section left blank.
 *
 * @param overview 一
 * @param goalsAndIndicators 二, paragraphs
 * @param performanceAnalysis 三, titled sub-sections
 * @param problems 四, paragraphs
 * @param suggestions 五, numbered items (without their numbers)
 * @since 0.1
 */
public record Narrative(
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @Valid Overview overview,
        @Size(max = Limits.MAX_PARAGRAPHS, message = "{io.github.selfeval.model.ListSize.message}") List<@Size(max = Limits.MAX_PARAGRAPH_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> goalsAndIndicators,
        @Size(max = Limits.MAX_PARAGRAPHS, message = "{io.github.selfeval.model.ListSize.message}") List<@Valid Section> performanceAnalysis,
        @Size(max = Limits.MAX_PARAGRAPHS, message = "{io.github.selfeval.model.ListSize.message}") List<@Size(max = Limits.MAX_PARAGRAPH_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> problems,
        @Size(max = Limits.MAX_PARAGRAPHS, message = "{io.github.selfeval.model.ListSize.message}") List<@Size(max = Limits.MAX_PARAGRAPH_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> suggestions) {

    /**
     * Checks and copies the arguments.
     *
     * @param overview 一
     * @param goalsAndIndicators 二, paragraphs
     * @param performanceAnalysis 三, titled sub-sections
     * @param problems 四, paragraphs
     * @param suggestions 五, numbered items (without their numbers)
     */
    public Narrative {
        Objects.requireNonNull(overview, "overview");
        goalsAndIndicators = Checks.list(goalsAndIndicators, "goalsAndIndicators");
        performanceAnalysis = Checks.list(performanceAnalysis, "performanceAnalysis");
        problems = Checks.list(problems, "problems");
        suggestions = Checks.list(suggestions, "suggestions");
    }

    /**
     * A narrative with every section blank.
     *
     * @return the empty narrative
     */
    public static Narrative empty() {
        return new Narrative(Overview.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Whether every section is blank: a report that is only its form (most 项目支出 reports). Writers then
     * print the form without empty 「无。」 sections.
     *
     * @return true when nothing was written in sections 一 to 五
     * @since 0.2
     */
    public boolean isEmpty() {
        return equals(empty());
    }
}
