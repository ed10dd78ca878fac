package io.github.selfeval.benchmarks.peers;

import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PDF: selfeval's PdfExporter against what users do today — LibreOffice headless converting the exported
 * XLSX to PDF — timed in one run, N repetitions each, medians reported, plus the file sizes.
 *
 * <p>Usage: {@code PdfVsLibreOffice [--reps N] [--work DIR] [--jar selfeval.jar] [--launcher] [--soffice PATH]}.
 * Measured (after the first LibreOffice run, the repetitions interleave LibreOffice, selfeval in-process
 * and the selfeval CLI, so a change in machine load hits all of them alike):
 * <ol>
 *   <li>the XLSX of the seed is exported once with selfeval (the file LibreOffice converts);</li>
 *   <li>LibreOffice's first run with a fresh private profile ({@code -env:UserInstallation}), reported
 *       separately: that is a one-off cost;</li>
 *   <li>LibreOffice, N conversions, one process each, warm profile;</li>
 *   <li>LibreOffice, N copies in one process (how a batch would use it, start-up amortised);</li>
 *   <li>selfeval in-process after warm-up (what a batch or a service pays per document), N exports;</li>
 *   <li>selfeval as a fresh process ({@code java -jar selfeval.jar export … --format pdf}), N runs, when
 *       {@code --jar} is given: the like-for-like comparison with one soffice process per document;</li>
 *   <li>with {@code --launcher} as well: the same process started the way the {@code ./selfeval} launcher
 *       starts it (an AppCDS archive made once from a training run, as the launcher makes it, then
 *       {@code -XX:SharedArchiveFile -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}), without running the
 *       launcher script itself (it may build).</li>
 * </ol>
 */
public final class PdfVsLibreOffice {

    private PdfVsLibreOffice() {
    }

