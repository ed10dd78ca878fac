package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.FontSource;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of an export: fonts, determinism, the audit, the language of findings. */
public final class ExportSettings {

    @Option(names = "--font-body", paramLabel = "PATH",
            description = "TrueType font (.ttf/.ttc) for body text and tables (仿宋-style), e.g. simfang.ttf.")
    Path bodyFont;

    @Option(names = "--font-title", paramLabel = "PATH", description = "TrueType font for titles (小标宋-style).")
    Path titleFont;

    @Option(names = "--font-heading", paramLabel = "PATH", description = "TrueType font for headings (黑体/楷体-style).")
    Path headingFont;

    @Option(names = "--system-fonts",
            description = "Use 仿宋/黑体/宋体 found in the usual Windows and Linux font folders for roles not given.")
    boolean systemFonts;

    @Option(names = "--deterministic",
            description = "Byte-identical output for the same input (fixed creation date and document id).")
    boolean deterministic;

    @Option(names = "--no-audit", description = "Leave out the audit findings (XLSX sheet 审核, PDF appendix).")
    boolean noAudit;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the audit messages (default: ${DEFAULT-VALUE}); the form's labels stay Chinese.")
    Lang lang;

    /**
     * The export options these settings give.
     *
     * @return the options
     * @throws CliException with exit code 2 when a font file does not exist
     */
    public ExportOptions options() {
        ExportOptions.Builder b = ExportOptions.builder()
                .locale(lang.locale())
                .deterministic(deterministic)
                .includeAudit(!noAudit)
                .discoverSystemFonts(systemFonts);
        if (titleFont != null) {
            b.titleFont(font("--font-title", titleFont));
        }
        if (headingFont != null) {
            b.headingFont(font("--font-heading", headingFont));
        }
        if (bodyFont != null) {
            b.bodyFont(font("--font-body", bodyFont));
        }
        return b.build();
    }

    private static FontSource font(String option, Path p) {
        if (Files.isDirectory(p)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, option + " " + p + ": is a directory, not a font file");
        }
        if (Files.exists(p) && !Files.isRegularFile(p)) {
            // a pipe or a device would block or never end when read
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, option + " " + p
                    + ": not a regular file (a pipe, socket or device), not a font file");
        }
        if (!Files.isRegularFile(p)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, option + " " + p + ": no such font file");
        }
        if (!Files.isReadable(p)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, option + " " + p + ": font file not readable");
        }
        return FontSource.of(p);
    }
}
