package io.github.selfeval.model.form;

import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.SelfEvaluation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One official form, as data: its title, its blocks in order, the labels as printed (with the variants
 * other templates print), and the model field each cell holds.
 *
 * <p>Writers lay the form out from it; readers find a filled form's cells by its labels. Loaded from
 * {@code META-INF/selfeval/forms/<id>.json} by {@link FormDescriptions}. Immutable and thread-safe.
 *
 * @param id the form's id: lowercase letters, digits and hyphens, e.g. {@code central-project}
 * @param kind which kind of report fills it
 * @param name a human-readable name, e.g. 项目支出绩效自评表（中央表式）
 * @param title the form's title lines as printed, templates with {@code {year}}: e.g.
 *     {@code 项目支出绩效自评表} and {@code （{year}年度）}
 * @param titleVariants other titles a filled form of this kind may print (readers match them)
 * @param header the header block
 * @param funds the money block
 * @param goals the goals block, if the form has one (a Hubei form groups its rows under goal blocks instead)
 * @param indicators the indicator table
 * @param total the total row
 * @param texts the text blocks below the table, in order
 * @param signature the fields of the row under the table (填报人：, 联系电话： …), in order
 * @param notes the 说明 label, if the form prints notes
 * @param report the words of the report around the form
 * @param sources where the layout was taken from (real published forms)
 * @since 0.2
 */
public record FormDescription(String id, FormKind kind, String name, List<String> title, List<String> titleVariants,
        Header header, FundsBlock funds, Optional<GoalsBlock> goals, IndicatorTable indicators, TotalRow total,
        List<TextBlock> texts, List<Signature> signature, Optional<Label> notes, ReportText report, List<String> sources) {

    /**
     * Checks and copies the arguments.
     *
     * @param id the form's id
     * @param kind which kind of report fills it
     * @param name a human-readable name
     * @param title the form's title lines as printed, templates with {@code {year}}
     * @param titleVariants other titles a filled form of this kind may print
     * @param header the header block
     * @param funds the money block
     * @param goals the goals block, if the form has one (a Hubei form groups its rows under goal blocks instead)
     * @param indicators the indicator table
     * @param total the total row
     * @param texts the text blocks below the table, in order
     * @param signature the fields of the row under the table (填报人：, 联系电话： …), in order
     * @param notes the 说明 label, if the form prints notes
     * @param report the words of the report around the form
     * @param sources where the layout was taken from
     */
    public FormDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        title = List.copyOf(title);
        titleVariants = titleVariants == null ? List.of() : List.copyOf(titleVariants);
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(funds, "funds");
        goals = goals == null ? Optional.empty() : goals;
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(total, "total");
        texts = texts == null ? List.of() : List.copyOf(texts);
        signature = signature == null ? List.of() : List.copyOf(signature);
        notes = notes == null ? Optional.empty() : notes;
        Objects.requireNonNull(report, "report");
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a form has a title");
        }
    }

    /**
     * The form's title lines for a report's year.
     *
     * @param report the report
     * @return e.g. {@code 2023年度部门整体绩效自评表}, or {@code 项目支出绩效自评表} and {@code （2022年度）}
     */
    public List<String> titleLines(SelfEvaluation report) {
        return title.stream().map(t -> ReportText.fill(t, report)).toList();
    }

    /**
     * The form's header block: an optional section label and the labelled fields in order.
     *
     * @param section the block's label (一、基本情况), if printed
     * @param fields the fields in form order
     */
    public record Header(Optional<Label> section, List<HeaderField> fields) {
        /**
         * Checks and copies the arguments.
         *
         * @param section the block's label, if printed
         * @param fields the fields in form order
         */
        public Header {
            section = section == null ? Optional.empty() : section;
            fields = List.copyOf(fields);
        }
    }
}
