/**
 * The model's implementation (JSON binding, constraint validators, atomic file writes); exported only to
 * selfeval's own modules, no part of the API.
 */
@NullMarked
package io.github.selfeval.model.internal;

import org.jspecify.annotations.NullMarked;
