/**
 * Test support for selfeval's modules: QuickTheories generators of valid reports
 * ({@link io.github.selfeval.testsupport.Reports}) and the seed example
 * ({@link io.github.selfeval.testsupport.Seed}). Used in test scope only; published because selfeval-testkit uses the generators.
 *
 * @since 0.1
 */
module io.github.selfeval.testsupport {
    requires transitive io.github.selfeval.model;
    requires transitive quicktheories;
    requires transitive org.junit.jupiter.api;
    requires static transitive org.jspecify;

    exports io.github.selfeval.testsupport;
    exports io.github.selfeval.testsupport.junit;

    // Says why a test was skipped, in every module's tests (JUnit's extension auto-detection).
    provides org.junit.jupiter.api.extension.Extension with io.github.selfeval.testsupport.junit.SkipReasons;

    // The seed examples are resources of this package; tests of other modules read them through Seed.
    opens io.github.selfeval.testsupport;
}
