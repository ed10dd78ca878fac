package io.github.selfeval.cli.internal;

import io.github.selfeval.model.internal.IoErrors;
import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selfeval export FILE --format xlsx,pdf}: scores a report and writes it in one or more formats. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Validate, score and export a report to one or more formats. " + Help.INPUTS,
            "A file holding several forms gives one file per form and format, named after the file and the form's "
                + "项目名称 or 部门名称 (FILE-NAME.EXT); -o must then be a directory.",
            "Files are written atomically (complete or not at all); an existing file is replaced only with --force.",
            "Default output: next to FILE, with the format's extension (FILE-export.EXT if that would be FILE itself).",
            "Exit 0 written, 1 invalid report, 2 unreadable report or bad options, 3 export failed or output exists."
        })
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = Help.FILE)
    Path file;

    @Option(names = {"-f", "--format"}, required = true, split = ",", paramLabel = "ID",
            description = "Format ids, comma-separated: xlsx, pdf, or any format 'selfeval formats' lists.")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Output file (one format), or a directory to write into: an existing one, one ending in '/', "
                + "or any when several formats are given (created when missing).")
    String outputArg;

    private Path output;

    @Option(names = "--force", description = "Replace output files that exist.")
    boolean force;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    ExportSettings settings;

    @Mixin
    ReadSettings reading;

    @Override
    public Integer call() {
        output = outputArg == null ? null : OutputPath.of("-o", outputArg);
        ReportExporters registry = RootCommand.plugins(spec).exporters();
        List<ReportExporter> exporters = Formats.resolve(registry, formats);
        ExportOptions options = settings.options();
        scoring.check();
        List<Form> forms = ReportFiles.read(file, RootCommand.plugins(spec).readers(), reading.options());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFiles.warnIssues(forms, err, settings.lang);
        Map<Target, Path> targets = targets(exporters, forms);
        if (!force) {
            for (Path t : targets.values()) {
                AtomicOutput.checkWritable(t, false);
            }
        }
        // Every form must be valid before anything is written: a file's forms land together or not at all.
        List<CliException> invalid = new ArrayList<>();
        for (Form form : forms) {
            try {
                ReportFiles.requireValid(form, settings.lang);
            } catch (CliException e) {
                invalid.add(e);
            }
        }
        if (invalid.size() == 1 && forms.size() == 1) {
            throw invalid.get(0);
        }
        if (!invalid.isEmpty()) {
            for (CliException e : invalid) {
                err.println("selfeval: " + e.getMessage());
            }
            err.println("selfeval: " + file + ": " + invalid.size() + " of " + forms.size()
                    + " forms invalid; nothing written");
            err.flush();
            return SelfevalCli.INVALID_INPUT;
        }
        Map<Form, ScoreCard> cards = new LinkedHashMap<>();
        for (Form form : forms) {
            ScoreCard card = scoring.score(form.name(), form.report());
            cards.put(form, card);
            out.println(form.name() + ": " + summary(card, settings.lang));
        }
        // Every document is made in memory first and the files are written only when all were made:
        // a format that fails (a font without a glyph, say) leaves no other format's file behind.
        Map<Target, byte[]> documents = new LinkedHashMap<>();
        int failed = 0;
        for (Target target : targets.keySet()) {
            ReportExporter exporter = target.exporter();
            ExportOptions formOptions = options.toBuilder().provenance(target.form().provenance()).build();
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
                try {
                    exporter.export(cards.get(target.form()), buffer, formOptions);
                } catch (RuntimeException | LinkageError ex) {
                    throw ExportException.of(exporter, ex);
                }
                documents.put(target, buffer.toByteArray());
            } catch (ExportException ex) {
                failed++;
                err.println("selfeval: " + target.form().name() + ": " + ex.getMessage());
                Debug.trace(spec, err, ex);
            }
        }
        if (failed > 0) {
            err.println("selfeval: " + file + ": nothing written");
            err.flush();
            return SelfevalCli.EXPORT_FAILED;
        }
        List<Path> written = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (RunFiles files = RunFiles.outputs("export", err)) {
            for (Map.Entry<Target, byte[]> e : documents.entrySet()) {
                Path target = targets.get(e.getKey());
                byte[] bytes = e.getValue();
                try {
                    if (!files.write(target, () -> AtomicOutput.write(target, force, o -> o.write(bytes)))) {
                        return files.stopped();
                    }
                } catch (CliException ex) {
                    // The formats land together or not at all: a disk that fills up at the second removes the first.
                    RunFiles.deleteQuietly(written);
                    throw written.isEmpty() ? ex : new CliException(ex.exitCode(), ex.getMessage() + " (so "
                            + written.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                            + " was removed: the formats are written together or not at all)", ex);
                }
                written.add(target);
                lines.add(e.getKey().form().name() + " → " + target);
            }
            files.finished(written);
        }
        for (String line : lines) {
            out.println(line);
        }
        out.flush();
        err.flush();
        return SelfevalCli.OK;
    }

    /** One document to make: a form in a format. */
    record Target(Form form, ReportExporter exporter) {
    }

    /** One line saying what the score card says: the total, its grade, the findings by severity. */
    static String summary(ScoreCard card, Lang lang) {
        long errors = card.findings(Severity.ERROR).size();
        long warnings = card.findings(Severity.WARNING).size();
        long infos = card.findings(Severity.INFO).size();
        String total = card.totalScore().toPlainString();
        String raw = io.github.selfeval.model.form.FormNumbers.exact(card.rawTotalScore());
        if (lang == Lang.en) {
            return "score " + total + " (exact " + raw + ", pack " + card.packId() + "), grade "
                    + card.grade().label() + "; " + English.count(card.findings().size(), "finding") + ": "
                    + English.count(errors, "error") + ", " + English.count(warnings, "warning") + ", " + infos + " info";
        }
        return "自评得分 " + total + "（精确值 " + raw + "，规则包 " + card.packId() + "），等级 " + card.grade().label()
                + "；审计发现 " + card.findings().size() + " 条：" + errors + " 错误，" + warnings + " 警告，" + infos + " 提示";
    }

    private Map<Target, Path> targets(List<ReportExporter> exporters, List<Form> forms) {
        Map<Target, Path> targets = new LinkedHashMap<>();
        // A directory is meant when -o names one that exists, ends in a separator ('out/'), or must hold
        // several files; a missing one is made.
        boolean directory = output != null
                && (Files.isDirectory(output) || OutputPath.namesDirectory(outputArg) || exporters.size() > 1);
        if (output != null && !directory && forms.size() > 1) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, "-o " + outputArg + ": " + file + " holds "
                    + forms.size() + " forms, written one file each: give -o a directory (e.g. -o "
                    + Formats.baseName(file) + "/)");
        }
        if (directory && Files.exists(output) && !Files.isDirectory(output)) {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, "-o " + outputArg + ": is a file; "
                    + (exporters.size() > 1 ? "several formats are written into a directory" : "a name ending in '/' is a directory")
                    + " (an existing one, or a new one, which is created)");
        }
        if (directory && Files.notExists(output)) {
            try {
                Files.createDirectories(output);
            } catch (java.io.IOException e) {
                throw new CliException(SelfevalCli.EXPORT_FAILED, "-o " + outputArg + ": cannot create the directory ("
                        + IoErrors.reason(e) + ")", e);
            }
        }
        if (output != null && !directory) {
            targets.put(new Target(forms.get(0), exporters.get(0)), output);
            return targets;
        }
        Path dir = output != null ? output : parentOf(file);
        for (Form form : forms) {
            String base = form.outputBase();
            for (ReportExporter e : exporters) {
                Path t = dir.resolve(base + "." + e.fileExtension());
                if (sameFile(t, file)) {
                    t = dir.resolve(base + "-export." + e.fileExtension());
                }
                targets.put(new Target(form, e), t);
            }
        }
        return targets;
    }

    private static Path parentOf(Path p) {
        Path parent = p.getParent();
        return parent != null ? parent : Path.of("");
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Format ids: known ones, in the order given, without repeats. */
    static final class Formats {
        private Formats() {
        }

        static List<ReportExporter> resolve(ReportExporters registry, List<String> ids) {
            List<ReportExporter> result = new ArrayList<>();
            for (String raw : new LinkedHashSet<>(ids)) {
                String id = raw.trim().toLowerCase(java.util.Locale.ROOT);
                if (id.isEmpty()) {
                    continue;
                }
                ReportExporter e = registry.find(id).orElse(null);
                if (e == null) {
                    throw new CliException(SelfevalCli.UNREADABLE_INPUT, "--format " + raw + ": unknown format; known formats: "
                            + (registry.ids().isEmpty() ? "(none found)" : String.join(", ", registry.ids())));
                }
                result.add(e);
            }
            if (result.isEmpty()) {
                throw new CliException(SelfevalCli.UNREADABLE_INPUT, "--format: no format given");
            }
            return result;
        }

        static String baseName(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
    }
}
