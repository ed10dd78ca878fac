package io.github.selfeval.export;

import io.github.selfeval.export.internal.Providers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of {@link SummaryExporter}s, found with {@link ServiceLoader} exactly as
 * {@link ReportExporters} finds report exporters: each provider in its own try, one that cannot be
 * loaded, has an invalid id or repeats one left out and reported in {@link #loadFailures()}.
 *
 * <p>Immutable and thread-safe once loaded.
 *
 * @since 0.3
 */
public final class SummaryExporters {

    private final Map<String, SummaryExporter> byId;
    private final List<LoadFailure> loadFailures;

    private SummaryExporters(Map<String, SummaryExporter> byId, List<LoadFailure> loadFailures) {
        this.byId = byId;
        this.loadFailures = List.copyOf(loadFailures);
    }

    /**
     * The summary exporters visible to the thread's context class loader and, on the module path, to
     * this module's layer.
     *
     * @return the registry, never null
     */
    public static SummaryExporters load() {
        return load(Providers.defaultLoaders(SummaryExporter.class, SummaryExporters.class));
    }

    /**
     * The summary exporters visible to a class loader.
     *
     * @param classLoader where to look
     * @return the registry, never null
     */
    public static SummaryExporters load(ClassLoader classLoader) {
        return load(List.of(ServiceLoader.load(SummaryExporter.class, classLoader)));
    }

    /**
     * A registry of the given exporters, for applications that wire them themselves.
     *
     * @param exporters the exporters
     * @return the registry, never null
     */
    public static SummaryExporters of(SummaryExporter... exporters) {
        List<SummaryExporter> found = new ArrayList<>();
        for (SummaryExporter e : exporters) {
            found.add(Objects.requireNonNull(e, "exporter"));
        }
        return register(found, new ArrayList<>());
    }

    private static SummaryExporters load(List<ServiceLoader<SummaryExporter>> loaders) {
        Providers.Found<SummaryExporter> found = Providers.discover(SummaryExporter.class, loaders);
        return register(new ArrayList<>(found.found()), new ArrayList<>(found.failures()));
    }

    private static SummaryExporters register(List<SummaryExporter> found, List<LoadFailure> failures) {
        return new SummaryExporters(Providers.byId(found, SummaryExporter::id, ReportExporters.ID,
                x -> Providers.blank("fileExtension()", x.fileExtension())
                        + Providers.blank("description()", x.description()), failures), failures);
    }

    /**
     * Every registered summary exporter, ordered by id.
     *
     * @return the exporters, never null, unmodifiable
     */
    public List<SummaryExporter> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The registered ids, sorted.
     *
     * @return the ids, never null, unmodifiable
     */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The summary exporter with an id, if registered.
     *
     * @param id the id, e.g. {@code xlsx}
     * @return the exporter, or empty
     */
    public Optional<SummaryExporter> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The providers that could not be registered, in the order met.
     *
     * @return the failures, never null, unmodifiable
     */
    public List<LoadFailure> loadFailures() {
        return loadFailures;
    }
}
