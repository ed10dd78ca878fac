/**
 * JMH benchmarks of scoring throughput. Not published; run from the shaded {@code target/benchmarks.jar}.
 *
 * @since 0.1
 */
module io.github.selfeval.benchmarks {
    requires io.github.selfeval.scoring;
    requires io.github.selfeval.export.pdf;
    requires io.github.selfeval.export.docx;
    requires io.github.selfeval.export.xlsx;
    requires io.github.selfeval.testsupport;
    requires jmh.core;
    // Thread CPU time for DocumentExportTurns.
    requires java.management;

    // JMH instantiates the generated benchmark classes reflectively.
    opens io.github.selfeval.benchmarks;
}
