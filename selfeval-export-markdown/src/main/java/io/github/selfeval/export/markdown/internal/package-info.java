/**
 * The Markdown exporter's implementation; not exported: applications reach it as format
 * {@code markdown} through {@code ReportExporters}.
 *
 * @since 0.1
 */
package io.github.selfeval.export.markdown.internal;
