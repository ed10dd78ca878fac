package io.github.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RootCommandTest {

    @Test
    void versionAndHelp() {
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.exit(), version::toString);
        assertTrue(version.out().startsWith("selfeval "), version::toString);

        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.exit(), help::toString);
        for (String command : List.of("validate", "score", "export", "import", "formats", "batch")) {
            assertTrue(help.out().contains(command), command + " listed: " + help);
            Cli.Result sub = Cli.run(command, "--help");
            assertEquals(0, sub.exit(), sub::toString);
            assertTrue(sub.out().contains("Usage: selfeval " + command), sub::toString);
        }
        assertTrue(help.out().contains("Exit codes"), help::toString);
    }

    @Test
    void usageErrorsExit2WithPicocliMessage() {
        Cli.Result unknown = Cli.run("frobnicate");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("frobnicate"), unknown::toString);

        Cli.Result missing = Cli.run("validate");
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("FILE"), missing::toString);

        Cli.Result none = Cli.run();
        assertEquals(2, none.exit(), none::toString);
    }
}
