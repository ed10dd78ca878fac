/**
 * The {@code selfeval} command line: validate, score, export, import, list formats and batch-process
 * 绩效自评 reports.
 *
 * <p>Exports only {@link io.github.selfeval.cli.SelfevalCli}; the commands live in an internal package
 * opened to picocli, which reads their annotated fields reflectively. Export formats, readers and the batch
 * roll-up format are found at run time through {@code ReportExporters}, {@code ReportReaders} and
 * {@code SummaryExporters}, so any plugin on the path shows up; the command line itself needs no spreadsheet or
 * document library.
 *
 * @since 0.1
 */
module io.github.selfeval.cli {
    requires io.github.selfeval.export;
    requires info.picocli;
    requires static transitive org.jspecify;

    exports io.github.selfeval.cli;

    opens io.github.selfeval.cli.internal to info.picocli;

    uses io.github.selfeval.export.ReportExporter;
    uses io.github.selfeval.export.ReportReader;
    uses io.github.selfeval.export.SummaryExporter;
}
