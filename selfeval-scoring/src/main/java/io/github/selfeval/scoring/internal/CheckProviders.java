package io.github.selfeval.scoring.internal;

import io.github.selfeval.scoring.AuditCheck;
import io.github.selfeval.scoring.AuditChecks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Discovery of {@link AuditCheck}s that never fails as a whole: each provider is instantiated and described in
 * its own try; one that cannot be is reported, the others are kept. The scoring module's small equivalent of
 * the export module's provider discovery (scoring does not depend on it).
 */
public final class CheckProviders {

    /** What a check id may look like. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final int MAX_ID = 64;
    /** Guards against a broken provider configuration that never stops reporting errors. */
    private static final int MAX_PROVIDER_ERRORS = 1_000;
    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    private CheckProviders() {
    }

    /**
     * What discovery found.
     *
     * @param found the providers instantiated, each class once, in the order met
     * @param failures the providers that could not be instantiated
     */
    public record Found(List<AuditCheck> found, List<AuditChecks.LoadFailure> failures) {
    }

    /**
     * The checks by id and what was refused.
     *
     * @param byId id to check, ordered by id, unmodifiable
     * @param failures every provider left out, unmodifiable
     */
    public record Registered(Map<String, AuditCheck> byId, List<AuditChecks.LoadFailure> failures) {
    }

    /**
     * This library's class loader, then the thread context class loader (when it is another).
     *
     * @return the loaders, never empty
     */
    public static List<ClassLoader> defaultLoaders() {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(CheckProviders.class.getClassLoader());
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        if (tccl != null && tccl != loaders.get(0)) {
            loaders.add(tccl);
        }
        return loaders;
    }

    /**
     * Instantiates every provider the loaders (and, in a plugin layer, this module's layer) name, each in its
     * own try.
     *
     * @param loaders where to look
     * @return what was found and what failed
     */
    public static Found discover(List<ClassLoader> loaders) {
        List<ServiceLoader<AuditCheck>> services = new ArrayList<>();
        for (ClassLoader cl : loaders) {
            // Through a class loader, ServiceLoader finds providers in named modules defined to it (module path)
            // and in META-INF/services (class path).
            services.add(ServiceLoader.load(AuditCheck.class, cl));
        }
        ModuleLayer layer = CheckProviders.class.getModule().getLayer();
        if (layer != null && layer != ModuleLayer.boot()) {
            services.add(ServiceLoader.load(layer, AuditCheck.class));
        }
        List<AuditChecks.LoadFailure> failures = new ArrayList<>();
        List<AuditCheck> found = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (ServiceLoader<AuditCheck> loader : services) {
            Iterator<AuditCheck> it = loader.iterator();
            int errors = 0;
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    AuditCheck c = it.next();
                    if (seen.add(c.getClass())) {
                        found.add(c);
                    }
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    failures.add(new AuditChecks.LoadFailure(providerName(e), describe(e)));
                    if (++errors >= MAX_PROVIDER_ERRORS) {
                        break;
                    }
                }
            }
        }
        return new Found(found, failures);
    }

    /**
     * The checks by id, each id and description checked, in class-name order so that which of two providers
     * claiming one id is kept does not depend on class path order.
     *
     * @param found the checks
     * @param failures the failures so far
     * @return the registered checks
     */
    public static Registered register(List<AuditCheck> found, List<AuditChecks.LoadFailure> failures) {
        return register(List.of(), found, failures);
    }

    /**
     * Checks already registered, then further ones, each checked; a further one claiming a taken id is refused.
     *
     * @param kept checks already registered (ids unique)
     * @param more further checks
     * @param failures the failures so far
     * @return the registered checks
     */
    public static Registered register(List<AuditCheck> kept, List<? extends AuditCheck> more,
            List<AuditChecks.LoadFailure> failures) {
        List<AuditChecks.LoadFailure> out = new ArrayList<>(failures);
        Map<String, AuditCheck> byId = new TreeMap<>();
        for (AuditCheck c : kept) {
            byId.put(c.id(), c);
        }
        List<AuditCheck> ordered = new ArrayList<>(more);
        ordered.sort(Comparator.comparing(c -> c.getClass().getName()));
        for (AuditCheck c : ordered) {
            String id = checkedId(c, out);
            if (id == null) {
                continue;
            }
            AuditCheck taken = byId.get(id);
            if (taken != null) {
                if (taken != c) {
                    out.add(new AuditChecks.LoadFailure(c.getClass().getName(), "duplicate check id '" + id + "': "
                            + taken.getClass().getName() + " and " + c.getClass().getName() + " both claim it; keeping "
                            + taken.getClass().getName()));
                }
                continue;
            }
            byId.put(id, c);
        }
        return new Registered(Collections.unmodifiableMap(new LinkedHashMap<>(byId)), List.copyOf(out));
    }

    /** The check's id when it and the description are well formed, else null (and the failure reported). */
    private static @Nullable String checkedId(AuditCheck c, List<AuditChecks.LoadFailure> failures) {
        String className = c.getClass().getName();
        try {
            String id = c.id();
            String problem;
            if (id == null || id.length() > MAX_ID || !ID.matcher(id).matches()) {
                problem = "invalid check id " + (id == null ? "null" : "'" + id + "'") + ": must match " + ID.pattern()
                        + " (at most " + MAX_ID + " characters)";
            } else {
                String d = c.description();
                problem = d == null || d.isBlank() ? "description() is " + (d == null ? "null" : "blank") : "";
            }
            if (!problem.isEmpty()) {
                failures.add(new AuditChecks.LoadFailure(className, problem));
                return null;
            }
            return id;
        } catch (RuntimeException | LinkageError e) {
            failures.add(new AuditChecks.LoadFailure(className, "describing the check failed: " + describe(e)));
            return null;
        }
    }

    /**
     * The provider's class name in a {@link ServiceConfigurationError}: its messages read
     * {@code "<service>: Provider <class> could not be instantiated"}, {@code "... Provider <class> not found"}
     * or {@code "<service>: <class> not a subtype"}.
     */
    private static String providerName(Throwable e) {
        String m = e.getMessage();
        if (e instanceof ServiceConfigurationError && m != null) {
            String prefix = AuditCheck.class.getName() + ": ";
            String rest = m.startsWith(prefix) ? m.substring(prefix.length()) : m;
            if (rest.startsWith("Provider ")) {
                rest = rest.substring("Provider ".length());
            }
            int space = rest.indexOf(' ');
            String candidate = space > 0 ? rest.substring(0, space) : rest;
            if (CLASS_NAME.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return "(unknown provider)";
    }

    /**
     * A throwable's message with its cause, for a person.
     *
     * @param e the throwable
     * @return the description
     */
    public static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        Throwable c = e.getCause();
        if (c != null && c != e) {
            sb.append(" (caused by ").append(c.getClass().getName()).append(": ").append(c.getMessage()).append(')');
        }
        return sb.toString();
    }
}
