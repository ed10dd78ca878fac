/**
 * The contract every {@code ReportExporter} must pass: {@link io.github.selfeval.export.testing.ReportExporterContract}
 * and its {@link io.github.selfeval.export.testing.ContractFixtures}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.selfeval.export.testing;

import org.jspecify.annotations.NullMarked;
