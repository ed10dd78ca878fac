package io.github.selfeval.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The points a form prints on a block label: {@code 产出指标(50分)} gives 产出指标 50;
 * {@code 年度绩效目标1(40分)} gives the goal block 年度绩效目标1 40. The rows of a block must add up to
 * its points; the audit checks it.
 *
 * <p>A goal block's own points have {@code level1} empty; a 一级 block inside a goal block names both.
 * Immutable and thread-safe.
 *
 * @param goalBlock the goal block (年度绩效目标1 …), if the form groups its rows so
 * @param level1 the 一级指标, if this is a 一级 block
 * @param points the points as printed
 * @since 0.2
 */
public record BlockPoints(
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> goalBlock,
        Optional<@Size(max = 100, message = "{io.github.selfeval.model.TextSize.message}") String> level1,
        @NotNull(message = "{io.github.selfeval.model.NotNull.message}") @DecimalMin(value = "0", message = "{io.github.selfeval.model.Min.message}") @DecimalMax(value = "100", message = "{io.github.selfeval.model.Max.message}") @Digits(integer = 3, fraction = 10, message = "{io.github.selfeval.model.ScoreDigits.message}") BigDecimal points) {

    /**
     * Checks the arguments; at least one of goal block and 一级 is named.
     *
     * @param goalBlock the goal block, if any
     * @param level1 the 一级指标, if this is a 一级 block
     * @param points the points as printed
     */
    public BlockPoints {
        goalBlock = Checks.text(goalBlock);
        level1 = Checks.text(level1);
        Objects.requireNonNull(points, "points");
        if (goalBlock.isEmpty() && level1.isEmpty()) {
            throw new IllegalArgumentException("a block names its goal block, its 一级指标, or both");
        }
    }

    /**
     * The points of a 一级 block outside any goal block.
     *
     * @param level1 the 一级指标, e.g. 产出指标
     * @param points the printed points, e.g. 50
     * @return the block
     */
    public static BlockPoints level1(String level1, BigDecimal points) {
        return new BlockPoints(Optional.empty(), Optional.of(level1), points);
    }

    /**
     * The points of a goal block.
     *
     * @param goalBlock e.g. 年度绩效目标1
     * @param points the printed points, e.g. 40
     * @return the block
     */
    public static BlockPoints goal(String goalBlock, BigDecimal points) {
        return new BlockPoints(Optional.of(goalBlock), Optional.empty(), points);
    }

    /**
     * Whether an indicator row belongs to this block.
     *
     * @param row the row
     * @return true when its goal block and (where this block names one) its 一级 match
     */
    public boolean contains(Indicator row) {
        if (goalBlock.isPresent() && !goalBlock.get().strip().equals(row.goalBlock().map(String::strip).orElse(""))) {
            return false;
        }
        if (goalBlock.isEmpty() && row.goalBlock().isPresent()) {
            return false;
        }
        return level1.isEmpty() || level1.get().strip().equals(row.level1().strip());
    }
}
