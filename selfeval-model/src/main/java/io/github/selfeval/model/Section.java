package io.github.selfeval.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A titled sub-section of the narrative, e.g. 信访问题处理 under 绩效实现情况分析.
 *
 * @param title the sub-section's title
 * @param paragraphs its paragraphs in order; never null, unmodifiable
 * @since 0.1
 */
public record Section(@NotBlank(message = "{io.github.selfeval.model.NotBlank.message}") @Size(max = 200, message = "{io.github.selfeval.model.TextSize.message}") String title, @Size(max = Limits.MAX_PARAGRAPHS, message = "{io.github.selfeval.model.ListSize.message}") List<@Size(max = Limits.MAX_PARAGRAPH_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> paragraphs) {

    /**
     * Checks and copies the arguments.
     *
     * @param title the sub-section's title
     * @param paragraphs its paragraphs in order; never null, unmodifiable
     */
    public Section {
        Objects.requireNonNull(title, "title");
        paragraphs = Checks.list(paragraphs, "paragraphs");
    }

    /**
     * A section.
     *
     * @param title the title
     * @param paragraphs the paragraphs
     * @return the section
     */
    public static Section of(String title, String... paragraphs) {
        return new Section(title, List.of(paragraphs));
    }
}
