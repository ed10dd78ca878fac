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
 * The registry of rule packs: the standard ones ({@code hebei}, {@code national}, {@code chongqing},
 * {@code sichuan}) and any a user puts on the class path.
 *
 * <p>A pack is a JSON file found as the resource {@code META-INF/selfeval/packs/<id>.json}; to add a
 * province, put such a file in a jar (or a resources folder) on the class path, and list its id in
 * {@code META-INF/selfeval/packs/INDEX} so that {@link #ids()} shows it. The same id defined twice is an
 * error naming both files. A pack in a file of its own is read with {@link #load(Path)}.
 * Thread-safe; packs are read once and cached.
 *
 * @since 0.1
 */
public final class RulePacks {
    /** The resource folder packs are found in. */
    public static final String RESOURCE_FOLDER = "META-INF/selfeval/packs";

    private static final class Standard {
        static final RulePacks INSTANCE = new RulePacks(ResourceRegistry.defaultLoaders(RulePacks.class));
    }

    private final ResourceRegistry<RulePack> registry;

    private RulePacks(List<ClassLoader> loaders) {
        this.registry = new ResourceRegistry<>(RESOURCE_FOLDER, "pack", loaders, JsonRules::readPack, RulePack::id);
    }

    /**
     * The standard registry: this library's class loader, then the thread context class loader of the
     * first caller.
     *
     * @return the registry, never null
     */
    public static RulePacks standard() {
        return Standard.INSTANCE;
    }

    /**
     * A registry searching one class loader (e.g. a plugin's).
     *
     * @param loader the class loader
     * @return a new registry, never null
     */
    public static RulePacks using(ClassLoader loader) {
        return new RulePacks(List.of(Objects.requireNonNull(loader, "loader")));
    }

    /**
     * The pack with an id.
     *
     * @param id the id, e.g. {@code hebei}
     * @return the pack, never null
     * @throws UnknownPackException (code {@code PACK_UNKNOWN}) listing the known ids when there is no such
     *     pack
     * @throws SelfEvalException with code {@code PACK_INVALID} naming the file and field when its file is wrong
     */
    public RulePack get(String id) {
        return find(id).orElseThrow(() -> new UnknownPackException(id, ids()));
    }

    /**
     * The pack with an id, if there is one.
     *
     * @param id the id
     * @return the pack, or empty
     * @throws SelfEvalException with code {@code PACK_INVALID} when its file is wrong
     */
    public Optional<RulePack> find(String id) {
        return registry.find(id);
    }

    /**
     * A pack by id, or else from a file: what a {@code --pack hebei|PATH} option means.
     *
     * @param idOrPath a pack id, or the path of a pack file
     * @return the pack, never null
     * @throws SelfEvalException when it is neither a known id nor a readable pack file
     */
    public RulePack resolve(String idOrPath) {
        Optional<RulePack> byId = find(idOrPath);
        if (byId.isPresent()) {
            return byId.get();
        }
        Path p = Path.of(idOrPath);
        if (Files.isRegularFile(p)) {
            return load(p);
        }
        return get(idOrPath);
    }

    /**
     * The ids of the packs listed in {@code INDEX} files, sorted.
     *
     * @return the ids, never null
     */
    public List<String> ids() {
        return registry.ids();
    }

    /**
     * The class-path resource of the JSON Schema (draft 2020-12) every rule pack file matches.
     *
     * @since 0.3
     */
    public static final String SCHEMA_RESOURCE = "/io/github/selfeval/scoring/selfeval-pack.schema.json";

    /**
     * The JSON Schema (draft 2020-12) of a rule pack file, published beside the report's
     * ({@code SelfEvaluationJson.schema()}): every key the reader knows, and no other (the reader refuses unknown
     * keys alike).
     *
     * @return the schema's text, never null
     * @since 0.3
     */
    public static String schema() {
        try (InputStream in = RulePacks.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the pack schema resource is missing from the jar: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a pack from a file.
     *
     * @param file the JSON file
     * @return the pack, never null
     * @throws SelfEvalException with code {@code PACK_UNREADABLE} or {@code PACK_INVALID}, naming the file
     *     and, when invalid, the field
     */
    public static RulePack load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonRules.readPack(in, file.toString());
        } catch (IOException e) {
            throw new SelfEvalException(ErrorCodes.PACK_UNREADABLE, "cannot read rule pack " + file + ": " + IoErrors.reason(e), e);
        }
    }

    /**
     * Reads a pack from a stream, which is not closed.
     *
     * @param in the JSON
     * @return the pack, never null
     * @throws SelfEvalException with code {@code PACK_INVALID} naming the field
     */
    public static RulePack load(InputStream in) {
        return JsonRules.readPack(in, "rule pack");
    }
}
