package io.github.selfeval.export.internal;

import io.github.selfeval.model.SelfEvalException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that it either appears complete or not at all. */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the content.
         *
         * @param out the stream, closed by the caller
         * @throws IOException if writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through a temporary file in the same directory, then moves it into place.
     *
     * @param target the file
     * @param overwrite whether an existing file may be replaced
     * @param writer what to write
     */
    public static void write(Path target, boolean overwrite, Writer writer) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (!overwrite && Files.exists(abs)) {
            throw new SelfEvalException("OUTPUT_EXISTS", abs + ": file exists; use overwrite (--force) to replace it");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new SelfEvalException("OUTPUT_NOT_WRITABLE", abs + ": directory " + dir + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new SelfEvalException("OUTPUT_NOT_WRITABLE", abs + ": is a directory, not a file");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new SelfEvalException("OUTPUT_NOT_WRITABLE", abs + ": cannot write in " + dir + " (" + reason(e) + ")", e);
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writer.write(out);
            }
            move(tmp, abs, overwrite);
            done = true;
        } catch (IOException e) {
            throw new SelfEvalException("OUTPUT_NOT_WRITABLE", abs + ": " + reason(e), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file's name starts with a dot and ends in .tmp: harmless if it stays.
                }
            }
        }
    }

    private static void move(Path tmp, Path target, boolean overwrite) throws IOException {
        try {
            if (overwrite) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target appeared meanwhile, unlike a rename, which replaces it.
                try {
                    Files.createLink(target, tmp);
                    Files.delete(tmp);
                } catch (UnsupportedOperationException | IOException linkFailed) {
                    if (linkFailed instanceof FileAlreadyExistsException) {
                        throw new SelfEvalException("OUTPUT_EXISTS",
                                target + ": file exists; use overwrite (--force) to replace it");
                    }
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
