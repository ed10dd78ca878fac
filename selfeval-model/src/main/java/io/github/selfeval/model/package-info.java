/**
 * The immutable model of a 绩效自评报告 (budget performance self-evaluation report) and its 自评表.
 *
 * <p>Start at {@link io.github.selfeval.model.SelfEvaluation}. Values are records; absent values are
 * {@code Optional.empty()}, lists are never null and unmodifiable; money, rates and scores are
 * {@link java.math.BigDecimal} exactly as written, and percentages are {@link io.github.selfeval.model.Percent}
 * in percent points.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.model;

import org.jspecify.annotations.NullMarked;
