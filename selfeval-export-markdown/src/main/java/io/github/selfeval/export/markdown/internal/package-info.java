/**
 * The Markdown exporter's implementation; not exported: applications reach it as format
 * {@code markdown} through {@code ReportExporters}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.export.markdown.internal;

import org.jspecify.annotations.NullMarked;
