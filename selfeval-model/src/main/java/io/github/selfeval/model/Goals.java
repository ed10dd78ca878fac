package io.github.selfeval.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * 目标完成情况: the goals in form order and the declared 总体完成率.
 *
 * @param items the goals, in order; never null, unmodifiable
 * @param declaredOverallCompletion 总体完成率(%) as written, if written
 * @since 0.1
 */
public record Goals(@Size(max = Limits.MAX_GOALS, message = "{io.github.selfeval.model.ListSize.message}") List<@Valid Goal> items, Optional<@Valid Percent> declaredOverallCompletion) {

    /**
     * Copies the list and normalises absent values.
     *
     * @param items the goals, in order; never null, unmodifiable
     * @param declaredOverallCompletion 总体完成率(%) as written, if written
     */
    public Goals {
        items = Checks.list(items, "items");
        declaredOverallCompletion = Checks.opt(declaredOverallCompletion);
    }

    /**
     * No goals and no completion rate: a blank block.
     *
     * @return empty goals
     */
    public static Goals empty() {
        return new Goals(List.of(), Optional.empty());
    }
}
