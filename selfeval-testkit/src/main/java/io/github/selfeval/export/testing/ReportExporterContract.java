package io.github.selfeval.export.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.testsupport.Reports;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every {@link ReportExporter} must keep, as tests: an exporter's test class implements
 * this interface and inherits them.
 *
 * <pre>{@code
 * class MarkdownExporterTest implements ReportExporterContract {
 *     public ReportExporter exporter() { return new MarkdownExporter(); }
 *     public void assertReadable(byte[] document, ScoreCard card) { ... open it with a real reader ... }
 * }
 * }</pre>
 *
 * <p>What it checks: the seed report and generated valid reports ({@link Reports#validReports()},
 * {@value #GENERATED_EXAMPLES} examples by default) export without error to a non-empty document that
 * {@link #assertReadable} opens; an {@code OutputStream} failing after <i>n</i> bytes gives an
 * {@link ExportException} naming the format id and the exporter class, with the I/O error as a cause;
 * the stream is never closed; id, media type, extension and description are well formed; the exporter
 * is registered both in {@code META-INF/services/io.github.selfeval.export.ReportExporter} and with
 * {@code provides} in the {@code module-info} of the same code source, and the two list the same
 * providers; {@link ReportExporters#load()} finds it; deterministic mode gives identical bytes, also
 * from several threads at once.
 *
 * <p><b>Test dependencies an exporter module declares</b> (with {@code selfeval-bom} imported):
 * <pre>{@code
 * <dependency><groupId>io.github.selfeval</groupId><artifactId>selfeval-testkit</artifactId>
 *   <scope>test</scope></dependency>
 * <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId>
 *   <scope>test</scope></dependency>
 * }</pre>
 * The testkit brings JUnit Jupiter's API and QuickTheories at the versions it was built with (see
 * {@code docs/writing-an-exporter.md}), and {@code selfeval-test-support}'s generators; add whatever
 * real reader {@link #assertReadable} uses (POI, PDFBox …).
 *
 * @since 0.1
 */
public interface ReportExporterContract {

    /** How many generated reports {@link #exportsGeneratedValidReports()} exports by default. */
    int GENERATED_EXAMPLES = 40;

    /**
     * The exporter under test; may return the same instance every time (exporters are stateless).
     *
     * @return the exporter, never null
     */
    ReportExporter exporter();

    /**
     * Opens a document this exporter wrote with a real reader (POI, PDFBox, a Markdown table parser …)
     * and checks it shows the card: fails with an assertion error when it does not.
     *
     * @param document the exported bytes, never empty
     * @param card the card that was exported
     * @throws Exception when the reader fails, which fails the test
     */
    void assertReadable(byte[] document, ScoreCard card) throws Exception;

    /**
     * The options the contract exports with; override to supply fonts or a locale.
     *
     * @return the options, never null
     */
    default ExportOptions contractOptions() {
        return ExportOptions.defaults();
    }

    /**
     * How many generated reports to export; lower it for slow formats, never to zero.
     *
     * @return the number of examples, at least 1
     */
    default int generatedExamples() {
        return GENERATED_EXAMPLES;
    }

    /**
     * Scores a report the way the contract's cards are made: by the pack the report names when it is
     * a standard pack, else the seed's {@code hebei} pack.
     *
     * @param report a valid report
     * @return its card
     */
    default ScoreCard scoreCard(SelfEvaluation report) {
        return ContractFixtures.score(report);
    }

    // ---------------------------------------------------------------------------------------------
    // Exports and reads back

    /**
     * The seed exports without error, and the document is non-empty and readable.
     *
     * @throws Exception when {@link #assertReadable} fails to read the document
     */
    @Test
    default void exportsTheSeedToAReadableDocument() throws Exception {
        ScoreCard card = ContractFixtures.seedCard();
        byte[] document = ContractFixtures.export(exporter(), card, contractOptions());

        assertTrue(document.length > 0, "the document is empty");
        assertReadable(document, card);
    }

    /** Generated valid reports export without error to readable documents. */
    @Test
    default void exportsGeneratedValidReports() {
        ReportExporter exporter = exporter();
        ExportOptions options = contractOptions();
        qt().withExamples(Math.max(1, generatedExamples())).withShrinkCycles(50)
                .forAll(Reports.validReports())
                .describedAs(ContractFixtures::describe)
                .checkAssert(report -> {
                    ScoreCard card = scoreCard(report);
                    byte[] document = ContractFixtures.export(exporter, card, options);
                    assertTrue(document.length > 0, "the document is empty");
                    try {
                        assertReadable(document, card);
                    } catch (Exception e) {
                        throw new AssertionError("the document cannot be read back: " + e, e);
                    }
                });
    }

    /** The exporter does not close the stream it writes to: the caller owns it. */
    @Test
    default void leavesTheStreamOpen() {
        ContractFixtures.CloseTrackingStream out = new ContractFixtures.CloseTrackingStream();

        exporter().export(ContractFixtures.seedCard(), out, contractOptions());

        assertFalse(out.closed(), exporter().getClass().getName() + " closed the stream it was given");
        assertTrue(out.size() > 0, "nothing written");
    }

    // ---------------------------------------------------------------------------------------------
    // Failure

    /**
     * A stream that fails after 0, 1, half and all but one of the document's bytes gives an
     * {@link ExportException} naming the format and the exporter class, with the I/O error kept.
     *
     * @return one test per cut point
     */
    @TestFactory
    @SuppressWarnings("NullAway") // an ExportException always has a message: it is made from the reason
    default Stream<DynamicTest> aStreamFailingMidwayGivesAnExportExceptionNamingFormatAndClass() {
        ReportExporter exporter = exporter();
        ScoreCard card = ContractFixtures.seedCard();
        ExportOptions options = contractOptions().toBuilder().deterministic(true).build();
        int size = ContractFixtures.export(exporter, card, options).length;
        return ContractFixtures.cutPoints(size).stream().map(cut -> DynamicTest.dynamicTest(
                "fails after " + cut + " of " + size + " bytes", () -> {
                    ContractFixtures.FailingStream out = new ContractFixtures.FailingStream(cut);
                    ExportException e = assertThrows(ExportException.class,
                            () -> exporter.export(card, out, options),
                            "a stream failing after " + cut + " bytes must give an ExportException");
                    assertEquals(exporter.id(), e.formatId(), "ExportException.formatId()");
                    assertEquals(exporter.getClass().getName(), e.exporterClass(), "ExportException.exporterClass()");
                    assertTrue(e.getMessage().contains(exporter.id())
                            && e.getMessage().contains(exporter.getClass().getName()), e.getMessage());
                    assertTrue(ContractFixtures.causedBy(e, out.failure()),
                            "the stream's IOException is not in the cause chain of " + e);
                }));
    }

    // ---------------------------------------------------------------------------------------------
    // Identity and registration

    /** Id, media type, extension and description are well formed. */
    @Test
    default void describesItsFormat() {
        ReportExporter e = exporter();

        assertNotNull(e.id(), "id()");
        assertTrue(ReportExporters.ID.matcher(e.id()).matches(),
                "id '" + e.id() + "' must match " + ReportExporters.ID.pattern());
        assertTrue(e.mediaType() != null && e.mediaType().matches("[a-z]+/[a-zA-Z0-9.+-]+"),
                "mediaType() must be a media type such as text/markdown: " + e.mediaType());
        assertTrue(e.fileExtension() != null && !e.fileExtension().isBlank() && !e.fileExtension().startsWith(".")
                && e.fileExtension().strip().equals(e.fileExtension()),
                "fileExtension() must be non-blank, without the dot: " + e.fileExtension());
        assertTrue(e.description() != null && !e.description().isBlank() && !e.description().contains("\n"),
                "description() must be one non-blank line: " + e.description());
        assertEquals(e.id(), exporter().id(), "the id is fixed");
    }

    /**
     * The exporter is registered in {@code META-INF/services} and in {@code module-info}'s
     * {@code provides} of its own code source (directory or jar), and the two list the same providers.
     *
     * @throws Exception when the code source cannot be read
     */
    @Test
    default void isRegisteredInServicesFileAndModuleInfoAlike() throws Exception {
        Class<?> type = exporter().getClass();
        ContractFixtures.Registration r = ContractFixtures.registrationOf(type);

        assertTrue(r.servicesFile().contains(type.getName()),
                "META-INF/services/" + ReportExporter.class.getName() + " in " + r.location() + " does not list "
                        + type.getName() + "; it lists " + r.servicesFile());
        assertTrue(r.moduleInfo().isPresent(), "no module-info.class in " + r.location());
        Set<String> provides = r.moduleInfoProvides();
        assertTrue(provides.contains(type.getName()), "module-info of " + r.location() + " does not say 'provides "
                + ReportExporter.class.getName() + " with " + type.getName() + "'; it provides " + provides);
        assertEquals(provides, r.servicesFile(), "META-INF/services and module-info provides disagree in " + r.location());
    }

    /**
     * An exporter module exports no package: its exporter is reached through the SPI only.
     *
     * @throws Exception when the code source cannot be read
     */
    @Test
    default void exporterModuleExportsNothing() throws Exception {
        ContractFixtures.Registration r = ContractFixtures.registrationOf(exporter().getClass());

        assertTrue(r.moduleInfo().isPresent(), "no module-info.class in " + r.location());
        assertEquals(Set.of(), r.moduleInfo().get().exports(), "module " + r.moduleInfo().get().name()
                + " exports packages; an exporter module only provides its exporter");
    }

    /** {@link ReportExporters#load()} finds the exporter under its id, and reports no failure about it. */
    @Test
    default void isFoundByReportExporters() {
        ReportExporter e = exporter();
        ReportExporters registry = ReportExporters.load();

        Optional<ReportExporter> found = registry.find(e.id());
        assertTrue(found.isPresent(), "ReportExporters.load() does not list '" + e.id() + "'; it lists " + registry.ids()
                + (registry.loadFailures().isEmpty() ? "" : "; failures: " + registry.loadFailures()));
        assertSame(e.getClass(), found.get().getClass());
        assertEquals(List.of(), registry.loadFailures().stream()
                .filter(f -> f.provider().equals(e.getClass().getName())).toList());
    }

    // ---------------------------------------------------------------------------------------------
    // Determinism and thread safety

    /** In deterministic mode the same card gives the same bytes. */
    @Test
    default void deterministicModeGivesIdenticalBytes() {
        ScoreCard card = ContractFixtures.seedCard();
        ExportOptions options = contractOptions().toBuilder().deterministic(true).build();

        byte[] first = ContractFixtures.export(exporter(), card, options);
        byte[] second = ContractFixtures.export(exporter(), card, options);

        assertArrayEquals(first, second, "two deterministic exports of the seed differ");
    }

    /**
     * One instance serves concurrent exports: four threads get the deterministic bytes.
     *
     * @throws Exception when a thread is interrupted or does not finish in time
     */
    @Test
    default void exportsConcurrentlyFromOneInstance() throws Exception {
        ReportExporter exporter = exporter();
        ScoreCard card = ContractFixtures.seedCard();
        ExportOptions options = contractOptions().toBuilder().deterministic(true).build();
        byte[] expected = ContractFixtures.export(exporter, card, options);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            Callable<byte[]> task = () -> ContractFixtures.export(exporter, card, options);
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(task));
            }
            for (Future<byte[]> f : results) {
                assertArrayEquals(expected, f.get(2, TimeUnit.MINUTES), "a concurrent export differs");
            }
        } finally {
            pool.shutdownNow();
        }
        if (expected.length == 0) {
            fail("nothing written");
        }
    }
}
