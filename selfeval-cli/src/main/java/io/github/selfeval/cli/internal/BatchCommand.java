package io.github.selfeval.cli.internal;

import io.github.selfeval.model.internal.AtomicFiles;
import io.github.selfeval.model.internal.IoErrors;
import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.SummaryExporter;
import io.github.selfeval.export.SummaryRow;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code selfeval batch DIR_OR_FILES… --out DIR}: validates, scores and exports every report, and
 * writes the roll-up 汇总.xlsx.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Validate, score and export every report (*.json, and filled forms *.xlsx, *.xls, *.docx, *.doc and the "
                + "extensions of reader plugins; directories are walked), in parallel, and write the roll-up "
                + Rollup.FILE_NAME + " in --out: one row per report (each form of a file holding several: FILE#N) sorted by "
                + "自评得分, with grade, 预算执行率 and findings by severity, plus the grade distribution and averages.",
            "Bad files do not stop the batch (not even one that exhausts memory or stack): they are listed with "
                + "their errors at the end.",
            "Exit 0 all done, 1 some reports were unreadable or invalid, 3 some exports failed (or "
                + Rollup.FILE_NAME + " exists without --force), 5 some reports hit an internal error, 2 bad options."
        })
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR_OR_FILE", description = "Report files, or directories to walk.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "ID", defaultValue = "xlsx",
            description = "Formats to export each report to, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Reports processed at once (default: the number of processors; at most 4 × the processors).")
    Integer jobs;

    @Option(names = "--force", description = "Replace output files (and " + Rollup.FILE_NAME + ") that exist.")
    boolean force;

    @Option(names = "--progress", paramLabel = "auto|bar|log", defaultValue = "auto",
            description = "Progress display: a bar when a terminal is attached (auto), always a bar, or log lines.")
    ProgressMode progress;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    ExportSettings settings;

    @Mixin
    ReadSettings reading;

    /** The most workers per available processor; more are reduced to this. */
    static final int JOBS_PER_PROCESSOR = 4;

    /** How progress is shown. */
    enum ProgressMode { auto, bar, log }

    /** One report to process and where its outputs go (without extension). */
    record Job(Path file, String display, Path outBase) {
    }

    /** What became of one report. */
    record Outcome(Job job, String display, SummaryRow row, int exitCode, String error, List<Path> written) {
    }

    /** Output names taken so far (lowercase, relative to --out): the files', then forms' of files with several. */
    private final Set<String> taken = new HashSet<>();

    /** The run's own temporary files and their removal on SIGTERM. */
    private RunFiles runFiles;

    /** What lenient reads left out, printed as warnings at the end. */
    private final List<String> issues = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = jobs == null ? cores : jobs;
        if (threads < 1) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, "--jobs " + threads + ": must be at least 1");
        }
        int maxThreads = maxJobs(cores);
        if (threads > maxThreads) {
            // More workers than this only add memory (each holds a report and its exports) and temporary files.
            err.println("selfeval: --jobs " + threads + ": using " + maxThreads + " (at most " + JOBS_PER_PROCESSOR
                    + " × the " + cores + " processors)");
            threads = maxThreads;
        }
        ReportExporters registry = RootCommand.plugins(spec).exporters();
        List<ReportExporter> exporters = ExportCommand.Formats.resolve(registry, formats);
        ReportReaders readers = RootCommand.plugins(spec).readers();
        SummaryExporter summaryFormat = Rollup.exporter(RootCommand.plugins(spec).summaryExporters());
        ExportOptions options = settings.options();
        scoring.check();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliException(SelfevalCli.EXPORT_FAILED, "--out " + out + ": exists and is not a directory; the output directory must be one");
        }
        Path rollupFile = out.resolve(Rollup.FILE_NAME);
        AtomicOutput.checkWritable(rollupFile, force);

        // Find the work before making anything: a run with nothing to do leaves no empty folder.
        extensions = new java.util.TreeSet<>();
        readers.all().forEach(r -> r.fileExtensions().forEach(e -> extensions.add(e.toLowerCase(Locale.ROOT))));
        List<Job> work = collect();
        if (work.isEmpty()) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, "no report files ("
                    + extensions.stream().map(e -> "*." + e).reduce((a, b) -> a + ", " + b).orElse("no readers found")
                    + ") found in "
                    + inputs.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CliException(SelfevalCli.EXPORT_FAILED, "--out " + out + ": cannot create the output directory ("
                    + IoErrors.reason(e) + ")", e);
        }
        boolean bar = progress == ProgressMode.bar || (progress == ProgressMode.auto && System.console() != null);
        Progress meter = new Progress(err, work.size(), bar);

        List<Outcome> failed = new ArrayList<>();
        int worst = SelfevalCli.OK;
        // `threads` reports are worked on at once (read, score, render), and as many more may be waiting on
        // the disk: each output is flushed (fsync) before its rename, and a worker waiting on that holds no
        // compute permit, so the processors stay busy rendering the next reports meanwhile.
        computing = new Semaphore(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads * 2, new Named());
        // SIGTERM (or Ctrl-C) ends the JVM without unwinding the workers: RunFiles' hook stops them and
        // removes their temporary files and unfinished outputs. (kill -9 cannot be caught: the next batch
        // into the same --out removes what it left.)
        try (RunFiles files = RunFiles.open(out, err); Rollup rollup = new Rollup(RollupSorter.DEFAULT_CHUNK, files.dir())) {
            runFiles = files;
            files.onStop(millis -> {
                pool.shutdownNow();
                pool.awaitTermination(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            });
            CompletionService<List<Outcome>> done = new ExecutorCompletionService<>(pool);
            int submitted = 0;
            int completed = 0;
            int maxInFlight = threads * 4;
            long reports = 0;
            while (completed < work.size()) {
                while (submitted < work.size() && submitted - completed < maxInFlight) {
                    Job job = work.get(submitted++);
                    try {
                        done.submit(() -> contained(job, exporters, options, readers));
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        if (files.stopping()) {
                            return files.stopped();
                        }
                        throw e;
                    }
                }
                List<Outcome> forms = take(done);
                if (files.stopping()) {
                    return files.stopped(); // the hook removes this report's outputs if unfinished
                }
                completed++;
                // A file of several forms is several reports: the count grows as they are found.
                meter.more(forms.size() - 1);
                reports += forms.size();
                for (Outcome o : forms) {
                    if (o.row() != null) {
                        rollup.add(o.row());
                        meter.ok(o);
                    } else {
                        failed.add(o);
                        rollup.addFailure(o.display(), o.error());
                        meter.failed(o);
                        worst = worse(worst, o.exitCode());
                    }
                }
            }
            meter.finish();
            try {
                if (files.stopping()) {
                    return files.stopped();
                }
                rollup.write(summaryFormat, rollupFile, force);
            } catch (CliException e) {
                err.println("selfeval: " + e.getMessage());
                worst = worse(worst, SelfevalCli.EXPORT_FAILED);
            }
            stdout.println("batch: " + rollup.count() + " of " + reports + " reports scored and exported to "
                    + out + ", " + failed.size() + " failed; roll-up: " + rollupFile
                    + " (" + meter.elapsedText() + ")");
        } finally {
            pool.shutdownNow();
        }
        if (!issues.isEmpty()) {
            err.println("left out by --lenient (" + issues.size() + "):");
            for (String i : issues) {
                err.println("  " + i);
            }
        }
        if (!failed.isEmpty()) {
            err.println("failed (" + failed.size() + "):");
            for (Outcome o : failed) {
                String[] lines = o.error().split("\\R");
                err.println("  " + lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    err.println("      " + lines[i]);
                }
            }
        }
        stdout.flush();
        err.flush();
        return worst;
    }

    /** Invalid input outranks failed exports: a pipeline must look at the reports first. */
    private static int worse(int a, int b) {
        if (a == SelfevalCli.INVALID_INPUT || b == SelfevalCli.INVALID_INPUT
                || a == SelfevalCli.UNREADABLE_INPUT || b == SelfevalCli.UNREADABLE_INPUT) {
            return SelfevalCli.INVALID_INPUT;
        }
        return Math.max(a, b);
    }

    private static List<Outcome> take(CompletionService<List<Outcome>> done) {
        try {
            Future<List<Outcome>> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(SelfevalCli.EXPORT_FAILED, "batch interrupted", e);
        } catch (ExecutionException e) {
            // contained() returns every failure as an Outcome; only a failure to make one can get here.
            throw new CliException(SelfevalCli.INTERNAL_ERROR, "batch: internal error "
                    + InternalErrors.describe(e.getCause()), e.getCause());
        }
    }

    /**
     * Processes one file so that nothing it does escapes as more than its own failure: a Java Error
     * (out of memory or stack) in a reader, the scorer or an exporter is that file's failure, and the
     * batch goes on with the next.
     */
    private List<Outcome> contained(Job job, List<ReportExporter> exporters, ExportOptions options,
            ReportReaders readers) {
        Permit permit = new Permit(computing);
        try {
            permit.acquire();
            return process(job, exporters, options, readers, permit);
        } catch (RuntimeException | Error e) {
            return List.of(new Outcome(job, job.display(), null, SelfevalCli.INTERNAL_ERROR,
                    job.display() + ": internal error " + InternalErrors.describe(e), List.of()));
        } finally {
            permit.release();
        }
    }

    /** Workers computing at once (reading, scoring, rendering): the --jobs; writing to disk needs none. */
    private Semaphore computing = new Semaphore(1);

    /** One worker's hold on a compute slot: released while it waits on the disk, taken again for the next form. */
    private static final class Permit {
        private final Semaphore slots;
        private boolean held;

        Permit(Semaphore slots) {
            this.slots = slots;
        }

        void acquire() {
            if (!held) {
                slots.acquireUninterruptibly();
                held = true;
            }
        }

        void release() {
            if (held) {
                held = false;
                slots.release();
            }
        }
    }

    private List<Outcome> process(Job job, List<ReportExporter> exporters, ExportOptions options,
            ReportReaders readers, Permit permit) {
        List<Form> forms;
        try {
            forms = ReportFiles.read(job.file(), readers, reading.options());
        } catch (CliException e) {
            return List.of(new Outcome(job, job.display(), null, e.exitCode(), e.getMessage(), List.of()));
        } catch (SelfEvalException e) {
            return List.of(new Outcome(job, job.display(), null, SelfevalCli.UNREADABLE_INPUT,
                    job.display() + ": " + e.getMessage(), List.of()));
        }
        if (reading.lenient) {
            synchronized (issues) {
                forms.forEach(f -> f.read().issues().forEach(i -> issues.add(f.name() + ": " + Form.text(i.location(),
                        settings.lang) + " (" + i.path() + "): " + i.message() + " [" + i.code() + "]")));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Form form : forms) {
            Path base = forms.size() == 1 ? job.outBase() : reserve(job, form.outputBase());
            permit.acquire();
            outcomes.add(process(job, form, base, exporters, options.toBuilder().provenance(form.provenance()).build(),
                    permit));
        }
        return outcomes;
    }

    /** A name for one form of a file holding several, next to where the file's own outputs would go. */
    private Path reserve(Job job, String formBase) {
        Path relParent = out.relativize(job.outBase()).getParent();
        Path rel = relParent == null ? Path.of(formBase + ".form") : relParent.resolve(formBase + ".form");
        synchronized (taken) {
            return unique(taken, rel);
        }
    }

    private Outcome process(Job job, Form form, Path outBase, List<ReportExporter> exporters, ExportOptions options,
            Permit permit) {
        String display = form.name();
        SummaryRow row;
        ScoreCard card;
        try {
            SelfEvaluation report = ReportFiles.requireValid(form, settings.lang);
            card = scoring.score(display, report);
            row = SummaryRow.of(display, card);
        } catch (CliException e) {
            return new Outcome(job, display, null, e.exitCode(), e.getMessage(), List.of());
        } catch (SelfEvalException e) {
            return new Outcome(job, display, null, SelfevalCli.INVALID_INPUT, display + ": " + e.getMessage(), List.of());
        } catch (RuntimeException e) {
            return new Outcome(job, display, null, SelfevalCli.INVALID_INPUT,
                    display + ": internal error: " + AtomicOutput.describe(e), List.of());
        }
        // Every format is rendered in memory first (compute), then written (disk, without the compute permit).
        List<byte[]> rendered = new ArrayList<>();
        for (ReportExporter e : exporters) {
            try {
                rendered.add(render(e, card, options));
            } catch (SelfEvalException ex) {
                return new Outcome(job, display, null, SelfevalCli.EXPORT_FAILED, display + ": " + ex.getMessage(),
                        List.of());
            } catch (RuntimeException ex) {
                return new Outcome(job, display, null, SelfevalCli.EXPORT_FAILED, display + ": export to " + e.id()
                        + " failed: " + AtomicOutput.describe(ex), List.of());
            } catch (Error ex) {
                return new Outcome(job, display, null, SelfevalCli.INTERNAL_ERROR, display + ": export to " + e.id()
                        + ": internal error " + InternalErrors.describe(ex), List.of());
            }
        }
        permit.release();
        List<Path> written = new ArrayList<>();
        boolean complete = false;
        try {
            for (int i = 0; i < exporters.size(); i++) {
                ReportExporter e = exporters.get(i);
                byte[] bytes = rendered.get(i);
                rendered.set(i, null);
                if (runFiles.stopping()) {
                    return new Outcome(job, display, null, SelfevalCli.EXPORT_FAILED, display + ": stopped"
                            + removed(written), List.of());
                }
                Path target = outBase.resolveSibling(outBase.getFileName() + "." + e.fileExtension());
                try {
                    Files.createDirectories(target.getParent());
                    AtomicFiles.write(target, force, out -> out.write(bytes));
                    written.add(target);
                    runFiles.unfinished(target);
                } catch (SelfEvalException | IOException | UncheckedIOException ex) {
                    String m = ex instanceof SelfEvalException se && AtomicFiles.OUTPUT_EXISTS.equals(se.code())
                            ? target + ": file exists; not overwritten (use --force to replace it)"
                            : ex instanceof SelfEvalException ? ex.getMessage()
                            : target.getParent() + ": cannot create the directory ("
                                    + IoErrors.reason(ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex)
                                    + ")";
                    return new Outcome(job, display, null, SelfevalCli.EXPORT_FAILED, display + ": " + m
                            + removed(written), List.of());
                } catch (RuntimeException ex) {
                    return new Outcome(job, display, null, SelfevalCli.EXPORT_FAILED, display + ": export to " + e.id()
                            + " failed: " + AtomicOutput.describe(ex) + removed(written), List.of());
                } catch (Error ex) {
                    return new Outcome(job, display, null, SelfevalCli.INTERNAL_ERROR, display + ": export to " + e.id()
                            + ": internal error " + InternalErrors.describe(ex) + removed(written), List.of());
                }
            }
            complete = true;
            return new Outcome(job, display, row, SelfevalCli.OK, null, written);
        } finally {
            if (!complete) {
                RunFiles.deleteQuietly(written);
            }
            runFiles.finished(written);
        }
    }

    /** One format's bytes, failing as {@link ReportExporters#export} fails: the exporter's failure an {@link ExportException}. */
    private static byte[] render(ReportExporter exporter, ScoreCard card, ExportOptions options) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            exporter.export(card, out, options);
        } catch (RuntimeException | LinkageError e) {
            throw ExportException.of(exporter, e);
        }
        return out.toByteArray();
    }

    /** A report's formats land together or not at all: the note for the ones removed after a later one failed. */
    private static String removed(List<Path> written) {
        return written.isEmpty() ? "" : " (so its " + written.stream().map(p -> p.getFileName().toString())
                .reduce((a, b) -> a + ", " + b).orElse("") + " was removed: a report's formats are written together or not at all)";
    }

    /** The most workers a batch uses on a machine with this many processors. */
    static int maxJobs(int processors) {
        return JOBS_PER_PROCESSOR * Math.max(1, processors);
    }

    /** Every report file, in a stable order, each with an output name no other report has. */
    private List<Job> collect() {
        Path outAbs = out.toAbsolutePath().normalize();
        List<Job> work = new ArrayList<>();
        // The roll-up's name is never a report's: a report called 汇总.json exports to 汇总-2.xlsx.
        taken.add(key(null, ExportCommand.Formats.baseName(Path.of(Rollup.FILE_NAME))));
        Set<Path> seen = new HashSet<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new CliException(SelfevalCli.UNREADABLE_INPUT, input + ": no such file or directory");
            }
            if (Files.isDirectory(input)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(input)) {
                    found = walk.filter(Files::isRegularFile)
                            .filter(p -> !p.toAbsolutePath().normalize().startsWith(outAbs))
                            .filter(this::isReport)
                            .sorted()
                            .toList();
                } catch (IOException | UncheckedIOException e) {
                    throw new CliException(SelfevalCli.UNREADABLE_INPUT, input + ": cannot list the directory: "
                            + AtomicOutput.describe(e), e);
                }
                for (Path f : found) {
                    if (seen.add(identity(f))) {
                        Path rel = input.relativize(f);
                        work.add(new Job(f, f.toString(), unique(taken, rel)));
                    }
                }
            } else if (seen.add(identity(input))) {
                work.add(new Job(input, input.toString(), unique(taken, input.getFileName())));
            }
        }
        return work;
    }

    /** The same file given twice (or reached through two directories or a link) is one report. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private Path unique(Set<String> taken, Path relative) {
        String base = ExportCommand.Formats.baseName(relative);
        Path parent = relative.getParent();
        String candidate = base;
        for (int n = 2; !taken.add(key(parent, candidate)); n++) {
            candidate = base + "-" + n;
        }
        return parent == null ? out.resolve(candidate) : out.resolve(parent).resolve(candidate);
    }

    private static String key(Path parent, String base) {
        return ((parent == null ? "" : parent + "/") + base).toLowerCase(Locale.ROOT);
    }

    /** The file extensions the readers of the run read: what a directory walk picks up. */
    private Set<String> extensions = Set.of();

    private boolean isReport(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false; // hidden files, temporary files, Excel's lock files
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot > 0 && extensions.contains(lower.substring(dot + 1));
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "selfeval-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
