/**
 * The entry point of the {@code selfeval} command line, {@link io.github.selfeval.cli.SelfevalCli}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.cli;

import org.jspecify.annotations.NullMarked;
