package io.github.selfeval.it.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a check: the tool behind {@code selfeval-it/src/test/faults-before-after.sh}. For each issue-16 row of
 * the fault catalogue (ids {@code defect…} and {@code weakspot…}) it makes the row's input, records the
 * command line the row runs, and runs that same command line with each CLI jar named by
 * {@code -Dselfeval.it.beforeAfter=OLD.jar,NEW.jar} in a JVM of its own, printing exit code and first line
 * of output side by side (to the console and to {@code target/faults-before-after.md}). Skipped without the
 * property.
 */
@EnabledIfSystemProperty(named = "selfeval.it.beforeAfter", matches = ".+")
class BeforeAfter {

    @TempDir
    Path dir;

    @Test
    void table() throws Exception {
        String[] jars = System.getProperty("selfeval.it.beforeAfter").split(",");
        FaultCatalogueTest.shared = Files.createDirectories(dir.resolve("shared"));
        List<String> rows = new ArrayList<>();
        rows.add("| case | command | " + String.join(" | ", List.of(jars).stream().map(j -> Path.of(j).getFileName().toString())
                .toList()) + " |");
        rows.add("|---|---|" + "---|".repeat(jars.length));
        for (FaultCatalogueTest.Fault f : FaultCatalogueTest.CATALOGUE) {
            if (!f.id().startsWith("defect") && !f.id().startsWith("weakspot")) {
                continue;
            }
            Path in = Files.createDirectories(dir.resolve(f.id()).resolve("in"));
            Path out = Files.createDirectories(dir.resolve(f.id()).resolve("out"));
            List<List<String>> recorded = new ArrayList<>();
            Run.RECORDED.set(recorded);
            try {
                f.scenario().run(in, out);
            } catch (Exception | AssertionError e) {
                // the row's own checks do not matter here: only its input and command line
            } finally {
                Run.RECORDED.remove();
            }
            if (recorded.isEmpty()) {
                rows.add("| " + f.id() + " | (library call or child JVM only: no CLI command) |" + " – |".repeat(jars.length));
                continue;
            }
            List<String> args = recorded.get(0);
            StringBuilder row = new StringBuilder("| " + f.id() + " | " + String.join(" ", args.subList(0, 1)) + " |");
            for (String jar : jars) {
                clear(out);
                row.append(' ').append(run(jar, args, dir.resolve(f.id()))).append(" |");
            }
            rows.add(row.toString());
            System.out.println(row);
        }
        Path table = Path.of("target", "faults-before-after.md");
        Files.write(table, rows);
        System.out.println(String.join("\n", rows));
    }

    private static String run(String jar, List<String> args, Path dir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar));
        cmd.addAll(args);
        Path log = Files.createTempFile(dir, "run", ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return "timeout 120 s";
        }
        String first = Files.readAllLines(log).stream().filter(l -> !l.isBlank() && !l.contains("Log4j API"))
                .findFirst().orElse("");
        first = first.replace("|", "\\|").replace(dir.toString(), "…");
        return "exit " + p.exitValue() + ": " + (first.length() > 110 ? first.substring(0, 110) + "…" : first);
    }

    private static void clear(Path out) {
        try (Stream<Path> s = Files.walk(out)) {
            s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(out)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
