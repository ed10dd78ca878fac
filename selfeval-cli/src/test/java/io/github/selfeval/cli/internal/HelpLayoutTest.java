package io.github.selfeval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.scoring.RulePacks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help of every command, at several widths: lines break at spaces only and fit where a token allows. */
class HelpLayoutTest {

    private static final List<List<String>> COMMANDS = List.of(List.of(), List.of("validate"), List.of("score"),
            List.of("export"), List.of("import"), List.of("batch"), List.of("formats"));

    private static String help(List<String> command, int width) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        HelpLayout.apply(cl, width);
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        assertEquals(0, cl.execute(args.toArray(String[]::new)), err::toString);
        return out.toString();
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(text.split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void noLineBreaksInsideAToken() {
        for (List<String> command : COMMANDS) {
            List<String> unwrapped = tokens(help(command, 10_000));
            for (int width : new int[] {50, 80, 120}) {
                String wrapped = help(command, width);
                // A break inside a token would split it into two: the tokens would differ.
                assertEquals(unwrapped, tokens(wrapped), "selfeval " + command + " at width " + width + ":\n" + wrapped);
            }
        }
    }

    @Test
    void linesFitTheWidthCountingCjkCharactersAsTwoColumns() {
        for (List<String> command : COMMANDS) {
            for (int width : new int[] {50, 80}) {
                String wrapped = help(command, width);
                for (String line : wrapped.lines().toList()) {
                    boolean oneToken = tokens(line).size() == 1;
                    assertTrue(HelpLayout.width(line) <= width || oneToken,
                            "selfeval " + command + " at width " + width + ", " + HelpLayout.width(line) + " columns: " + line);
                }
            }
        }
        assertEquals(8, HelpLayout.width("自评得分"));
        assertEquals(7, HelpLayout.width("a，b。c"));
    }

    @Test
    void theCasesPicocliBrokeStayWhole() {
        String importHelp = help(List.of("import"), 80);
        assertTrue(importHelp.contains("[-o=report.json|DIR/]"), importHelp);
        String batchHelp = help(List.of("batch"), 80);
        assertTrue(batchHelp.contains("自评得分"), batchHelp);
        String rootHelp = help(List.of(), 80);
        assertTrue(rootHelp.contains("自评得分"), rootHelp);
    }

    @Test
    void continuationLinesAreIndentedUnderTheirColumn() {
        List<String> lines = help(List.of("export"), 80).lines().toList();
        int synopsis = "Usage: selfeval export ".length();
        assertTrue(lines.get(1).startsWith(" ".repeat(synopsis) + "["), lines.get(1));
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("  -o, --output=PATH")).findFirst().orElseThrow());
        int description = lines.get(at).indexOf("Output file");
        assertTrue(lines.get(at + 1).startsWith(" ".repeat(description + 2)) && lines.get(at + 1).charAt(description + 2) != ' ',
                lines.get(at) + "\n" + lines.get(at + 1));
    }

    @Test
    void theTerminalWidthComesFromColumnsWhenSensible() {
        assertEquals(80, HelpLayout.terminalWidth(null));
        assertEquals(120, HelpLayout.terminalWidth("120"));
        assertEquals(80, HelpLayout.terminalWidth("wide"));
        assertEquals(80, HelpLayout.terminalWidth("5"));
    }

    @Test
    void thePackListOfTheHelpIsTheRegistrysIncludingSichuan() {
        assertTrue(RulePacks.standard().ids().contains("sichuan"));
        for (List<String> command : List.of(List.of("score"), List.of("export"), List.of("batch"))) {
            String help = String.join(" ", tokens(help(command, 10_000)));
            assertTrue(help.contains("(" + String.join(", ", RulePacks.standard().ids()) + ")"), help);
        }
    }

    @Test
    void englishCounts() {
        assertEquals("1 error", English.count(1, "error"));
        assertEquals("0 errors", English.count(0, "error"));
        assertEquals("5 warnings", English.count(5, "warning"));
    }
}
