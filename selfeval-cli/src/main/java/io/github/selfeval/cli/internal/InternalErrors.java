package io.github.selfeval.cli.internal;

/**
 * One line, with a stable code, for a failure no input should cause: a Java {@code Error} (out of memory,
 * out of stack) or an unexpected exception. Never a stack trace: {@code --debug} adds that.
 */
final class InternalErrors {

    /** The JVM ran out of heap (or was asked for an array larger than it can make). */
    static final String OUT_OF_MEMORY = "OUT_OF_MEMORY";
    /** The JVM ran out of stack (a structure nested or chained too deep). */
    static final String STACK_OVERFLOW = "STACK_OVERFLOW";
    /** Any other failure that is a fault of selfeval, not of its input. */
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private InternalErrors() {
    }

    /**
     * The code of a failure.
     *
     * @param t the failure
     * @return {@link #OUT_OF_MEMORY}, {@link #STACK_OVERFLOW} or {@link #INTERNAL_ERROR}
     */
    static String code(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return OUT_OF_MEMORY;
        }
        if (t instanceof StackOverflowError) {
            return STACK_OVERFLOW;
        }
        return INTERNAL_ERROR;
    }

    /**
     * What happened and what to do, in one line starting with the code.
     *
     * @param t the failure
     * @return the line, never null
     */
    static String describe(Throwable t) {
        String code = code(t);
        String detail = t.getMessage() == null || t.getMessage().isBlank() ? "" : " (" + t.getMessage() + ")";
        return switch (code) {
            case OUT_OF_MEMORY -> code + ": selfeval ran out of memory" + detail
                    + "; give the JVM more (java -Xmx2g …, or SELFEVAL_JAVA_OPTS=-Xmx2g ./selfeval …) or split the input";
            case STACK_OVERFLOW -> code + ": selfeval ran out of stack: the input is nested or chained too deep"
                    + "; give the JVM a larger stack (java -Xss16m …) or simplify the input";
            default -> code + ": an internal error of selfeval, not a fault of the input: " + t.getClass().getSimpleName()
                    + detail + "; please report it (run with --debug for the details)";
        };
    }
}