    /**
     * Runs the comparison and prints the results.
     *
     * @param args see the class comment
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        int reps = 10;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "selfeval-pdf-bench");
        Path jar = null;
        String soffice = "soffice";
        boolean launcher = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--soffice" -> soffice = args[++i];
                case "--launcher" -> launcher = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--reps N] [--work DIR] [--jar selfeval.jar] [--launcher] [--soffice PATH]");
            }
        }
        deleteTree(work);
        Files.createDirectories(work);
        Path profile = work.resolve("lo-profile");
        String profileUrl = profile.toUri().toString();

        ScoreCard card = Fixtures.score(Fixtures.seed());
        ReportExporter xlsx = Fixtures.exporter("xlsx");
        ReportExporter pdf = Fixtures.exporter("pdf");
        Path seedXlsx = work.resolve("seed.xlsx");
        Files.write(seedXlsx, Fixtures.export(xlsx, card));
        Path seedJson = work.resolve("seed.json");
        Files.writeString(seedJson, io.github.selfeval.model.SelfEvaluationJson.toJson(Fixtures.seed()));

        // LibreOffice, first run: creates the private profile
        Path loOut = Files.createDirectories(work.resolve("lo"));
        long first = run(List.of(soffice, "-env:UserInstallation=" + profileUrl, "--headless", "--convert-to", "pdf",
                "--outdir", loOut.toString(), seedXlsx.toString()));
        Path loPdf = loOut.resolve("seed.pdf");
        if (!Files.isRegularFile(loPdf)) {
            throw new IllegalStateException("LibreOffice wrote no " + loPdf);
        }

        // warm up selfeval in-process (JIT), then interleave: every repetition runs LibreOffice once, selfeval
        // in-process once and (with --jar) the selfeval CLI once, so a change in machine load hits all alike
        byte[] ours = null;
        for (int i = 0; i < 30; i++) {
            ours = Fixtures.export(pdf, card);
        }
        long[] lo = new long[reps];
        long[] inProcess = new long[reps];
        long[] process = jar == null ? null : new long[reps];
        long[] launched = jar == null || !launcher ? null : new long[reps];
        Path cliPdf = work.resolve("cli.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> launcherOptions = List.of();
        if (launched != null) {
            // The launcher's training run: both exporters on the seed, classes archived at exit.
            Path cds = work.resolve("selfeval.jsa");
            run(List.of(java, "-XX:ArchiveClassesAtExit=" + cds, "-jar", jar.toString(), "export", seedJson.toString(),
                    "--format", "xlsx,pdf", "-o", Files.createDirectories(work.resolve("training")).toString(),
                    "--force"));
            launcherOptions = List.of("-XX:SharedArchiveFile=" + cds, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        }
        for (int i = 0; i < reps; i++) {
            Files.delete(loPdf);
            lo[i] = run(List.of(soffice, "-env:UserInstallation=" + profileUrl, "--headless", "--convert-to", "pdf",
                    "--outdir", loOut.toString(), seedXlsx.toString()));
            long t0 = System.nanoTime();
            ours = Fixtures.export(pdf, card);
            inProcess[i] = System.nanoTime() - t0;
            if (process != null) {
                process[i] = run(List.of(java, "-jar", jar.toString(), "export", seedJson.toString(), "--format", "pdf",
                        "-o", cliPdf.toString(), "--force"));
            }
            if (launched != null) {
                List<String> c = new ArrayList<>(List.of(java));
                c.addAll(launcherOptions);
                c.addAll(List.of("-jar", jar.toString(), "export", seedJson.toString(), "--format", "pdf", "-o",
                        cliPdf.toString(), "--force"));
                launched[i] = run(c);
            }
        }
        long loSize = Files.size(loPdf);
        Path ourPdf = work.resolve("selfeval.pdf");
        Files.write(ourPdf, ours);

        // LibreOffice, N copies in one process (start-up amortised, as a batch would use it)
        Path many = Files.createDirectories(work.resolve("many"));
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profileUrl, "--headless",
                "--convert-to", "pdf", "--outdir", work.resolve("many-out").toString()));
        for (int i = 0; i < reps; i++) {
            Path copy = many.resolve("seed-" + i + ".xlsx");
            Files.copy(seedXlsx, copy);
            cmd.add(copy.toString());
        }
        long loBatch = run(cmd);

        double loMedian = ms(median(lo));
        double inMedian = ms(median(inProcess));
        System.out.printf(Locale.ROOT, "%nPDF of the seed, %d repetitions (medians), work dir %s%n", reps, work);
        System.out.printf(Locale.ROOT, "LibreOffice first run (fresh profile)     %10.1f ms%n", ms(first));
        System.out.printf(Locale.ROOT, "LibreOffice per process (warm profile)    %10.1f ms  (min %.1f, max %.1f)%n",
                loMedian, ms(min(lo)), ms(max(lo)));
        System.out.printf(Locale.ROOT, "LibreOffice %d docs in one process, per doc %8.1f ms%n", reps, ms(loBatch) / reps);
        System.out.printf(Locale.ROOT, "selfeval in-process (warm)                %10.1f ms  (min %.1f, max %.1f, n=%d)%n",
                inMedian, ms(min(inProcess)), ms(max(inProcess)), inProcess.length);
        System.out.printf(Locale.ROOT, "sizes: selfeval CLI PDF %d bytes%n", process == null ? -1 : Files.size(cliPdf));
        if (process != null) {
            System.out.printf(Locale.ROOT, "selfeval per process (java -jar … export) %10.1f ms  (min %.1f, max %.1f)%n",
                    ms(median(process)), ms(min(process)), ms(max(process)));
        }
        if (launched != null) {
            System.out.printf(Locale.ROOT, "selfeval per process, launcher's options  %10.1f ms  (min %.1f, max %.1f)%n",
                    ms(median(launched)), ms(min(launched)), ms(max(launched)));
        }
        System.out.printf(Locale.ROOT, "ratio LibreOffice process / selfeval in-process   %8.1f×%n", loMedian / inMedian);
        System.out.printf(Locale.ROOT, "ratio LibreOffice batch / selfeval in-process     %8.1f×%n", ms(loBatch) / reps / inMedian);
        if (process != null) {
            System.out.printf(Locale.ROOT, "ratio LibreOffice process / selfeval process      %8.1f×%n",
                    loMedian / ms(median(process)));
        }
        if (launched != null) {
            System.out.printf(Locale.ROOT, "ratio LibreOffice process / selfeval launcher     %8.2f×%n",
                    loMedian / ms(median(launched)));
        }
        System.out.printf(Locale.ROOT, "size selfeval %d bytes (whole report), LibreOffice %d bytes (the XLSX's sheets)%n",
                ours.length, loSize);
        System.out.printf(Locale.ROOT, "ratio size LibreOffice / selfeval                 %8.2f×%n", (double) loSize / ours.length);
    }

    /** Runs a process to completion, its output discarded, and returns the wall time in ns. */
    private static long run(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        long t = System.nanoTime() - t0;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
        }
        return t;
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static long min(long[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    private static long max(long[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double ms(long ns) {
        return ns / 1e6;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
