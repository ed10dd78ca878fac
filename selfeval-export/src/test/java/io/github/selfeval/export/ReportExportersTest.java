package io.github.selfeval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.fixtures.AnotherGoodExporter;
import io.github.selfeval.export.fixtures.BlankIdExporter;
import io.github.selfeval.export.fixtures.BlankMediaTypeExporter;
import io.github.selfeval.export.fixtures.DupAlphaExporter;
import io.github.selfeval.export.fixtures.DupBetaExporter;
import io.github.selfeval.export.fixtures.GoodExporter;
import io.github.selfeval.export.fixtures.NotAnExporter;
import io.github.selfeval.export.fixtures.NullIdExporter;
import io.github.selfeval.export.fixtures.ThrowingConstructorExporter;
import io.github.selfeval.export.fixtures.ThrowingIdExporter;
import io.github.selfeval.export.fixtures.UppercaseIdExporter;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery through {@link java.util.ServiceLoader}: each scenario gets its own class loader over a
 * temporary directory holding a {@code META-INF/services} file written by the test, so that what a
 * scenario registers is exactly what it lists.
 */
class ReportExportersTest {

    private static final String SERVICES = "META-INF/services/" + ReportExporter.class.getName();

    @TempDir
    Path temp;

    private final List<URLClassLoader> loaders = new ArrayList<>();

    @AfterEach
    void closeLoaders() throws IOException {
        for (URLClassLoader l : loaders) {
            l.close();
        }
    }

    /** A class loader that sees the test classes and a services file listing {@code providers}. */
    private ClassLoader registering(String... providers) throws IOException {
        Path root = Files.createTempDirectory(temp, "scenario");
        Path services = root.resolve(SERVICES);
        Files.createDirectories(services.getParent());
        Files.writeString(services, "# written by " + getClass().getSimpleName() + "\n"
                + String.join("\n", providers) + "\n", StandardCharsets.UTF_8);
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
        loaders.add(loader);
        return loader;
    }

    private static ReportExporters loadWith(ClassLoader loader) {
        return ReportExporters.load(loader);
    }

    private static LoadFailure failureOf(ReportExporters registry, Class<?> provider) {
        return registry.loadFailures().stream().filter(f -> f.provider().equals(provider.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no load failure names " + provider.getName() + "; failures: "
                        + registry.loadFailures()));
    }

    @Test
    void goodProvidersAreFoundAndOrderedById() throws IOException {
        ReportExporters registry = loadWith(registering(GoodExporter.class.getName(), AnotherGoodExporter.class.getName()));

        assertEquals(List.of("another", "good"), registry.ids());
        assertEquals(List.of("another", "good"), registry.all().stream().map(ReportExporter::id).toList());
        assertInstanceOf(GoodExporter.class, registry.get("good"));
        assertTrue(registry.find("good").isPresent());
        assertTrue(registry.find("missing").isEmpty());
        assertEquals(List.of(), registry.loadFailures());
    }

