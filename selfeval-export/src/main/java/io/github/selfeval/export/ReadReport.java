package io.github.selfeval.export;

import io.github.selfeval.model.SelfEvaluation;
import java.util.List;
import java.util.Objects;

/**
 * One form read from a file: the report, where each of its values came from, and what a lenient read
 * could not take.
 *
 * <p>Immutable and thread-safe.
 *
 * @param report the report read, not yet validated
 * @param formId the id of the form description the file was matched to, e.g. {@code central-project};
 *     {@code json} when read from selfeval's own JSON
 * @param provenance the cell each value was read from
 * @param issues what a {@link ReadOptions#lenient() lenient} read left out, each naming its cell; always
 *     empty for a strict read, which throws instead
 * @since 0.3
 */
public record ReadReport(SelfEvaluation report, String formId, Provenance provenance, List<ReadIssue> issues) {

    /**
     * Checks and copies the arguments.
     *
     * @param report the report read
     * @param formId the form description's id
     * @param provenance the cell each value was read from
     * @param issues what a lenient read left out
     */
    public ReadReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(provenance, "provenance");
        issues = List.copyOf(issues);
    }

    /**
     * A report read without cells to point at (selfeval's JSON, where the JSON path is the location).
     *
     * @param report the report
     * @param formId the form id
     * @return the read report, with no provenance and no issues
     */
    public static ReadReport of(SelfEvaluation report, String formId) {
        return new ReadReport(report, formId, Provenance.empty(), List.of());
    }
}
