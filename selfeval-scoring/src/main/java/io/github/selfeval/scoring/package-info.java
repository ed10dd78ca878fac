/**
 * Scoring and audit of a self-evaluation: {@code Scorer} turns a validated
 * {@link io.github.selfeval.model.SelfEvaluation} into a {@link io.github.selfeval.scoring.ScoreCard}.
 *
 * @since 0.1
 */
package io.github.selfeval.scoring;
