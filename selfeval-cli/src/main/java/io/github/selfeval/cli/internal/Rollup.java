package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.Summary;
import io.github.selfeval.export.SummaryExporter;
import io.github.selfeval.export.SummaryExporters;
import io.github.selfeval.export.SummaryFailure;
import io.github.selfeval.export.SummaryRow;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The batch roll-up 汇总.xlsx: one row per report sorted by 自评得分 (highest first), the grade
 * distribution and averages, and the files that failed.
 *
 * <p>Rows are kept as small {@link SummaryRow}s and sorted in bounded memory ({@link RollupSorter}); the
 * workbook itself is written by the {@link SummaryExporter} with id {@value #FORMAT} (the XLSX module's,
 * found through {@link SummaryExporters}), so the command line needs no spreadsheet library. Not
 * thread-safe: the batch's coordinating thread adds rows as reports complete.
 */
public final class Rollup implements Summary, Closeable {

    /** The summary format the roll-up is written in. */
    public static final String FORMAT = "xlsx";

    /** The roll-up's file name. */
    public static final String FILE_NAME = "汇总." + FORMAT;

    private final RollupSorter sorter;
    private final List<SummaryFailure> failures = new ArrayList<>();

    /** A roll-up holding up to {@link RollupSorter#DEFAULT_CHUNK} rows in memory at a time. */
    public Rollup() {
        this(RollupSorter.DEFAULT_CHUNK);
    }

    /**
     * A roll-up holding up to {@code chunk} rows in memory at a time.
     *
     * @param chunk the rows per sorted run
     */
    public Rollup(int chunk) {
        this(chunk, null);
    }

    /**
     * A roll-up holding up to {@code chunk} rows in memory at a time, spilling the rest into a folder
     * under {@code tempDir} (the run's own, so an interrupted run's files can be found and removed).
     *
     * @param chunk the rows per sorted run
     * @param tempDir where the sorted runs go, or null for the system's temporary directory
     */
    public Rollup(int chunk, java.nio.file.Path tempDir) {
        sorter = new RollupSorter(chunk, tempDir);
    }

    /**
     * Adds a scored report.
     *
     * @param row its roll-up row
     */
    public void add(SummaryRow row) {
        sorter.add(row);
    }

    /**
     * Adds a file that failed.
     *
     * @param file the file
     * @param error the one-line error
     */
    public void addFailure(String file, String error) {
        failures.add(new SummaryFailure(file, error));
    }

    /**
     * The number of reports added.
     *
     * @return the count
     */
    public long count() {
        return sorter.count();
    }

    @Override
    public long rowCount() {
        return sorter.count();
    }

    @Override
    public void forEachRow(Consumer<? super SummaryRow> sink) {
        sorter.forEachSorted(sink::accept);
    }

    @Override
    public List<SummaryFailure> failures() {
        return List.copyOf(failures);
    }

    /**
     * The summary exporter the roll-up is written with.
     *
     * @param registry the summary exporters of the run
     * @return the exporter
     * @throws CliException with exit code 3 when none is found (the XLSX module missing from the class path)
     */
    public static SummaryExporter exporter(SummaryExporters registry) {
        return registry.find(FORMAT).orElseThrow(() -> new CliException(SelfevalCli.EXPORT_FAILED,
                FILE_NAME + ": no roll-up format '" + FORMAT + "' found"
                        + (registry.ids().isEmpty() ? "" : " (found: " + String.join(", ", registry.ids()) + ")")
                        + (registry.loadFailures().isEmpty() ? ""
                                : "; could not be loaded: " + registry.loadFailures().get(0))));
    }

    /**
     * Writes the workbook atomically.
     *
     * @param exporter the roll-up format
     * @param target the file, usually {@code OUT/汇总.xlsx}
     * @param force whether an existing file may be replaced
     * @throws CliException with exit code 3 when it cannot be made or written
     */
    public void write(SummaryExporter exporter, Path target, boolean force) {
        // An ExportException (a SelfEvalException) thrown inside becomes AtomicOutput's exit-3 failure.
        AtomicOutput.write(target, force, out -> {
            try {
                exporter.export(this, out, ExportOptions.defaults());
            } catch (ExportException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                throw new ExportException(exporter.id(), exporter.getClass().getName(), AtomicOutput.describe(e), e);
            }
        });
    }

    @Override
    public void close() {
        sorter.close();
    }
}
