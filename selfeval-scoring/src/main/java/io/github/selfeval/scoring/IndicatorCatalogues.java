package io.github.selfeval.scoring;

import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.internal.IoErrors;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.scoring.internal.JsonRules;
import io.github.selfeval.model.internal.ResourceRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of indicator catalogues: {@code 2020}, {@code 2021}, {@code department} and any a user
 * puts on the class path as {@code META-INF/selfeval/catalogues/<id>.json} (listed in
 * {@code META-INF/selfeval/catalogues/INDEX}). Thread-safe; catalogues are read once and cached.
 *
 * @since 0.1
 */
public final class IndicatorCatalogues {
    /** The resource folder catalogues are found in. */
    public static final String RESOURCE_FOLDER = "META-INF/selfeval/catalogues";

    private static final class Standard {
        static final IndicatorCatalogues INSTANCE =
                new IndicatorCatalogues(ResourceRegistry.defaultLoaders(IndicatorCatalogues.class));
    }

    private final ResourceRegistry<IndicatorCatalogue> registry;

    private IndicatorCatalogues(List<ClassLoader> loaders) {
        this.registry = new ResourceRegistry<>(RESOURCE_FOLDER, "catalogue", loaders, JsonRules::readCatalogue,
                IndicatorCatalogue::id);
    }

    /**
     * The standard registry: this library's class loader, then the thread context class loader.
     *
     * @return the registry, never null
     */
    public static IndicatorCatalogues standard() {
        return Standard.INSTANCE;
    }

    /**
     * A registry searching one class loader.
     *
     * @param loader the class loader
     * @return a new registry, never null
     */
    public static IndicatorCatalogues using(ClassLoader loader) {
        return new IndicatorCatalogues(List.of(Objects.requireNonNull(loader, "loader")));
    }

    /**
     * The catalogue with an id.
     *
     * @param id the id, e.g. {@code 2020}
     * @return the catalogue, never null
     * @throws SelfEvalException with code {@code CATALOGUE_UNKNOWN} listing the known ids
     */
    public IndicatorCatalogue get(String id) {
        return find(id).orElseThrow(() -> new SelfEvalException(ErrorCodes.CATALOGUE_UNKNOWN,
                "unknown indicator catalogue '" + id + "'; known catalogues: " + String.join(", ", ids())));
    }

    /**
     * The catalogue with an id, if there is one.
     *
     * @param id the id
     * @return the catalogue, or empty
     */
    public Optional<IndicatorCatalogue> find(String id) {
        return registry.find(id);
    }

    /**
     * The ids listed in {@code INDEX} files, sorted.
     *
     * @return the ids, never null
     */
    public List<String> ids() {
        return registry.ids();
    }

    /**
     * Reads a catalogue from a file.
     *
     * @param file the JSON file
     * @return the catalogue, never null
     * @throws SelfEvalException with code {@code CATALOGUE_UNREADABLE} or {@code CATALOGUE_INVALID}
     */
    public static IndicatorCatalogue load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonRules.readCatalogue(in, file.toString());
        } catch (IOException e) {
            throw new SelfEvalException(ErrorCodes.CATALOGUE_UNREADABLE,
                    "cannot read indicator catalogue " + file + ": " + IoErrors.reason(e), e);
        }
    }

    /**
     * Reads a catalogue from a stream, which is not closed.
     *
     * @param in the JSON
     * @return the catalogue, never null
     */
    public static IndicatorCatalogue load(InputStream in) {
        return JsonRules.readCatalogue(in, "indicator catalogue");
    }
}
