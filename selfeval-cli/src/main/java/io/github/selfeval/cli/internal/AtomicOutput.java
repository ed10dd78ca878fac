package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes the command line's own files (imported JSON, the batch roll-up) so that they appear
 * complete or not at all: a temporary file beside the target, moved into place when done.
 */
final class AtomicOutput {

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicOutput() {
    }

    /**
     * Fails with exit code 3 if {@code target} exists and may not be replaced.
     *
     * @param target the file
     * @param force whether it may be replaced
     */
    static void checkWritable(Path target, boolean force) {
        if (Files.isDirectory(target)) {
            throw new CliException(SelfevalCli.EXPORT_FAILED, target + ": is a directory, not a file");
        }
        if (!force && Files.exists(target)) {
            throw new CliException(SelfevalCli.EXPORT_FAILED,
                    target + ": file exists; not overwritten (use --force to replace it)");
        }
    }

    static void write(Path target, boolean force, Content content) {
        checkWritable(target, force);
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CliException(SelfevalCli.EXPORT_FAILED, target + ": directory " + dir + " does not exist");
        }
        Path tmp = null;
        boolean done = false;
        try {
            tmp = createTemp(abs, dir);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            if (force) {
                move(tmp, abs, true);
            } else {
                try {
                    // A link fails if the target appeared meanwhile, where a rename would replace it.
                    Files.createLink(abs, tmp);
                    Files.delete(tmp);
                } catch (FileAlreadyExistsException e) {
                    throw new CliException(SelfevalCli.EXPORT_FAILED,
                            target + ": file exists; not overwritten (use --force to replace it)");
                } catch (UnsupportedOperationException | IOException e) {
                    move(tmp, abs, false);
                }
            }
            done = true;
        } catch (IOException e) {
            throw new CliException(SelfevalCli.EXPORT_FAILED, target + ": cannot write: " + describe(e), e);
        } finally {
            if (!done && tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A hidden .tmp file left behind is harmless; the target was not touched.
                }
            }
        }
    }

    /**
     * A new hidden file beside the target, with the permissions new files get in that directory:
     * {@code Files.createTempFile} would make it owner-only, and the result would keep that after the move.
     */
    private static Path createTemp(Path abs, Path dir) throws IOException {
        FileAlreadyExistsException last = null;
        for (int i = 0; i < 100; i++) {
            Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong() >>> 16) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                last = e;
            }
        }
        throw last;
    }

    private static void move(Path tmp, Path target, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, target);
            }
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
