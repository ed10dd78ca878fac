/**
 * JUnit extensions shared by selfeval's tests: {@link io.github.selfeval.testsupport.junit.SkipReasons}
 * says on the console why a test was skipped.
 *
 * @since 0.2
 */
@NullMarked
package io.github.selfeval.testsupport.junit;

import org.jspecify.annotations.NullMarked;
