package io.github.selfeval.model.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why an I/O operation failed, in words a person can act on. The file-system exceptions' own
 * messages are just the path, which the caller's message already names.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /**
     * The reason for a failure: "permission denied", "no such file or directory", or the
     * exception's own message.
     *
     * @param e the failure
     * @return the reason, never null
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : "file system error";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
