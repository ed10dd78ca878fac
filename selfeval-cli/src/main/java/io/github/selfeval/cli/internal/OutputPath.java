package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** An output option's path, keeping what {@link Path} forgets: a trailing {@code /} means a directory. */
final class OutputPath {

    private OutputPath() {
    }

    /**
     * The path an option names.
     *
     * @param option the option, for the message
     * @param raw what was typed
     * @return the path
     * @throws CliException with exit code 2 when it is not a path on this system
     */
    static Path of(String option, String raw) {
        try {
            return Path.of(raw);
        } catch (InvalidPathException e) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, option + " " + raw + ": not a valid path (" + e.getReason() + ")", e);
        }
    }

    /**
     * Whether what was typed ends in a separator ({@code out/}), which {@link Path} drops but which means "a
     * directory".
     *
     * @param raw what was typed
     * @return whether it names a directory
     */
    static boolean namesDirectory(String raw) {
        return raw.endsWith("/") || raw.endsWith(File.separator);
    }
}
