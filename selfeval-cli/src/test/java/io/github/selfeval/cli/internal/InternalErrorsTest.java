package io.github.selfeval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The one line an internal failure becomes, and what reaches the terminal of a hostile name. */
class InternalErrorsTest {

    @Test
    void aStackOverflowIsNamedWithItsCodeAndWhatToDo() {
        String line = InternalErrors.describe(new StackOverflowError());
        assertTrue(line.startsWith("STACK_OVERFLOW: "), line);
        assertTrue(line.contains("-Xss"), line);
        assertEquals(1, line.lines().count());
    }

    @Test
    void runningOutOfMemoryIsNamedWithItsCodeAndWhatToDo() {
        String line = InternalErrors.describe(new OutOfMemoryError("Java heap space"));
        assertTrue(line.startsWith("OUT_OF_MEMORY: selfeval ran out of memory (Java heap space)"), line);
        assertTrue(line.contains("-Xmx"), line);
    }

    @Test
    void anythingElseIsAnInternalErrorToReport() {
        String line = InternalErrors.describe(new IllegalStateException("no exporter state"));
        assertTrue(line.startsWith("INTERNAL_ERROR: "), line);
        assertTrue(line.contains("IllegalStateException (no exporter state)"), line);
        assertTrue(line.contains("--debug"), line);
    }

    @Test
    void controlCharactersAreShownAndLineBreaksTabsAndCarriageReturnsPass() throws Exception {
        StringWriter sink = new StringWriter();
        try (TerminalSafe w = new TerminalSafe(sink)) {
            w.write("a\u001b[31mred\u0007\n\tb\r\u009bc\u202ed");
            w.write(0x1b);
            w.write('e');
        }
        assertEquals("a\\u001b[31mred\\u0007\n\tb\r\\u009bc\\u202ed\\u001be", sink.toString());
        assertFalse(sink.toString().chars().anyMatch(c -> c == 0x1b));
        assertEquals("姜各庄", TerminalSafe.escape("姜各庄"));
    }
}
