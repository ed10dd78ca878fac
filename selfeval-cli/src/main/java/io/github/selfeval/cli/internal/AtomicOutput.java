package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.internal.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the command line's own files (imported JSON, the batch roll-up) so that they appear
 * complete or not at all, through the same {@link AtomicFiles} the exporters' files go through,
 * and turns its errors into exit code 3.
 */
final class AtomicOutput {

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

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

    /**
     * Writes {@code target} atomically.
     *
     * @param target the file
     * @param force whether an existing file may be replaced
     * @param content what to write
     */
    static void write(Path target, boolean force, Content content) {
        checkWritable(target, force);
        try {
            AtomicFiles.write(target, force, content::writeTo);
        } catch (SelfEvalException e) {
            String message = AtomicFiles.OUTPUT_EXISTS.equals(e.code())
                    ? target + ": file exists; not overwritten (use --force to replace it)"
                    : e.getMessage();
            throw new CliException(SelfevalCli.EXPORT_FAILED, message, e);
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
