package io.github.selfeval.model;

/**
 * The largest report selfeval accepts, in one place: the Bean Validation constraints of the model use
 * these values, and the readers' default limits ({@code ReadLimits.DEFAULT} in selfeval-export) are taken
 * from them, so that a report that validates exports with every built-in format and reads back from the
 * files selfeval wrote. One past a limit is refused at validation, naming the JSON path and the limit.
 *
 * <p>The counts are far above any real 自评表 (a few goals, a few dozen indicators, a handful of notes) and
 * low enough that the form sheet of a workbook stays inside the readers' 20 000 rows.
 *
 * @since 0.3
 */
public final class Limits {

    /** The most indicators of one report ({@code indicators}). */
    public static final int MAX_INDICATORS = 10_000;

    /** The most goals of one report ({@code goals.items}); each is a row of the form. */
    public static final int MAX_GOALS = 1_000;

    /** The most 说明 notes of one report ({@code notes}); each is a row of the form. */
    public static final int MAX_NOTES = 1_000;

    /** The most block labels with points of one report ({@code blocks}). */
    public static final int MAX_BLOCKS = 1_000;

    /** The longest paragraph of the report's text (sections 一 to 五), in characters: a reader's longest cell. */
    public static final int MAX_PARAGRAPH_LENGTH = 100_000;

    /** The longest note, goal text or text block of the form, in characters. */
    public static final int MAX_NOTE_LENGTH = 10_000;

    private Limits() {
    }
}
