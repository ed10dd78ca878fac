package io.github.selfeval.testsupport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.model.ReportReadException;
import io.github.selfeval.model.ReportValidationException;
import io.github.selfeval.model.ReportViolation;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.model.SelfEvaluations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The bad-input catalogue ({@code src/test/resources/bad-input/catalogue.csv}): every fixture gets
 * exactly the error code and JSON path it should, and a message a person can act on.
 */
class BadInputCatalogueTest {

    private static final Pattern REPEAT = Pattern.compile("(\\[\\d+]|\\.[A-Za-z]+)\\{(\\d+)}");

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvFileSource(resources = "/bad-input/catalogue.csv", delimiter = '|', nullValues = {}, emptyValue = "")
    void catalogue(String file, String outcome, String expected) throws IOException {
        byte[] bytes = fixture(file);
        switch (outcome) {
            case "VALID" -> assertEquals(Set.of(), violations(SelfEvaluationJson.read(bytes), Locale.ENGLISH));
            case "READ" -> {
                String code = expected.substring(0, expected.indexOf('@'));
                String path = expand(expected.substring(expected.indexOf('@') + 1));
                ReportReadException e = assertThrows(ReportReadException.class, () -> SelfEvaluationJson.read(bytes));
                assertEquals(code, e.code(), e.getMessage());
                assertEquals(path, e.path(), e.getMessage());
                assertReadable(e);
                if (!code.equals(ReportReadException.JSON_EMPTY)) {
                    assertTrue(e.line() > 0 && e.column() > 0, "a position is given: " + e.getMessage());
                    assertTrue(e.getMessage().startsWith("line " + e.line() + ", column " + e.column()), e.getMessage());
                }
                if (!path.isEmpty()) {
                    assertTrue(e.getMessage().contains("(" + path + ")"), e.getMessage());
                }
            }
            case "VALIDATION" -> {
                SelfEvaluation report = SelfEvaluationJson.read(bytes);
                Set<String> want = Arrays.stream(expected.split(";")).collect(Collectors.toSet());
                assertEquals(want, violations(report, Locale.ENGLISH));
                assertEquals(want, violations(report, SelfEvaluations.CHINESE));
                ReportValidationException e = assertThrows(ReportValidationException.class,
                        () -> SelfEvaluations.validate(report));
                assertEquals("VALIDATION", e.code());
                assertEquals(want.size(), e.violations().size());
                for (ReportViolation v : e.violations()) {
                    assertTrue(e.getMessage().contains(v.path() + ": " + v.message()), e.getMessage());
                }
            }
            default -> throw new AssertionError("unknown outcome " + outcome);
        }
    }

    @Test
    void catalogueHasAtLeast25BadInputs() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/bad-input/catalogue.csv")) {
            long bad = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank() && !l.contains("|VALID|")).count();
            assertTrue(bad >= 25, "only " + bad + " bad inputs");
        }
    }

    /** A 10 MB string (made here rather than stored in the repository) stops at the string limit. */
    @Test
    void tenMegabyteStringHitsTheStringLimit() throws IOException {
        String doc = new String(fixture("valid-minimal.json"), StandardCharsets.UTF_8)
                .replace("\"测试镇人民政府\"", "\"" + "镇".repeat(10 * 1024 * 1024 / 3) + "\"");
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> SelfEvaluationJson.read(doc.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ReportReadException.JSON_LIMIT, e.code(), e.getMessage());
        assertEquals("cover.department", e.path());
        assertTrue(e.getMessage().contains("String value length"), e.getMessage());
    }

    /** A document above 16 MiB is refused before it is parsed, whatever it holds. */
    @Test
    void documentAboveTheSizeLimitIsRefused() {
        byte[] big = new byte[16 * 1024 * 1024 + 10];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        ReportReadException e = assertThrows(ReportReadException.class, () -> SelfEvaluationJson.read(big));
        assertEquals(ReportReadException.JSON_LIMIT, e.code());
        ReportReadException s = assertThrows(ReportReadException.class,
                () -> SelfEvaluationJson.read(new java.io.ByteArrayInputStream(big)));
        assertEquals(ReportReadException.JSON_LIMIT, s.code());
    }

    @Test
    void missingFileIsAnIoError(@org.junit.jupiter.api.io.TempDir Path dir) {
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> SelfEvaluationJson.read(dir.resolve("nope.json")));
        assertEquals(ReportReadException.JSON_IO, e.code());
        assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
    }

    @Test
    void textWithByteOrderMarkReads() throws IOException {
        String doc = "\uFEFF" + new String(fixture("valid-minimal.json"), StandardCharsets.UTF_8);
        assertEquals(SelfEvaluationJson.read(fixture("valid-minimal.json")), SelfEvaluationJson.read(doc));
    }

    private static void assertReadable(ReportReadException e) {
        String m = e.getMessage();
        assertFalse(m.contains("com.fasterxml") || m.contains("Exception") || m.contains("`"),
                "no Jackson internals in the message: " + m);
        assertFalse(m.contains("\n"), "one line: " + m);
    }

    private static Set<String> violations(SelfEvaluation report, Locale locale) {
        return SelfEvaluations.violations(report, locale).stream()
                .map(v -> v.code() + "@" + v.path()).collect(Collectors.toSet());
    }

    static String expand(String path) {
        Matcher m = REPEAT.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        return m.appendTail(sb).toString();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = BadInputCatalogueTest.class.getResourceAsStream("/bad-input/" + name)) {
            if (in == null) {
                throw new AssertionError("no fixture bad-input/" + name);
            }
            return in.readAllBytes();
        }
    }
}
