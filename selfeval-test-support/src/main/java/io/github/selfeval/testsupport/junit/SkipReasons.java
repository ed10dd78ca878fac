package io.github.selfeval.testsupport.junit;

import java.io.PrintStream;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/**
 * Prints why a test was skipped on the console: a failed assumption (in a test, in
 * {@code @BeforeEach}, or in {@code @BeforeAll}, where the whole class is skipped and surefire
 * reports {@code Tests run: 0}) and a {@code @Disabled} reason, one line each on standard error:
 * <pre>{@code SKIPPED PopplerToolsTest (all tests): poppler-utils (pdffonts, pdftotext) is not on the PATH}</pre>
 *
 * <p>Without it the reason is only in the surefire XML. Registered for every module's tests through
 * JUnit's extension auto-detection ({@code META-INF/services} and {@code provides}, switched on by
 * {@code junit.jupiter.extensions.autodetection.enabled=true} in the parent POM's surefire
 * configuration), so a new test that assumes a tool gets it without asking. Stateless and
 * thread-safe.
 *
 * @since 0.2
 */
public final class SkipReasons implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    /** The word every line starts with, for grep. */
    public static final String PREFIX = "SKIPPED ";

    /** Creates the extension (JUnit does, through auto-detection). */
    public SkipReasons() {
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        print(name(context), cause);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        print(name(context), reason.orElse("@Disabled"));
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        if (throwable instanceof TestAbortedException) {
            print(context.getRequiredTestClass().getSimpleName() + " (all tests)", throwable);
        }
        throw throwable;
    }

    private static String name(ExtensionContext context) {
        String type = context.getTestClass().map(Class::getSimpleName).orElse("");
        String method = context.getTestMethod().map(m -> m.getName()).orElse(context.getDisplayName());
        return type.isEmpty() ? method : type + "." + method;
    }

    private static void print(String what, Throwable cause) {
        String message = cause.getMessage();
        print(what, message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
    }

    private static void print(String what, String reason) {
        PrintStream err = System.err;
        err.println(PREFIX + what + ": " + reason.replace("Assumption failed: ", ""));
        err.flush();
    }
}
