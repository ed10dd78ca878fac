package io.github.selfeval.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help text wrapped only at spaces, counting a CJK character as two columns.
 *
 * <p>picocli wraps with {@link java.text.BreakIterator}'s line rules, which allow a break after a full stop
 * ({@code [-o=report.} / {@code json]}) and between any two ideographs ({@code 自评得} / {@code 分}). Each
 * section is therefore rendered unwrapped and wrapped again here, at spaces only; a token longer than the
 * line stays whole. Continuation lines are indented as picocli indents them: the synopsis under the first
 * option, an option's or command's description two columns right of where it starts, other text under
 * itself.
 */
final class HelpLayout {

    /** Wide enough that picocli never wraps a line itself. */
    private static final int UNWRAPPED = 10_000;

    /** The width when the terminal's is not known ({@code COLUMNS} unset). */
    static final int DEFAULT_WIDTH = 80;

    private HelpLayout() {
    }

    /**
     * Makes a command tree's help wrap at spaces only, at a width.
     *
     * @param cl the root of the tree
     * @param width the line width, in columns
     */
    static void apply(CommandLine cl, int width) {
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(UNWRAPPED);
        install(cl, width);
    }

    /**
     * The width to wrap at: {@code COLUMNS} when a shell exports it (between 40 and 300), else 80.
     *
     * @param columns the value of {@code COLUMNS}, or null
     * @return the width
     */
    static int terminalWidth(String columns) {
        if (columns != null) {
            try {
                int w = Integer.parseInt(columns.trim());
                if (w >= 40 && w <= 300) {
                    return w;
                }
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return DEFAULT_WIDTH;
    }

    private static void install(CommandLine cl, int width) {
        Map<String, IHelpSectionRenderer> sections = cl.getHelpSectionMap();
        for (Map.Entry<String, IHelpSectionRenderer> e : sections.entrySet()) {
            String key = e.getKey();
            IHelpSectionRenderer original = e.getValue();
            e.setValue(help -> wrap(key, help, original.render(help), width));
        }
        cl.setHelpSectionMap(sections);
        for (CommandLine sub : cl.getSubcommands().values()) {
            install(sub, width);
        }
    }

    private static String wrap(String key, Help help, String text, int width) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            boolean cr = line.endsWith("\r");
            if (cr) {
                line = line.substring(0, line.length() - 1);
            }
            // The synopsis follows its heading ("Usage: ") on the same line: its first line has that much less room.
            int offset = start == 0 && key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS) ? help.synopsisHeadingLength() : 0;
            List<String> wrapped = wrapLine(" ".repeat(offset) + line, width, indent(key, help, line));
            wrapped.set(0, wrapped.get(0).substring(offset));
            for (String l : wrapped) {
                out.append(l).append(cr ? "\r\n" : "\n");
            }
            start = end + 1;
            if (nl < 0) {
                out.setLength(out.length() - (cr ? 2 : 1));
            }
        }
        return out.toString();
    }

    /** Where a section's continuation lines start. */
    private static int indent(String key, Help help, String line) {
        if (key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
            return help.synopsisHeadingLength() + width(help.commandSpec().qualifiedName()) + 1;
        }
        int lead = leadingSpaces(line);
        if (key.equals(UsageMessageSpec.SECTION_KEY_OPTION_LIST)
                || key.equals(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST)
                || key.equals(UsageMessageSpec.SECTION_KEY_COMMAND_LIST)) {
            // "  -o, --output=PATH   Output file…": the description starts after the first gap of two spaces;
            // a line without one is a description (or a long option name) on its own.
            int gap = line.indexOf("  ", lead);
            int description = gap < 0 ? lead : leadingSpaces(line.substring(gap)) + gap;
            return width(line.substring(0, description)) + 2;
        }
        return lead;
    }

    /** One line broken at spaces into lines of at most {@code width} columns, where a token allows. */
    static List<String> wrapLine(String line, int width, int indent) {
        List<String> lines = new ArrayList<>();
        if (width(line) <= width) {
            // As picocli made it, trailing space included: a heading such as "Usage: " ends with one.
            lines.add(line);
            return lines;
        }
        String rest = stripTrailing(line);
        String prefix = "";
        while (width(prefix + rest) > width) {
            String candidate = prefix + rest;
            int cut = -1;
            for (int i = candidate.length() - 1; i > prefix.length(); i--) {
                if (candidate.charAt(i) == ' ' && candidate.charAt(i - 1) != ' '
                        && width(candidate.substring(0, i)) <= width && i > leadingSpaces(candidate)) {
                    cut = i;
                    break;
                }
            }
            if (cut < 0) {
                // No space early enough: break at the first space after the over-long token, if any.
                int first = candidate.indexOf(' ', Math.max(prefix.length(), leadingSpaces(candidate)));
                if (first < 0) {
                    break;
                }
                cut = first;
            }
            lines.add(stripTrailing(candidate.substring(0, cut)));
            rest = candidate.substring(cut).stripLeading();
            prefix = " ".repeat(Math.max(0, Math.min(indent, width - 20)));
            if (rest.isEmpty()) {
                return lines;
            }
        }
        lines.add(prefix + rest);
        return lines;
    }

    /** The columns a text takes in a terminal: two for a CJK (wide) character, one otherwise. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFE30 && cp <= 0xFE4F);
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
