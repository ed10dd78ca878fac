package io.github.selfeval.export.internal;

import io.github.selfeval.export.LoadFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Service discovery that never fails as a whole, shared by the exporter and reader registries: each
 * provider is instantiated in its own try; one that cannot be loaded is reported, the others are kept.
 */
public final class Providers {

    /** Guards against a broken provider configuration that never stops reporting errors. */
    private static final int MAX_PROVIDER_ERRORS = 1_000;

    private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    private Providers() {
    }

    /**
     * What discovery found.
     *
     * @param <T> the service type
     * @param found the providers instantiated, each class once, in the order met
     * @param failures the providers that could not be instantiated
     */
    public record Found<T>(List<T> found, List<LoadFailure> failures) {
    }

    /**
     * The service loaders for the context class loader and, when the calling module lives in a layer
     * that loader does not see (a plugin layer), that layer too.
     *
     * @param <T> the service type
     * @param service the service interface
     * @param anchor a class of the registry's module
     * @return the loaders, never empty
     */
    public static <T> List<ServiceLoader<T>> defaultLoaders(Class<T> service, Class<?> anchor) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = anchor.getClassLoader();
        }
        // Through a class loader, ServiceLoader finds providers in named modules defined to it (module
        // path) and in META-INF/services (class path).
        List<ServiceLoader<T>> loaders = new ArrayList<>();
        loaders.add(ServiceLoader.load(service, cl));
        ModuleLayer layer = anchor.getModule().getLayer();
        if (layer != null && layer != ModuleLayer.boot()) {
            loaders.add(ServiceLoader.load(layer, service));
        }
        return loaders;
    }

    /**
     * Instantiates every provider the loaders name, each in its own try.
     *
     * @param <T> the service type
     * @param service the service interface, to read provider names out of loader errors
     * @param loaders where to look
     * @return what was found and what failed
     */
    public static <T> Found<T> discover(Class<T> service, List<ServiceLoader<T>> loaders) {
        List<LoadFailure> failures = new ArrayList<>();
        List<T> found = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (ServiceLoader<T> loader : loaders) {
            Iterator<T> it = loader.iterator();
            int errors = 0;
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    T e = it.next();
                    if (seen.add(e.getClass())) {
                        found.add(e);
                    }
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    failures.add(new LoadFailure(providerName(service, e), describe(e), e));
                    if (++errors >= MAX_PROVIDER_ERRORS) {
                        break;
                    }
                }
            }
        }
        return new Found<>(found, failures);
    }

    /**
     * Checks a provider's self-description; a provider whose id or description methods throw or
     * return nonsense is a load failure, not a crash.
     *
     * @param <T> the service type
     * @param provider the provider
     * @param id how to get its id
     * @param idPattern what an id may look like
     * @param problems the other problems of its description, as "what is blank; " fragments
     * @param failures where to report a failure
     * @return its id, or null when it was refused (and reported)
     */
    public static <T> String checkedId(T provider, Function<T, String> id, Pattern idPattern,
            Function<T, String> problems, List<LoadFailure> failures) {
        String className = provider.getClass().getName();
        try {
            String value = id.apply(provider);
            String problem = value == null || !idPattern.matcher(value).matches()
                    ? "invalid format id " + (value == null ? "null" : "'" + value + "'") + ": must match "
                            + idPattern.pattern()
                    : problems.apply(provider);
            if (!problem.isEmpty()) {
                failures.add(new LoadFailure(className, problem.strip(), new IllegalArgumentException(problem.strip())));
                return null;
            }
            return value;
        } catch (RuntimeException | LinkageError ex) {
            failures.add(new LoadFailure(className, "describing the format failed: " + describe(ex), ex));
            return null;
        }
    }

    /**
     * The providers by id, checked as every registry checks them: in class-name order (so that which of two
     * providers claiming one id is kept does not depend on class path order), each id and description
     * checked with {@link #checkedId}, a second provider of an id refused with {@link #duplicate}.
     *
     * @param <T> the service type
     * @param found the providers
     * @param id how to get a provider's id
     * @param idPattern what an id may look like
     * @param problems the other problems of a provider's description
     * @param failures where to report the providers refused
     * @return id to provider, ordered by id, unmodifiable
     */
    public static <T> Map<String, T> byId(List<T> found, Function<T, String> id, Pattern idPattern,
            Function<T, String> problems, List<LoadFailure> failures) {
        List<T> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing(e -> e.getClass().getName()));
        Map<String, T> byId = new TreeMap<>();
        for (T e : ordered) {
            String key = checkedId(e, id, idPattern, problems, failures);
            if (key == null) {
                continue;
            }
            T taken = byId.get(key);
            if (taken != null) {
                failures.add(duplicate(key, taken, e));
                continue;
            }
            byId.put(key, e);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /**
     * A fragment naming a blank description value.
     *
     * @param what the method, e.g. {@code description()}
     * @param value its value
     * @return {@code "description() is blank; "}, or empty when the value is fine
     */
    public static String blank(String what, String value) {
        return value == null || value.isBlank() ? what + " is " + (value == null ? "null" : "blank") + "; " : "";
    }

    /**
     * The load failure for a second provider claiming an id.
     *
     * @param id the id
     * @param taken the provider kept
     * @param refused the provider left out
     * @return the failure
     */
    public static LoadFailure duplicate(String id, Object taken, Object refused) {
        String reason = "duplicate format id '" + id + "': " + taken.getClass().getName() + " and "
                + refused.getClass().getName() + " both claim it; keeping " + taken.getClass().getName();
        return new LoadFailure(refused.getClass().getName(), reason, new IllegalStateException(reason));
    }

    /**
     * The provider's class name in a {@link ServiceConfigurationError}: its messages read
     * {@code "<service>: Provider <class> could not be instantiated"}, {@code "... Provider <class> not
     * found"}, {@code "<service>: <class> not a subtype"} or {@code "<service>: <class> Unable to get
     * public no-arg constructor"}.
     */
    private static String providerName(Class<?> service, Throwable e) {
        String m = e.getMessage();
        if (e instanceof ServiceConfigurationError && m != null) {
            String prefix = service.getName() + ": ";
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

    /**
     * Requires an argument.
     *
     * @param <T> its type
     * @param value the argument
     * @param name its name
     * @return the value
     */
    public static <T> T require(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
