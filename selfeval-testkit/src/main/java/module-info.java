/**
 * The testkit for exporter authors: {@link io.github.selfeval.export.testing.ReportExporterContract},
 * the contract every {@link io.github.selfeval.export.ReportExporter} keeps, as JUnit 5 tests an
 * exporter's test class inherits, and {@link io.github.selfeval.export.testing.ContractFixtures}.
 * For test scope only.
 *
 * @since 0.2
 */
module io.github.selfeval.testkit {
    requires transitive io.github.selfeval.export;
    requires transitive io.github.selfeval.testsupport;
    requires transitive org.junit.jupiter.api;
    requires static transitive org.jspecify;

    exports io.github.selfeval.export.testing;
}
