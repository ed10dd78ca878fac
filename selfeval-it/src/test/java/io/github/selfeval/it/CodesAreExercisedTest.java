package io.github.selfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.UnknownFormatException;
import io.github.selfeval.export.xlsx.XlsxImportException;
import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.ReportReadException;
import io.github.selfeval.model.ReportValidationException;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.UnknownPackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every error code in {@code docs/errors.md} and every finding code in {@code docs/scoring.md} is what the
 * code defines, and each is exercised by at least one test of the repository (issue 7).
 *
 * <p>Docs and code agree: the error codes of the docs' exception tables are exactly the codes the main
 * sources define (string constants {@code static final String X = "CODE"} and the rule packs' dotted codes);
 * the finding codes of the docs' findings table are exactly {@link FindingCode}'s constants, each with the
 * severity {@link FindingsProducedTest} observes. "Exercised" is checked by scanning every module's
 * {@code src/test} text files for the code string (this class excluded); {@link FindingsProducedTest}
 * additionally produces every finding code from a crafted report, and {@code FaultCatalogueTest} asserts the
 * read, validation, XLSX, font and output codes on real inputs.
 */
class CodesAreExercisedTest {

    static final Path ROOT = Path.of(System.getProperty("selfeval.it.repositoryRoot", "..")).toAbsolutePath().normalize();

    /**
     * Documented codes no input can produce, each with the test that shows why (and fails if it becomes
     * reachable, so that this list must be revisited).
     */
    private static final Map<String, String> UNREACHABLE = Map.of(
            "NOT_NULL", "ErrorCodesProducedTest.aReportBuiltInCodeWithoutABudgetIsRefusedByTheConstructor: the model's "
                    + "records refuse null before validation runs");

    private static final Pattern CODE_CELL = Pattern.compile("^\\|\\s*`([A-Za-z0-9_.]+)`\\s*\\|");

    // ------------------------------------------------------------------ docs/errors.md

    @Test
    void theErrorTablesListExactlyTheCodesTheSourcesDefine() {
        Set<String> documented = new TreeSet<>(tables("docs/errors.md", "| code | thrown by").keySet());
        Set<String> defined = definedErrorCodes();
        assertEquals(defined, documented, "docs/errors.md and the main sources disagree: only documented "
                + minus(documented, defined) + ", only in the code " + minus(defined, documented));
    }

    @Test
    void errorCodesHoldsEveryLibraryCodeAndTheExceptionClassesUseItsValues() throws Exception {
        Set<String> library = new TreeSet<>(tables("docs/errors.md", "| code | thrown by").keySet());
        // The CLI's internal-error lines, not library exceptions.
        library.removeAll(List.of("OUT_OF_MEMORY", "STACK_OVERFLOW", "INTERNAL_ERROR"));
        Set<String> catalogue = new TreeSet<>();
        for (java.lang.reflect.Field f : ErrorCodes.class.getFields()) {
            assertEquals(f.getName(), f.get(null), "ErrorCodes." + f.getName());
            catalogue.add((String) f.get(null));
        }
        assertEquals(library, catalogue, "ErrorCodes and docs/errors.md disagree: only documented "
                + minus(library, catalogue) + ", only in ErrorCodes " + minus(catalogue, library));
        for (Class<?> type : List.of(ReportReadException.class, ReportValidationException.class, ExportException.class,
                UnknownFormatException.class, ReadException.class, XlsxImportException.class,
                UnknownPackException.class)) {
            for (java.lang.reflect.Field f : type.getFields()) {
                if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    assertTrue(catalogue.contains((String) f.get(null)), type.getSimpleName() + "." + f.getName()
                            + " = " + f.get(null) + " is not in ErrorCodes");
                }
            }
        }
    }

    @Test
    void everyDocumentedErrorAndViolationCodeIsExercisedByATest() {
        Map<String, String> codes = new TreeMap<>(tables("docs/errors.md", "| code | thrown by"));
        codes.putAll(tables("docs/errors.md", "| code | rule"));
        assertTrue(codes.size() >= 40, "the tables were not parsed: " + codes.keySet());
        List<String> testSources = testSources();
        Map<String, List<String>> constants = constantNames();
        List<String> missing = codes.keySet().stream()
                .filter(code -> !UNREACHABLE.containsKey(code))
                .filter(code -> testSources.stream().noneMatch(text -> text.contains(code)
                        || constants.getOrDefault(code, List.of()).stream().anyMatch(text::contains)))
                .toList();
        assertEquals(List.of(), missing, "error codes in docs/errors.md no test mentions");
    }

    /**
     * For each code, the names a test may use for it instead of the string: {@code ReadException.TOO_LARGE},
     * {@code ErrorCodes.READ_TOO_LARGE}. Qualified by the class's simple name, so that {@code TOO_LARGE}
     * alone (which two classes define with different values) counts for neither.
     */
    private static Map<String, List<String>> constantNames() {
        Map<String, List<String>> names = new TreeMap<>();
        for (Class<?> type : List.of(ErrorCodes.class, ReportReadException.class, ReportValidationException.class,
                ExportException.class, UnknownFormatException.class, ReadException.class, XlsxImportException.class,
                UnknownPackException.class)) {
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(m)
                        && java.lang.reflect.Modifier.isPublic(m)) {
                    try {
                        names.computeIfAbsent((String) f.get(null), k -> new ArrayList<>())
                                .add(type.getSimpleName() + "." + f.getName());
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ docs/scoring.md

    @Test
    void theFindingsTableListsExactlyTheFindingCodesWithTheirSeverities() {
        Map<String, String> documented = tables("docs/scoring.md", "| code | severity");
        Set<String> enumCodes = Arrays.stream(FindingCode.values()).map(FindingCode::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(enumCodes, new TreeSet<>(documented.keySet()), "docs/scoring.md and FindingCode disagree");
        Map<FindingCode, String> observed = FindingsProducedTest.observedSeverities();
        for (FindingCode code : FindingCode.values()) {
            String row = documented.get(code.name());
            String severity = row.split("\\|")[2].trim();
            assertEquals(severity, observed.get(code), "severity of " + code + " in docs/scoring.md");
        }
    }

    @Test
    void everyFindingCodeIsExercisedByATest() {
        List<String> testSources = testSources();
        List<String> missing = Arrays.stream(FindingCode.values()).map(FindingCode::name)
                .filter(code -> testSources.stream().noneMatch(text -> text.contains(code)))
                .toList();
        assertEquals(List.of(), missing, "finding codes no test mentions");
    }

    // ------------------------------------------------------------------ parsing

    /**
     * The rows of every Markdown table whose header starts with {@code header}, keyed by the code in their
     * first cell (written as {@code `CODE`}).
     */
    static Map<String, String> tables(String doc, String header) {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : read(ROOT.resolve(doc)).lines().toList()) {
            if (line.startsWith("|") && line.replace(" ", "").startsWith(header.replace(" ", ""))) {
                inTable = true;
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            Matcher m = CODE_CELL.matcher(line);
            if (inTable && m.find()) {
                rows.put(m.group(1), line);
            }
        }
        return rows;
    }

    /**
     * The error codes the main sources define: upper-case string constants, and the rule packs' and
     * catalogues' codes given inline (some built as {@code code("DUPLICATE")} for kinds pack and catalogue).
     */
    private static Set<String> definedErrorCodes() {
        Pattern constant = Pattern.compile("static final String [A-Z_0-9]+ = \"([A-Z][A-Z_0-9]+)\"");
        Pattern dotted = Pattern.compile("SelfEvalException\\(\"([A-Z][A-Z_0-9]+)\"");
        Pattern byKind = Pattern.compile("code\\(\"([A-Z]+)\"\\)");
        Set<String> codes = new TreeSet<>();
        for (Path module : modules()) {
            if (module.getFileName().toString().startsWith("selfeval-benchmarks")) {
                continue; // measuring code, not the library
            }
            for (String text : texts(module.resolve("src/main/java"), ".java")) {
                // SELFEVAL_… constants name environment variables (SELFEVAL_PLUGIN_PATH), not error codes.
                constant.matcher(text).results().map(r -> r.group(1)).filter(c -> !c.startsWith("SELFEVAL_"))
                        .forEach(codes::add);
                dotted.matcher(text).results().forEach(r -> codes.add(r.group(1)));
                byKind.matcher(text).results().forEach(r -> {
                    codes.add("PACK_" + r.group(1));
                    codes.add("CATALOGUE_" + r.group(1));
                    codes.add("FORM_" + r.group(1));
                });
            }
        }
        return codes;
    }

    /** The text of every file under each module's src/test, but this class. */
    static List<String> testSources() {
        List<String> all = new ArrayList<>();
        for (Path module : modules()) {
            for (String text : texts(module.resolve("src/test"), ".java", ".json", ".csv", ".txt", ".md")) {
                if (!text.contains("class CodesAreExercisedTest")) {
                    all.add(text);
                }
            }
        }
        assertTrue(all.size() > 50, "test sources not found under " + ROOT);
        return all;
    }

    private static List<Path> modules() {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> Files.isDirectory(p.resolve("src"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Path dir, String... extensions) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> Arrays.stream(extensions).anyMatch(e -> p.toString().endsWith(e)))
                    .filter(p -> !p.toString().contains("/target/"))
                    .map(CodesAreExercisedTest::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
