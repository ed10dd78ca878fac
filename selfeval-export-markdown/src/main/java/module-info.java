/**
 * Exports a scored 绩效自评 as Markdown (format id {@code markdown}): the worked example of an
 * exporter plugin. Exports nothing; found through {@link java.util.ServiceLoader} only.
 *
 * @since 0.1
 */
module io.github.selfeval.export.markdown {
    requires io.github.selfeval.export;
    requires static org.jspecify;

    provides io.github.selfeval.export.ReportExporter
            with io.github.selfeval.export.markdown.internal.MarkdownExporter;
}
