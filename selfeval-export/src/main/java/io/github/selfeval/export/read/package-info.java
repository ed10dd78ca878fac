/**
 * The label reader, for reader plugins: a file reader turns its sheets or tables into
 * {@link io.github.selfeval.export.read.FormGrid}s and its paragraphs into a
 * {@link io.github.selfeval.export.read.SourceDocument}, and
 * {@link io.github.selfeval.export.read.LabelledForms} finds the forms in it by the labels their form
 * descriptions print.
 *
 * @since 0.3
 */
@NullMarked
package io.github.selfeval.export.read;

import org.jspecify.annotations.NullMarked;
