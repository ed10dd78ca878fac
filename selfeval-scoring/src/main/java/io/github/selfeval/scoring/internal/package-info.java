/**
 * The scoring engine and the readers of packs and catalogues; not API.
 */
@NullMarked
package io.github.selfeval.scoring.internal;

import org.jspecify.annotations.NullMarked;
