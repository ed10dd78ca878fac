/**
 * The {@code selfeval} command line: validate, score, export, import, list formats and batch-process
 * 绩效自评 reports.
 *
 * <p>Exports only {@link io.github.selfeval.cli.SelfevalCli}; the commands live in an internal package
 * opened to picocli, which reads their annotated fields reflectively. Export formats are found at run
 * time through {@code ReportExporters}, so any exporter on the path shows up.
 *
 * @since 0.1
 */
module io.github.selfeval.cli {
    requires io.github.selfeval.export;
    requires io.github.selfeval.export.xlsx;
    requires info.picocli;
    requires org.apache.poi.ooxml;

    exports io.github.selfeval.cli;

    opens io.github.selfeval.cli.internal to info.picocli;

    uses io.github.selfeval.export.ReportExporter;
}
