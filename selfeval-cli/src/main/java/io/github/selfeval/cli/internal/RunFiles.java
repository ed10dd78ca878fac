package io.github.selfeval.cli.internal;

import io.github.selfeval.model.internal.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The files one batch run owns besides its outputs, and their removal however the run ends.
 *
 * <p>A run works in a hidden folder of its own in {@code --out}, {@code .selfeval-run-PID.tmp}: POI's
 * temporary sheet files (through the system property {@value #TMPDIR_PROPERTY}, which the xlsx module's
 * exporters read) and the roll-up sorter's spilled runs go there. A normal end removes the folder; SIGTERM
 * or Ctrl-C runs a shutdown hook that stops the workers, removes the outputs of reports whose formats
 * are not all written yet (a report's formats land together or not at all), the atomic writer's
 * temporary files and the folder, and the JVM exits with 143 (128 + SIGTERM). {@code kill -9} cannot be
 * caught: the next run into the same {@code --out} removes what the killed one left (its folder, the
 * hidden {@code .NAME.HEX.tmp} files), saying how many.
 *
 * <p>{@code export} and {@code import} make their documents in memory and only then write them, one
 * after the other ({@link #outputs}): a signal while they write waits for the file under way, then
 * removes the files written so far (a command's outputs land together or not at all) and the atomic
 * writer's temporary files; exit 143 as for a batch.
 */
final class RunFiles implements AutoCloseable {

    /** The system property POI's temporary files follow (read by the xlsx module). */
    static final String TMPDIR_PROPERTY = "selfeval.tmpdir";

    /** The exit code of a run stopped by SIGTERM: 128 + 15, as the JVM exits after its shutdown hooks. */
    static final int SIGTERM_EXIT = 143;

    /** How long the shutdown hook waits for the workers to stop before removing their files. */
    private static final long STOP_MILLIS = 5_000;

    private static final Pattern RUN_DIR = Pattern.compile("\\.selfeval-run-(\\d+)\\.tmp");

    private final @Nullable Path dir;
    private final String command;
    /** Held while one output is written; the shutdown hook takes it before it removes anything. */
    private final ReentrantLock writing = new ReentrantLock();
    private final Set<Path> unfinished = ConcurrentHashMap.newKeySet();
    private final Thread hook;
    private final boolean hooked;
    private final String previousProperty;
    private volatile boolean stopping;
    private final java.util.concurrent.CountDownLatch cleaned = new java.util.concurrent.CountDownLatch(1);
    private volatile StopWorkers workers = millis -> { };

    /** Stops the workers, waiting up to the given time. */
    @FunctionalInterface
    interface StopWorkers {
        void stop(long millis) throws InterruptedException;
    }

    private final PrintWriter err;

    private RunFiles(@Nullable Path out, String command, PrintWriter err) {
        this.err = err;
        this.command = command;
        dir = out == null ? null : out.resolve(".selfeval-run-" + ProcessHandle.current().pid() + ".tmp");
        previousProperty = System.getProperty(TMPDIR_PROPERTY);
        if (dir != null) {
            System.setProperty(TMPDIR_PROPERTY, dir.toAbsolutePath().toString());
        }
        hook = new Thread(this::interrupted, "selfeval-" + command + "-cleanup");
        hooked = addShutdownHook(hook);
        try {
            // made now, so that a killed run always leaves the sign the next run looks for
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            // POI and the sorter try again and fail with a message when they need it
        }
    }

    /**
     * Removes what interrupted runs left in {@code out} (telling {@code err} how many files), then starts
     * this run's own: its folder, the system property, the shutdown hook.
     *
     * @param out the output directory (exists)
     * @param err where the note on removed files goes
     * @return the run's files
     */
    static RunFiles open(Path out, PrintWriter err) {
        removeLeftovers(out, err);
        return new RunFiles(out, "batch", err);
    }

    /**
     * The outputs of one {@code export} or {@code import} about to be written with {@link #write}: no
     * folder, no temporary-file property, only the shutdown hook.
     *
     * @param command the command's name, for the hook's message
     * @param err where the hook's message goes
     * @return the command's files
     */
    static RunFiles outputs(String command, PrintWriter err) {
        return new RunFiles(null, command, err);
    }

    /**
     * Writes one output of the command unless a signal is stopping it; the shutdown hook waits for a write
     * under way, then removes every output written so far. Call {@link #finished} with them all once the
     * last is written.
     *
     * @param target the file the write makes
     * @param write writes it (atomically)
     * @return false, having written nothing, if the command is being stopped: return {@link #stopped()}
     */
    boolean write(Path target, Runnable write) {
        writing.lock();
        try {
            if (stopping) {
                return false;
            }
            write.run();
            unfinished.add(target);
            return true;
        } finally {
            writing.unlock();
        }
    }

    /**
     * The run's own temporary folder (made when the run starts; writers make it again if it went).
     *
     * @return the folder
     */
    Path dir() {
        return java.util.Objects.requireNonNull(dir, "only a batch has a run folder");
    }

    /**
     * Whether the run is being stopped by a signal: no new output should be started.
     *
     * @return true once the shutdown hook runs
     */
    boolean stopping() {
        return stopping;
    }

    /**
     * For the batch's main thread once {@link #stopping()}: waits until the hook has removed the files, and
     * gives the exit code. (Returning at once would let {@code main}'s {@code System.exit} halt the JVM
     * while the hook is still at work.)
     *
     * @return {@link #SIGTERM_EXIT}
     */
    int stopped() {
        try {
            cleaned.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return SIGTERM_EXIT;
    }

    /**
     * Tells the shutdown hook how to stop the workers before it removes their files.
     *
     * @param stop stops them, waiting at most the given milliseconds
     */
    void onStop(StopWorkers stop) {
        workers = stop;
    }

    /**
     * Records an output of a report whose other formats are still to come: removed if the run is stopped.
     *
     * @param file the written output
     */
    void unfinished(Path file) {
        unfinished.add(file);
    }

    /**
     * Records that a report's outputs are all written (or were removed): they are the run's result now.
     *
     * @param files the report's outputs
     */
    void finished(List<Path> files) {
        files.forEach(unfinished::remove);
    }

    /**
     * Deletes the files, best effort: the one removal of outputs that must not stay (a command's or a report's
     * formats land together or not at all), for the shutdown hook and for a write that failed.
     *
     * @param files the outputs to remove
     * @return how many existed and were deleted
     */
    static int deleteQuietly(Collection<Path> files) {
        int n = 0;
        for (Path f : files) {
            try {
                if (Files.deleteIfExists(f)) {
                    n++;
                }
            } catch (IOException | RuntimeException ignored) {
                // a file that cannot be deleted stays; the caller's message names the command or report
            }
        }
        return n;
    }

    /** The shutdown hook: stop the workers, then remove everything that is not a finished result. */
    private void interrupted() {
        stopping = true;
        try {
            clean();
        } finally {
            cleaned.countDown();
        }
    }

    private void clean() {
        try {
            workers.stop(STOP_MILLIS);
        } catch (InterruptedException | RuntimeException e) {
            // remove what can be removed anyway
        }
        boolean locked = false;
        try {
            // a file being written is finished first (its temporary file renamed), then removed with the rest
            locked = writing.tryLock(STOP_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // remove what can be removed anyway
        }
        int n = deleteQuietly(List.copyOf(unfinished));
        int temporary = AtomicFiles.deleteLiveTemporaries() + (dir == null ? 0 : deleteTree(dir));
        if (locked) {
            writing.unlock();
        }
        String files = " temporary file" + (temporary == 1 ? "" : "s");
        if (dir == null) {
            err.println("selfeval: " + command + ": stopped by a signal (exit " + SIGTERM_EXIT + "); removed the " + n
                    + " output" + (n == 1 ? "" : "s") + " written so far and " + temporary + files
                    + ": the outputs are written together or not at all");
        } else {
            err.println("selfeval: batch: stopped by a signal (exit " + SIGTERM_EXIT + "); removed " + n
                    + " output" + (n == 1 ? "" : "s") + " of unfinished reports and " + temporary + files
                    + "; finished reports are kept, " + Rollup.FILE_NAME + " is not written");
        }
        err.flush();
    }

    /** A normal end: the folder goes, the property is restored, the hook is removed. */
    @Override
    public void close() {
        if (dir != null) {
            deleteTree(dir);
        }
        if (previousProperty == null) {
            System.clearProperty(TMPDIR_PROPERTY);
        } else {
            System.setProperty(TMPDIR_PROPERTY, previousProperty);
        }
        if (hooked) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is going down: the hook runs anyway
            }
        }
    }

    /**
     * Removes the temporary files killed runs left in {@code out}: hidden {@code .NAME.HEX.tmp} files of
     * the atomic writer, and run folders whose process is gone. Neither is ever a finished document.
     */
    private static void removeLeftovers(Path out, PrintWriter err) {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> left;
        List<Path> runDirs;
        try (Stream<Path> walk = Files.walk(out)) {
            List<Path> all = walk.filter(p -> p.getFileName() != null).toList();
            runDirs = all.stream().filter(p -> out.equals(p.getParent()) && Files.isDirectory(p) && abandoned(p)).toList();
            left = all.stream()
                    .filter(p -> AtomicFiles.isTemporaryName(p.getFileName().toString()))
                    .filter(p -> runDirs.stream().noneMatch(p::startsWith))
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return; // listing --out fails again, with a message, when the batch writes there
        }
        int n = 0;
        for (Path p : left) {
            try {
                if (Files.deleteIfExists(p)) {
                    n++;
                }
            } catch (IOException ignored) {
                // left for the next run
            }
        }
        int folders = 0;
        for (Path d : runDirs) {
            n += deleteTree(d);
            folders += Files.exists(d) ? 0 : 1;
        }
        if (n > 0 || folders > 0) {
            err.println("selfeval: removed " + n + " temporary file" + (n == 1 ? "" : "s")
                    + (folders == 0 ? "" : " and " + folders + " run folder" + (folders == 1 ? "" : "s"))
                    + " an interrupted batch left in " + out);
        }
    }

    /** A run folder whose process no longer runs. */
    private static boolean abandoned(Path p) {
        Matcher m = RUN_DIR.matcher(p.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        try {
            long pid = Long.parseLong(m.group(1));
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            return pid != ProcessHandle.current().pid() && h.map(ph -> !ph.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Deletes a folder and what is in it; returns the number of files (not folders) deleted. Never throws. */
    private static int deleteTree(Path root) {
        if (!Files.exists(root)) {
            return 0;
        }
        int n = 0;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
        for (Path p : paths) {
            try {
                boolean file = !Files.isDirectory(p);
                if (Files.deleteIfExists(p) && file) {
                    n++;
                }
            } catch (IOException | RuntimeException ignored) {
                // best effort
            }
        }
        return n;
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false;
        }
    }
}
