/**
 * The label engine behind {@code LabelledForms}: filled forms matched against their descriptions; not exported.
 */
@NullMarked
package io.github.selfeval.export.internal.labels;

import org.jspecify.annotations.NullMarked;
