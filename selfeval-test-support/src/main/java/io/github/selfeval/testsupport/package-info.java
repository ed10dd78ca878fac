/**
 * Fixtures and generators shared by selfeval's tests and the testkit: the seed report, the real published
 * forms in {@code examples/}, QuickTheories generators of valid reports, and external tools.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.testsupport;

import org.jspecify.annotations.NullMarked;
