package io.github.selfeval.model;

import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The text blocks a 项目支出 form prints below its table: 评价结论, 存在问题, 改进措施, and the variants
 * 偏差大或目标未完成原因分析 and 改进措施及结果应用方案. All optional; kept as written. Immutable.
 *
 * @param conclusion 评价结论
 * @param problems 存在问题
 * @param improvements 改进措施
 * @param deviationAnalysis 偏差大或目标未完成原因分析
 * @param resultApplication 改进措施及结果应用方案
 * @since 0.2
 */
public record FormTexts(
        Optional<@Size(max = Limits.MAX_NOTE_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> conclusion,
        Optional<@Size(max = Limits.MAX_NOTE_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> problems,
        Optional<@Size(max = Limits.MAX_NOTE_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> improvements,
        Optional<@Size(max = Limits.MAX_NOTE_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> deviationAnalysis,
        Optional<@Size(max = Limits.MAX_NOTE_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> resultApplication) {

    /**
     * Normalises blank text to absent text.
     *
     * @param conclusion 评价结论
     * @param problems 存在问题
     * @param improvements 改进措施
     * @param deviationAnalysis 偏差大或目标未完成原因分析
     * @param resultApplication 改进措施及结果应用方案
     */
    public FormTexts {
        conclusion = Checks.text(conclusion);
        problems = Checks.text(problems);
        improvements = Checks.text(improvements);
        deviationAnalysis = Checks.text(deviationAnalysis);
        resultApplication = Checks.text(resultApplication);
    }

    /**
     * No text blocks.
     *
     * @return blank texts
     */
    public static FormTexts empty() {
        return new FormTexts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether every block is blank.
     *
     * @return true when nothing was written
     */
    public boolean isEmpty() {
        return conclusion.isEmpty() && problems.isEmpty() && improvements.isEmpty() && deviationAnalysis.isEmpty()
                && resultApplication.isEmpty();
    }
}
