package io.github.selfeval.model;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One 年度预期目标 and its 具体完成情况, side by side as on the form.
 *
 * <p>Either side may be missing on a real form (the seed has completions without goals and a goal
 * without completion); the audit reports it. Immutable.
 *
 * @param target 年度预期目标, if written
 * @param completion 具体完成情况, if written
 * @since 0.1
 */
public record Goal(
        Optional<@Size(max = Limits.MAX_NOTE_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> target,
        Optional<@Size(max = Limits.MAX_NOTE_LENGTH, message = "{io.github.selfeval.model.TextSize.message}") String> completion) {

    /**
     * Normalises absent and blank sides to empty.
     *
     * @param target 年度预期目标, if written
     * @param completion 具体完成情况, if written
     */
    public Goal {
        target = Checks.text(target);
        completion = Checks.text(completion);
    }

    /**
     * A goal with both sides, either of which may be null for blank.
     *
     * @param target the goal
     * @param completion what was achieved
     * @return the goal
     */
    public static Goal of(@Nullable String target, @Nullable String completion) {
        return new Goal(Optional.ofNullable(target), Optional.ofNullable(completion));
    }
}
