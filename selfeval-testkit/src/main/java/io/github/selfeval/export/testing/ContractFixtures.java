package io.github.selfeval.export.testing;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReportExporter;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.RulePack;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ReportExporterContract} works with: the seed's score card, streams that fail or
 * remember being closed, and the registration files of an exporter's code source.
 *
 * @since 0.1
 */
public final class ContractFixtures {

    /** The rule pack the seed is scored with. */
    public static final String SEED_PACK = "hebei";

    private static final String SERVICES = "META-INF/services/" + ReportExporter.class.getName();

    private ContractFixtures() {
    }

    /**
     * The seed report as transcribed in {@code examples/2023-jiangezhuang.json}, through
     * {@link Seed#report()} of {@code selfeval-test-support}.
     *
     * @return the report, never null
     */
    public static SelfEvaluation seedReport() {
        return Seed.report();
    }

    /**
     * The seed scored by the {@value #SEED_PACK} pack: {@code Scorer.of(RulePacks.standard().get("hebei"))}.
     *
     * @return the card, never null
     */
    public static ScoreCard seedCard() {
        return SeedCard.CARD;
    }

    /**
     * Scores a report by the pack it names when that pack is one of {@link RulePacks#standard()}, else
     * by {@value #SEED_PACK} (generated reports may name packs that do not exist).
     *
     * @param report a valid report
     * @return the card, never null
     */
    public static ScoreCard score(SelfEvaluation report) {
        RulePacks packs = RulePacks.standard();
        RulePack pack = report.pack().flatMap(packs::find).orElseGet(() -> packs.get(SEED_PACK));
        return Scorer.of(pack).score(report);
    }

    /**
     * A one-line description of a generated report for failure messages (the whole report would fill
     * pages).
     *
     * @param report the report
     * @return the description
     */
    public static String describe(SelfEvaluation report) {
        return report.kind().id() + " report of '" + report.cover().department() + "' (" + report.cover().year()
                + "), pack " + report.pack().orElse("(none)") + ", " + report.indicators().size() + " indicators, "
                + report.narrative().performanceAnalysis().size() + " sections, " + report.notes().size() + " notes";
    }

    /**
     * Exports to memory.
     *
     * @param exporter the exporter
     * @param card the card
     * @param options the options
     * @return the document's bytes
     */
    public static byte[] export(ReportExporter exporter, ScoreCard card, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(card, out, options);
        return out.toByteArray();
    }

    /**
     * Where a stream fails in the failing-stream test: after 0, 1, half and all but one of the bytes.
     *
     * @param size the document's size
     * @return the distinct cut points below {@code size}, ascending
     */
    public static Set<Integer> cutPoints(int size) {
        Set<Integer> cuts = new TreeSet<>(List.of(0, 1, size / 2, Math.max(0, size - 1)));
        cuts.removeIf(c -> c >= size);
        return cuts;
    }

    /**
     * Whether {@code failure} is {@code e} or among its causes and suppressed exceptions.
     *
     * @param e the exception thrown
     * @param failure the failure looked for
     * @return true if found
     */
    public static boolean causedBy(Throwable e, Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(e, failure, seen);
    }

    private static boolean search(@Nullable Throwable t, Throwable failure, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t == failure) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (search(s, failure, seen)) {
                return true;
            }
        }
        return search(t.getCause(), failure, seen);
    }

    /**
     * The registration of an exporter class in its code source (a directory such as
     * {@code target/classes}, or a jar).
     *
     * @param type the exporter class
     * @return what the code source declares
     * @throws IOException if the code source cannot be read
     */
    public static Registration registrationOf(Class<?> type) throws IOException {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            throw new AssertionError(type.getName() + " has no code source to read its registration from");
        }
        Path location;
        try {
            location = Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new AssertionError("code source of " + type.getName() + " is not a file: " + cs.getLocation(), e);
        }
        if (Files.isDirectory(location)) {
            return read(location, name -> {
                Path p = location.resolve(name);
                try {
                    return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        try (ZipFile zip = new ZipFile(location.toFile())) {
            return read(location, name -> {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    return Optional.empty();
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Registration read(Path location, Function<String, Optional<byte[]>> files) {
        Set<String> listed = new TreeSet<>();
        files.apply(SERVICES).ifPresent(bytes -> {
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!name.isEmpty()) {
                    listed.add(name);
                }
            }
        });
        Optional<ModuleDescriptor> descriptor = files.apply("module-info.class")
                .map(bytes -> ModuleDescriptor.read(java.nio.ByteBuffer.wrap(bytes)));
        return new Registration(location, Collections.unmodifiableSet(listed), descriptor);
    }

    /**
     * What a code source registers.
     *
     * @param location the directory or jar
     * @param servicesFile the providers {@code META-INF/services/io.github.selfeval.export.ReportExporter}
     *     lists, empty if there is no such file
     * @param moduleInfo the compiled {@code module-info}, if any
     */
    public record Registration(Path location, Set<String> servicesFile, Optional<ModuleDescriptor> moduleInfo) {

        /**
         * The providers {@code module-info} declares for {@link ReportExporter}.
         *
         * @return the class names, empty without module-info
         */
        public Set<String> moduleInfoProvides() {
            Set<String> names = new TreeSet<>();
            moduleInfo.ifPresent(d -> d.provides().stream()
                    .filter(p -> p.service().equals(ReportExporter.class.getName()))
                    .forEach(p -> names.addAll(p.providers())));
            return names;
        }
    }

    /** A stream that remembers whether it was closed. */
    public static final class CloseTrackingStream extends ByteArrayOutputStream {
        private boolean closed;

        /** Creates the stream. */
        public CloseTrackingStream() {
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }

        /**
         * Whether {@link #close()} was called.
         *
         * @return true once closed
         */
        public boolean closed() {
            return closed;
        }
    }

    /** A stream that accepts {@code limit} bytes and then fails every write and flush. */
    public static final class FailingStream extends OutputStream {
        private final long limit;
        private final IOException failure;
        private long written;
        private boolean failed;

        /**
         * Creates the stream.
         *
         * @param limit how many bytes it accepts before failing
         */
        public FailingStream(long limit) {
            this.limit = limit;
            this.failure = new IOException("simulated I/O failure after " + limit + " bytes (disk full)");
        }

        /**
         * The exception the stream throws, the same instance every time.
         *
         * @return the failure
         */
        public IOException failure() {
            return failure;
        }

        @Override
        public void write(int b) throws IOException {
            if (failed || written >= limit) {
                failed = true;
                throw failure;
            }
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failed || written + len > limit) {
                failed = true;
                throw failure;
            }
            written += len;
        }

        @Override
        public void flush() throws IOException {
            if (failed) {
                throw failure;
            }
        }
    }

    /** The seed, scored once. */
    private static final class SeedCard {
        static final ScoreCard CARD = Scorer.of(RulePacks.standard().get(SEED_PACK)).score(Seed.report());
    }
}