    @Test
    void noProvidersGivesAnEmptyRegistry() throws IOException {
        ReportExporters registry = loadWith(registering());

        assertEquals(List.of(), registry.ids());
        assertEquals(List.of(), registry.loadFailures());
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> registry.get("xlsx"));
        assertTrue(e.getMessage().contains("(none registered)"), e.getMessage());
    }

    @Test
    void aProviderWhoseConstructorThrowsIsReportedAndTheOthersStillLoad() throws IOException {
        ReportExporters registry = loadWith(registering(ThrowingConstructorExporter.class.getName(),
                GoodExporter.class.getName(), AnotherGoodExporter.class.getName()));

        assertEquals(List.of("another", "good"), registry.ids());
        LoadFailure f = failureOf(registry, ThrowingConstructorExporter.class);
        assertTrue(f.reason().contains(ThrowingConstructorExporter.MESSAGE), f.reason());
        assertInstanceOf(ServiceConfigurationError.class, f.cause());
        assertEquals(1, registry.loadFailures().size(), registry.loadFailures()::toString);
    }

    @Test
    void aListedClassThatDoesNotExistIsReportedByName() throws IOException {
        String missing = "com.example.selfeval.NoSuchExporter";
        ReportExporters registry = loadWith(registering(missing, GoodExporter.class.getName()));

        assertEquals(List.of("good"), registry.ids());
        LoadFailure f = registry.loadFailures().get(0);
        assertEquals(missing, f.provider());
        assertTrue(f.reason().contains("not found"), f.reason());
        assertEquals(1, registry.loadFailures().size());
    }

    @Test
    void aListedClassThatIsNotAnExporterIsReportedByName() throws IOException {
        ReportExporters registry = loadWith(registering(NotAnExporter.class.getName(), GoodExporter.class.getName()));

        assertEquals(List.of("good"), registry.ids());
        LoadFailure f = failureOf(registry, NotAnExporter.class);
        assertTrue(f.reason().contains("not a subtype"), f.reason());
    }

    @Test
    void aProviderWhoseIdThrowsIsReportedWithTheReason() throws IOException {
        ReportExporters registry = loadWith(registering(ThrowingIdExporter.class.getName(), GoodExporter.class.getName()));

        assertEquals(List.of("good"), registry.ids());
        LoadFailure f = failureOf(registry, ThrowingIdExporter.class);
        assertTrue(f.reason().contains(ThrowingIdExporter.MESSAGE), f.reason());
        assertInstanceOf(UnsupportedOperationException.class, f.cause());
    }

    @Test
    void invalidIdsAreRejectedNamingTheIdAndTheRule() throws IOException {
        ReportExporters registry = loadWith(registering(UppercaseIdExporter.class.getName(),
                BlankIdExporter.class.getName(), NullIdExporter.class.getName(), GoodExporter.class.getName()));

        assertEquals(List.of("good"), registry.ids());
        assertEquals(3, registry.loadFailures().size(), registry.loadFailures()::toString);
        String upper = failureOf(registry, UppercaseIdExporter.class).reason();
        assertTrue(upper.contains("'TXT'") && upper.contains(ReportExporters.ID.pattern()), upper);
        assertTrue(failureOf(registry, BlankIdExporter.class).reason().contains("'  '"));
        assertTrue(failureOf(registry, NullIdExporter.class).reason().contains("invalid format id null"));
    }

    @Test
    void aBlankMediaTypeIsRejected() throws IOException {
        ReportExporters registry = loadWith(registering(BlankMediaTypeExporter.class.getName()));

        assertEquals(List.of(), registry.ids());
        String reason = failureOf(registry, BlankMediaTypeExporter.class).reason();
        assertTrue(reason.contains("mediaType() is blank"), reason);
    }

    @Test
    void duplicateIdsNameBothClassesAndKeepTheFirstByClassNameWhateverTheOrder() throws IOException {
        for (List<String> order : List.of(
                List.of(DupAlphaExporter.class.getName(), DupBetaExporter.class.getName()),
                List.of(DupBetaExporter.class.getName(), DupAlphaExporter.class.getName()))) {
            ReportExporters registry = loadWith(registering(order.toArray(String[]::new)));

            assertInstanceOf(DupAlphaExporter.class, registry.get("dup"), order::toString);
            assertEquals(1, registry.loadFailures().size());
            LoadFailure f = registry.loadFailures().get(0);
            assertEquals(DupBetaExporter.class.getName(), f.provider());
            assertTrue(f.reason().contains(DupAlphaExporter.class.getName())
                    && f.reason().contains(DupBetaExporter.class.getName())
                    && f.reason().contains("'dup'"), f.reason());
            assertTrue(f.reason().endsWith("keeping " + DupAlphaExporter.class.getName()), f.reason());
        }
    }

    @Test
    void everyKindOfBrokenProviderAtOnceLeavesTheGoodOnesLoaded() throws IOException {
        ReportExporters registry = loadWith(registering(
                "com.example.Missing", ThrowingConstructorExporter.class.getName(), UppercaseIdExporter.class.getName(),
                GoodExporter.class.getName(), ThrowingIdExporter.class.getName(), DupBetaExporter.class.getName(),
                NotAnExporter.class.getName(), DupAlphaExporter.class.getName(), AnotherGoodExporter.class.getName()));

        assertEquals(List.of("another", "dup", "good"), registry.ids());
        assertEquals(6, registry.loadFailures().size(), registry.loadFailures()::toString);
        registry.loadFailures().forEach(f -> assertTrue(!f.provider().isBlank() && !f.reason().isBlank(), f::toString));
        assertTrue(registry.loadFailures().stream().noneMatch(f -> f.provider().equals("(unknown provider)")),
                registry.loadFailures()::toString);
    }

    @Test
    void anUnknownIdIsAnsweredWithTheKnownIds() throws IOException {
        ReportExporters registry = loadWith(registering(GoodExporter.class.getName(), AnotherGoodExporter.class.getName()));

        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> registry.get("docx"));
        assertEquals("docx", e.formatId());
        assertEquals(List.of("another", "good"), e.knownIds());
        assertEquals(UnknownFormatException.CODE, e.code());
        assertTrue(e.getMessage().contains("'docx'") && e.getMessage().contains("another, good"), e.getMessage());
    }

    @Test
    void loadWithoutArgumentsUsesTheContextClassLoader() throws IOException {
        ClassLoader loader = registering(GoodExporter.class.getName());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            assertEquals(List.of("good"), ReportExporters.load().ids());
        } finally {
            thread.setContextClassLoader(before);
        }
        // Without the scenario's loader nothing is registered in this module's own tests.
        assertEquals(List.of(), ReportExporters.load().ids());
    }

    @Test
    void ofRegistersGivenExportersWithTheSameChecks() {
        ReportExporters registry = ReportExporters.of(new GoodExporter(), new UppercaseIdExporter(),
                new DupBetaExporter(), new DupAlphaExporter(), new AnotherGoodExporter());

        assertEquals(List.of("another", "dup", "good"), registry.ids());
        assertInstanceOf(DupAlphaExporter.class, registry.get("dup"));
        assertEquals(Arrays.asList(DupBetaExporter.class.getName(), UppercaseIdExporter.class.getName()),
                registry.loadFailures().stream().map(LoadFailure::provider).sorted().collect(Collectors.toList()));
        assertEquals(List.of(), ReportExporters.of().ids());
        assertThrows(NullPointerException.class, () -> ReportExporters.of(new GoodExporter(), null));
    }

    @Test
    void theRegistryIsUnmodifiable() {
        ReportExporters registry = ReportExporters.of(new GoodExporter());

        assertThrows(UnsupportedOperationException.class, () -> registry.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> registry.ids().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> registry.loadFailures().clear());
        assertNotNull(registry.get("good"));
    }
}
