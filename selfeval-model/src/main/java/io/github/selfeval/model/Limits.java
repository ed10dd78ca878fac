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

    /**
     * The most indicators of one report ({@code indicators}): many times the largest real form (under a
     * hundred rows), and what a report at every limit at once exports to every built-in format and reads
     * back from within a 512 MB heap (measured: 2,000 does, usually even under the batch's {@code -Xmx256m};
     * at 5,000 the Word export runs out of 256 MB, at 10,000 the workbook export too).
     */
    public static final int MAX_INDICATORS = 2_000;

    /** The most goals of one report ({@code goals.items}); each is a row of the form. */
    public static final int MAX_GOALS = 1_000;

    /** The most 说明 notes of one report ({@code notes}); each is a row of the form. */
    public static final int MAX_NOTES = 1_000;

    /** The most block labels with points of one report ({@code blocks}). */
    public static final int MAX_BLOCKS = 1_000;

    /**
     * The most further rows of one money column ({@code extras} of a {@link Funds}: 财政专户管理资金,
     * 单位资金 …); real forms name one or two.
     *
     * @since 0.3
     */
    public static final int MAX_EXTRAS = 100;

    /** The longest paragraph of the report's text (sections 一 to 五), in characters: a reader's longest cell. */
    public static final int MAX_PARAGRAPH_LENGTH = 100_000;

    /** The longest note, goal text or text block of the form, in characters. */
    public static final int MAX_NOTE_LENGTH = 10_000;

    /**
     * The most paragraphs of one list of the report's text (sections 一, 二, 四 and 五, and each
     * sub-section of 三), and the most sub-sections of 三 ({@code narrative.performanceAnalysis}).
     */
    public static final int MAX_PARAGRAPHS = 1_000;

    /**
     * The most characters of all the report's texts together (every string of the report: names, notes,
     * goals, paragraphs, …). The counts and lengths above allow far more than this (1,000 notes of 10,000
     * characters alone are ten million); this total keeps a report at every limit at once inside what
     * the readers accept back: its JSON under the JSON reader's 16 MiB, its workbook and document under
     * the 20 MiB file limit. Checked at validation ({@link TextsWithinLimit}), naming the text where the
     * running total passes it.
     */
    public static final int MAX_TEXT_CHARACTERS = 4_000_000;

    private Limits() {
    }
}
