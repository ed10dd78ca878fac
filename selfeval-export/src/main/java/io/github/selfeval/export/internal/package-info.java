/**
 * The export SPI's implementation (provider registration, the JSON reader); not exported.
 */
@NullMarked
package io.github.selfeval.export.internal;

import org.jspecify.annotations.NullMarked;
