package io.github.selfeval.cli.internal;

/**
 * A failure the command line reports as one line and an exit code, without a stack trace.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * Creates the failure.
     *
     * @param exitCode the exit code to return
     * @param message the one-line message, naming file, field and rule
     */
    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * Creates the failure with a cause, shown with {@code --debug}.
     *
     * @param exitCode the exit code to return
     * @param message the one-line message
     * @param cause the underlying exception
     */
    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /**
     * The exit code to return.
     *
     * @return the exit code
     */
    public int exitCode() {
        return exitCode;
    }
}
