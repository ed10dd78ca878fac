package io.github.selfeval.scoring;

import io.github.selfeval.scoring.internal.CheckProviders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit checks a {@link Scorer} runs: this library's built-in ones and those found with
 * {@link java.util.ServiceLoader} (see {@link AuditCheck}), by id. Each provider is instantiated and described
 * in its own try: one that cannot be loaded, or gives a malformed or blank id or description, or claims an id
 * another has, is left out and listed in {@link #failures()}, the others kept. Of two classes claiming one id,
 * the one whose class name sorts first is kept. Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class AuditChecks {

    /**
     * A check provider that was left out, and why.
     *
     * @param provider the provider's class name, or {@code (unknown provider)}
     * @param reason why it was left out, for a person
     * @since 0.3
     */
    public record LoadFailure(String provider, String reason) {
        /**
         * Checks the arguments.
         *
         * @param provider the provider's class name, or {@code (unknown provider)}
         * @param reason why it was left out, for a person
         */
        public LoadFailure {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static final class Standard {
        static final AuditChecks INSTANCE = found(CheckProviders.defaultLoaders());
    }

    private final Map<String, AuditCheck> byId;
    private final List<AuditCheck> all;
    private final List<LoadFailure> failures;

    private AuditChecks(CheckProviders.Registered registered) {
        this.byId = registered.byId();
        this.all = List.copyOf(registered.byId().values());
        this.failures = registered.failures();
    }

    private static AuditChecks found(List<ClassLoader> loaders) {
        CheckProviders.Found found = CheckProviders.discover(loaders);
        return new AuditChecks(CheckProviders.register(found.found(), found.failures()));
    }

    /**
     * The checks found through this library's class loader, the thread context class loader and this module's
     * layer: the built-in checks and those of every jar on the class or module path. Loaded once.
     *
     * @return the registry, never null
     */
    public static AuditChecks standard() {
        return Standard.INSTANCE;
    }

    /**
     * The checks found through one class loader (e.g. a plugin folder's), besides the built-in ones.
     *
     * @param loader the class loader
     * @return a new registry, never null
     */
    public static AuditChecks using(ClassLoader loader) {
        List<ClassLoader> loaders = new ArrayList<>(List.of(Objects.requireNonNull(loader, "loader")));
        loaders.add(AuditChecks.class.getClassLoader());
        return found(loaders);
    }

    /**
     * Exactly these checks, checked as discovered ones are (ids, descriptions, duplicates): e.g. none, to score
     * without the pluggable checks, or an application's own.
     *
     * @param checks the checks
     * @return a new registry, never null
     */
    public static AuditChecks of(AuditCheck... checks) {
        return of(Arrays.asList(checks));
    }

    /**
     * Exactly these checks, checked as discovered ones are.
     *
     * @param checks the checks
     * @return a new registry, never null
     */
    public static AuditChecks of(List<? extends AuditCheck> checks) {
        List<AuditCheck> list = new ArrayList<>();
        for (AuditCheck c : checks) {
            list.add(Objects.requireNonNull(c, "check"));
        }
        return new AuditChecks(CheckProviders.register(list, List.of()));
    }

    /**
     * These checks and further ones, the further ones checked as discovered ones are; a further check claiming
     * an id of these is left out and listed in {@link #failures()}.
     *
     * @param more the further checks
     * @return a new registry, never null
     */
    public AuditChecks with(List<? extends AuditCheck> more) {
        List<AuditCheck> list = new ArrayList<>(all);
        int kept = list.size();
        for (AuditCheck c : more) {
            list.add(Objects.requireNonNull(c, "check"));
        }
        return new AuditChecks(CheckProviders.register(list.subList(0, kept), list.subList(kept, list.size()),
                failures));
    }

    /**
     * The checks, ordered by id (the order they run in).
     *
     * @return the checks, never null
     */
    public List<AuditCheck> all() {
        return all;
    }

    /**
     * The ids, sorted.
     *
     * @return the ids, never null
     */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The check with an id, if there is one.
     *
     * @param id the id, e.g. {@code funds-parts}
     * @return the check, or empty
     */
    public Optional<AuditCheck> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The providers left out, in the order met.
     *
     * @return the failures, never null
     */
    public List<LoadFailure> failures() {
        return failures;
    }
}
