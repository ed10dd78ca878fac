package io.github.selfeval.it.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CLI jar in a JVM of its own, its streams going to files beside the test's folders
 * ({@link Process#destroy()} closes the pipes of a child, so what it prints while it stops would be lost).
 */
final class JarProcess {
    final Process process;
    private final Path out;
    private final Path err;

    private JarProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** The jar the reactor's selfeval-cli packaged. */
    static Path jar() {
        Path root = Path.of(System.getProperty("selfeval.it.repositoryRoot", ".."));
        return Path.of(System.getProperty("selfeval.it.cliJar", root.resolve("selfeval-cli/target/selfeval.jar").toString()));
    }

    /** Starts {@code java OPTIONS -jar selfeval.jar ARGS}, its streams in a new folder inside {@code dir}. */
    static JarProcess start(Path dir, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar().toString()));
        cmd.addAll(args);
        Path streams = Files.createTempDirectory(dir, "streams");
        Path out = streams.resolve("stdout.txt");
        Path err = streams.resolve("stderr.txt");
        return new JarProcess(new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start(),
                out, err);
    }

    /** Sends a signal by name ({@code STOP}, {@code TERM}, {@code CONT}) with {@code kill}. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Waits for the end (bounded: 300 s) and returns the exit code. */
    int finish() throws InterruptedException {
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not end in 300 s: " + this);
        }
        return process.exitValue();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "--- stdout\n" + out() + "--- stderr\n" + err();
    }
}
