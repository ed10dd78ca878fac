package io.github.selfeval.scoring;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.model.internal.Names;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rows a form marks as not applicable (不适用), and what that does to the total.
 *
 * <p>Real forms print {@code /}, {@code —} or {@code 不适用} in a row's 年度指标值 and 实际完成值 when the indicator
 * does not apply this year. Such a row — every value it prints is a mark, and it declares no 得分 — is dropped
 * from scoring: it earns nothing and asks for no 偏差原因. With {@code rescale} the rest are rescaled to 100:
 * 总分 = Σ 得分 × 100 / (100 − the dropped rows' 分值) (DOMAIN.md §9: "Not applicable rows (printed / or 不适用)
 * are dropped and the rest rescaled to 100"). Marks compare after NFKC without format characters, so the
 * full-width {@code ／} is {@code /}. A rule-pack setting ({@code scheme.notApplicable}). Immutable and
 * thread-safe.
 *
 * @param marks what a cell prints to say "not applicable"; empty: no row is ever not applicable
 * @param rescale whether the total is rescaled to 100 over the applicable rows' points
 * @since 0.3
 */
public record NotApplicableRule(List<String> marks, boolean rescale) {

    /** Longer cells are text, never a mark (a mark is a sign or a short word). */
    private static final int MAX_MARK_LENGTH = 16;

    /** No row is ever not applicable (every pack before 0.3, and the seed's form). */
    public static final NotApplicableRule NONE = new NotApplicableRule(List.of(), false);

    /** The marks real forms print: {@code /}, {@code —}, {@code ——}, {@code 不适用}. */
    public static final List<String> PRINTED_MARKS = List.of("/", "—", "——", "不适用");

    /** The printed marks, the rest rescaled to 100 (DOMAIN.md §9). */
    public static final NotApplicableRule RESCALE = new NotApplicableRule(PRINTED_MARKS, true);

    /**
     * Checks and copies the arguments.
     *
     * @param marks what a cell prints to say "not applicable"; none blank or longer than 16 characters
     * @param rescale whether the total is rescaled to 100 over the applicable rows' points
     */
    public NotApplicableRule {
        marks = List.copyOf(Objects.requireNonNull(marks, "marks"));
        for (String m : marks) {
            if (m.isBlank() || m.length() > MAX_MARK_LENGTH) {
                throw new IllegalArgumentException("a not-applicable mark must be 1–" + MAX_MARK_LENGTH
                        + " characters, was '" + m + "'");
            }
        }
    }

    /**
     * Whether a row is not applicable under this rule: it declares no 得分 (neither score nor 得分 / 折算得分), prints
     * at least one of 年度指标值 and 实际完成值, and every one it prints is a mark. The 预算执行率 row never is.
     *
     * @param row the row
     * @return the mark it prints, empty when the row is applicable
     */
    public Optional<String> markOf(Indicator row) {
        if (marks.isEmpty() || row.score().isPresent() || row.weightedScore().isPresent()
                || (row.expected().isEmpty() && row.actual().isEmpty()) || row.isBudgetExecutionRate()) {
            return Optional.empty();
        }
        if (!(row.expected().isEmpty() || isMark(row.expected().get()))
                || !(row.actual().isEmpty() || isMark(row.actual().get()))) {
            return Optional.empty();
        }
        return row.actual().or(row::expected);
    }

    /**
     * Whether a cell's text is one of the marks.
     *
     * @param written the cell as written
     * @return true for {@code /}, {@code ／}, {@code 不适用} … when they are marks of this rule
     */
    public boolean isMark(String written) {
        // Most cells hold a number: no mark has a digit, so those never reach the normalisation.
        if (written.length() > MAX_MARK_LENGTH) {
            return false;
        }
        for (int i = 0; i < written.length(); i++) {
            if (Character.isDigit(written.charAt(i))) {
                return false;
            }
        }
        String key = Names.key(written);
        for (String m : marks) {
            if (Names.key(m).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
