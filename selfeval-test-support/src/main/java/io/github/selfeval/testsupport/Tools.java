package io.github.selfeval.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The external tools the real-reader tests run (soffice, pdftotext, pdffonts, pdfinfo): whether one is on
 * the {@code PATH}, and running one with a time limit. A test that needs a tool checks {@link #onPath} first and
 * reports itself skipped, saying why, when it is absent.
 *
 * @since 0.3
 */
public final class Tools {

    private Tools() {
    }

    /**
     * Whether an executable of that name is on the {@code PATH}.
     *
     * @param tool e.g. {@code soffice}
     * @return true if found
     */
    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a command, its standard error merged into its output, and requires it to finish in time with
     * exit code 0.
     *
     * @param seconds how long it may take
     * @param command the command and its arguments
     * @return what it printed, as UTF-8
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting
     * @throws AssertionError if it runs over time (it is then killed) or exits with another code, with its output
     */
    public static String run(int seconds, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + text);
        }
        return text;
    }

    /**
     * Runs a command; see {@link #run(int, List)}.
     *
     * @param seconds how long it may take
     * @param command the command and its arguments
     * @return what it printed, as UTF-8
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting
     */
    public static String run(int seconds, String... command) throws IOException, InterruptedException {
        return run(seconds, Arrays.asList(command));
    }
}
