/**
 * JUnit extensions shared by selfeval's tests: {@link io.github.selfeval.testsupport.junit.SkipReasons}
 * says on the console why a test was skipped.
 *
 * @since 0.2
 */
package io.github.selfeval.testsupport.junit;
