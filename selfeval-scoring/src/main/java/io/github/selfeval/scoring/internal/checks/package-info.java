/**
 * The built-in pluggable audit checks, registered as {@code io.github.selfeval.scoring.AuditCheck} providers; not API.
 */
@NullMarked
package io.github.selfeval.scoring.internal.checks;

import org.jspecify.annotations.NullMarked;
