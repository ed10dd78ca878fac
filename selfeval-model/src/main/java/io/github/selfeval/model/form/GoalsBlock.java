package io.github.selfeval.model.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The goals block: the department form's 目标完成情况 (numbered goals, 总体完成率) or the project form's
 * 年度总体目标 (预期目标 · 实际完成情况). Immutable and thread-safe.
 *
 * @param section the block's label (三、目标完成情况 / 年度总体目标)
 * @param layout how goals are laid out
 * @param target the 年度预期目标 / 预期目标 column's label
 * @param completion the 具体完成情况 / 实际完成情况 column's label
 * @param overall the 总体完成率(%) column's label, if the form has one
 * @param targetPrefix what precedes each goal, with {@code {n}} for its number (目标{n}：), or empty
 * @param completionPrefix what precedes each completion (目标{n}完成情况：), or empty
 * @param prefixVariants other prefixes a filled form prints before a goal or a completion, as templates
 *     with {@code {n}} (the seed prints 目标6完成： once): readers strip them, writers print the prefixes above
 * @since 0.2
 */
public record GoalsBlock(Label section, Layout layout, Label target, Label completion, Optional<Label> overall,
        String targetPrefix, String completionPrefix, List<String> prefixVariants) {

    /**
     * Checks the arguments.
     *
     * @param section the block's label
     * @param layout how goals are laid out
     * @param target the goal column's label
     * @param completion the completion column's label
     * @param overall the 总体完成率(%) column's label, if any
     * @param targetPrefix what precedes each goal, with {@code {n}} for its number, or empty
     * @param completionPrefix what precedes each completion, or empty
     * @param prefixVariants other prefixes a filled form prints, templates with {@code {n}}
     */
    public GoalsBlock {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(completion, "completion");
        overall = overall == null ? Optional.empty() : overall;
        targetPrefix = targetPrefix == null ? "" : targetPrefix;
        completionPrefix = completionPrefix == null ? "" : completionPrefix;
        prefixVariants = prefixVariants == null ? List.of() : List.copyOf(prefixVariants);
    }

    /**
     * A goals block whose filled forms print only its own prefixes.
     *
     * @param section the block's label
     * @param layout how goals are laid out
     * @param target the goal column's label
     * @param completion the completion column's label
     * @param overall the 总体完成率(%) column's label, if any
     * @param targetPrefix what precedes each goal, with {@code {n}} for its number, or empty
     * @param completionPrefix what precedes each completion, or empty
     */
    public GoalsBlock(Label section, Layout layout, Label target, Label completion, Optional<Label> overall,
            String targetPrefix, String completionPrefix) {
        this(section, layout, target, completion, overall, targetPrefix, completionPrefix, List.of());
    }

    /**
     * A goal's text as printed: its prefix with the number, then the text.
     *
     * @param n the goal's number, from 1
     * @param text the goal
     * @return e.g. 目标1：…
     */
    public String target(int n, String text) {
        return targetPrefix.replace("{n}", Integer.toString(n)) + text;
    }

    /**
     * A completion's text as printed.
     *
     * @param n the goal's number, from 1
     * @param text what was achieved
     * @return e.g. 目标1完成情况：…
     */
    public String completion(int n, String text) {
        return completionPrefix.replace("{n}", Integer.toString(n)) + text;
    }

    /** How goals are laid out. */
    public enum Layout {
        /** One row per goal with its completion beside it (the seed). JSON {@code list}. */
        LIST("list"),
        /** One row label, 预期目标 and 实际完成情况 side by side (the central project form). JSON {@code pair}. */
        PAIR("pair");

        private final String id;

        Layout(String id) {
            this.id = id;
        }

        /**
         * The JSON id.
         *
         * @return the id
         */
        @JsonValue
        public String id() {
            return id;
        }

        /**
         * The layout with a JSON id.
         *
         * @param id {@code list} or {@code pair}
         * @return the layout
         */
        @JsonCreator
        public static Layout of(String id) {
            for (Layout l : values()) {
                if (l.id.equals(id)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown goals layout '" + id + "'; known: list, pair");
        }
    }
}
