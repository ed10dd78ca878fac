/**
 * Forms as data: one {@link io.github.selfeval.model.form.FormDescription} per official form (the seed's
 * Hebei 部门整体 form, the central 项目支出 form, the Sichuan variant …) naming its blocks, its columns, the
 * labels as printed with their common variants, and the model field each cell holds.
 *
 * <p>Every writer lays a form out from its description and every reader matches a filled form against
 * it, so labels, titles and numerals exist once ({@link io.github.selfeval.model.form.FormNumbers} for
 * numbers and Chinese numerals). Descriptions are JSON resources under {@code META-INF/selfeval/forms/};
 * a user adds their province's form by putting a file there, see
 * {@link io.github.selfeval.model.form.FormDescriptions}.
 *
 * @since 0.2
 */
@NullMarked
package io.github.selfeval.model.form;

import org.jspecify.annotations.NullMarked;
