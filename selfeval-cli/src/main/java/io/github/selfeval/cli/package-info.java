/**
 * The entry point of the {@code selfeval} command line, {@link io.github.selfeval.cli.SelfevalCli}.
 *
 * @since 0.1
 */
package io.github.selfeval.cli;
