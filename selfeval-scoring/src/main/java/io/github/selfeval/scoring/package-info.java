/**
 * Scoring and audit of a self-evaluation: {@code Scorer} turns a validated
 * {@link io.github.selfeval.model.SelfEvaluation} into a {@link io.github.selfeval.scoring.ScoreCard}.
 *
 * <p>Every type here is null-marked: a parameter or return value is never null unless annotated
 * {@link org.jspecify.annotations.Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.scoring;

import org.jspecify.annotations.NullMarked;
