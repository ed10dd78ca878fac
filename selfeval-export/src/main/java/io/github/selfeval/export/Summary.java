package io.github.selfeval.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a {@link SummaryExporter} writes: the rows of a batch in {@link SummaryRow#ORDER} and the files
 * that failed.
 *
 * <p>An interface rather than a list so that a batch of any size can hand its rows over from a sort on
 * disk: {@link #forEachRow(Consumer)} may be called more than once and gives the same rows each time.
 *
 * @since 0.3
 */
public interface Summary {

    /**
     * How many rows {@link #forEachRow(Consumer)} gives.
     *
     * @return the count, at least 0
     */
    long rowCount();

    /**
     * Gives every row to {@code sink}, in {@link SummaryRow#ORDER}.
     *
     * @param sink what receives the rows, never null
     */
    void forEachRow(Consumer<? super SummaryRow> sink);

    /**
     * The files that gave no row, in the order they failed.
     *
     * @return the failures, never null
     */
    List<SummaryFailure> failures();

    /**
     * A summary of rows held in memory, sorted here.
     *
     * @param rows the rows, in any order; copied
     * @param failures the failed files; copied
     * @return the summary, immutable and thread-safe
     */
    static Summary of(List<SummaryRow> rows, List<SummaryFailure> failures) {
        List<SummaryRow> sorted = new ArrayList<>(rows);
        sorted.forEach(r -> Objects.requireNonNull(r, "row"));
        sorted.sort(SummaryRow.ORDER);
        List<SummaryRow> fixed = List.copyOf(sorted);
        List<SummaryFailure> failed = List.copyOf(failures);
        return new Summary() {
            @Override
            public long rowCount() {
                return fixed.size();
            }

            @Override
            public void forEachRow(Consumer<? super SummaryRow> sink) {
                fixed.forEach(sink);
            }

            @Override
            public List<SummaryFailure> failures() {
                return failed;
            }
        };
    }
}
