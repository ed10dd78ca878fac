package io.github.selfeval.export;

import io.github.selfeval.export.internal.Providers;
import io.github.selfeval.model.internal.AtomicFiles;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.scoring.ScoreCard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The registry of {@link ReportExporter}s: finds them with {@link ServiceLoader}, on the class path
 * and on the module path, and looks them up by format id.
 *
 * <p>Loading never fails as a whole: each provider is instantiated in its own try, and one that
 * cannot be loaded, has an invalid id, or repeats an id already taken is left out and reported in
 * {@link #loadFailures()} (a duplicate names both classes). Providers are ordered by id; between
 * duplicates the class name decides which is kept, so the outcome does not depend on class path
 * order. Immutable and thread-safe once loaded.
 *
 * @since 0.1
 */
public final class ReportExporters {

    /** What a format id may look like: lowercase ASCII letters, digits and {@code -}, 1–32 characters. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private final Map<String, ReportExporter> byId;
    private final List<LoadFailure> loadFailures;

    private ReportExporters(Map<String, ReportExporter> byId, List<LoadFailure> loadFailures) {
        this.byId = byId;
        this.loadFailures = List.copyOf(loadFailures);
    }

    /**
     * The exporters visible to the thread's context class loader (class path) and, when this module
     * is on the module path, to its module layer.
     *
     * @return the registry, never null
     */
    public static ReportExporters load() {
        return load(Providers.defaultLoaders(ReportExporter.class, ReportExporters.class));
    }

    /**
     * The exporters visible to a class loader.
     *
     * @param classLoader where to look
     * @return the registry, never null
     */
    public static ReportExporters load(ClassLoader classLoader) {
        return load(List.of(ServiceLoader.load(ReportExporter.class, classLoader)));
    }

    /**
     * The exporters provided by the modules of a layer (and its parents).
     *
     * @param layer where to look
     * @return the registry, never null
     */
    public static ReportExporters load(ModuleLayer layer) {
        return load(List.of(ServiceLoader.load(Objects.requireNonNull(layer, "layer"), ReportExporter.class)));
    }

    /**
     * A registry of the given exporters, for applications that wire exporters themselves. Invalid
     * and duplicate ids are reported as load failures, as with discovery.
     *
     * @param exporters the exporters
     * @return the registry, never null
     */
    public static ReportExporters of(ReportExporter... exporters) {
        List<LoadFailure> failures = new ArrayList<>();
        List<ReportExporter> found = new ArrayList<>();
        for (ReportExporter e : exporters) {
            found.add(Objects.requireNonNull(e, "exporter"));
        }
        return register(found, failures);
    }

    private static ReportExporters load(List<ServiceLoader<ReportExporter>> loaders) {
        Providers.Found<ReportExporter> found = Providers.discover(ReportExporter.class, loaders);
        return register(new ArrayList<>(found.found()), new ArrayList<>(found.failures()));
    }

    private static ReportExporters register(List<ReportExporter> found, List<LoadFailure> failures) {
        return new ReportExporters(Providers.byId(found, ReportExporter::id, ID,
                x -> Providers.blank("mediaType()", x.mediaType()) + Providers.blank("fileExtension()", x.fileExtension())
                        + Providers.blank("description()", x.description()), failures), failures);
    }

    /**
     * Every registered exporter, ordered by format id.
     *
     * @return the exporters, never null, unmodifiable
     */
    public List<ReportExporter> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The registered format ids, sorted.
     *
     * @return the ids, never null, unmodifiable
     */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The exporter of a format, if registered.
     *
     * @param id the format id, e.g. {@code pdf}
     * @return the exporter, or empty
     */
    public Optional<ReportExporter> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The exporter of a format.
     *
     * @param id the format id, e.g. {@code pdf}
     * @return the exporter, never null
     * @throws UnknownFormatException if no exporter has that id, listing the known ids
     */
    public ReportExporter get(String id) {
        Objects.requireNonNull(id, "id");
        ReportExporter e = byId.get(id);
        if (e == null) {
            throw new UnknownFormatException(id, ids());
        }
        return e;
    }

    /**
     * The providers that could not be registered, in the order met.
     *
     * @return the failures, never null, unmodifiable
     */
    public List<LoadFailure> loadFailures() {
        return loadFailures;
    }

    /**
     * Exports to a file atomically: the document is written to a temporary file beside the target and
     * moved into place only when complete, so a failure never leaves a half-written file.
     *
     * @param card the scored report
     * @param formatId the format
     * @param target the file to write
     * @param options how to write
     * @param existing what to do when the file exists
     * @throws UnknownFormatException if the format is not registered
     * @throws ExportException if the exporter fails
     * @throws SelfEvalException with code {@code OUTPUT_EXISTS} if the target exists and {@code existing} is
     *     {@link ExistingFile#REFUSE}, or {@code OUTPUT_NOT_WRITABLE} if the file cannot be written
     */
    public void export(ScoreCard card, String formatId, Path target, ExportOptions options, ExistingFile existing) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(existing, "existing");
        ReportExporter exporter = get(formatId);
        AtomicFiles.write(target, existing == ExistingFile.REPLACE, out -> {
            try {
                exporter.export(card, out, options);
            } catch (RuntimeException | LinkageError e) {
                throw ExportException.of(exporter, e);
            }
        });
    }
}
