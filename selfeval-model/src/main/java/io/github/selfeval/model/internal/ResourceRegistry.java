package io.github.selfeval.model.internal;

import io.github.selfeval.model.SelfEvalException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds JSON definitions on the class path as {@code <dir>/<id>.json}, lists them through
 * {@code <dir>/INDEX} files (one id a line, {@code #} comments), and caches what it read.
 *
 * @param <T> what the files define
 */
public final class ResourceRegistry<T> {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final String dir;
    private final String kind;
    private final List<ClassLoader> loaders;
    private final BiFunction<InputStream, String, T> reader;
    private final Function<T, String> idOf;
    private final ConcurrentMap<String, T> cache = new ConcurrentHashMap<>();

    /**
     * A registry.
     *
     * @param dir the resource folder, e.g. {@code META-INF/selfeval/packs}
     * @param kind what is registered, for messages, e.g. {@code pack}
     * @param loaders where to look, in order
     * @param reader reads one file
     * @param idOf the id a definition declares
     */
    public ResourceRegistry(String dir, String kind, List<ClassLoader> loaders,
            BiFunction<InputStream, String, T> reader, Function<T, String> idOf) {
        this.dir = dir;
        this.kind = kind;
        this.loaders = List.copyOf(loaders);
        this.reader = reader;
        this.idOf = idOf;
    }

    /**
     * The class loaders to search by default: this library's, then the thread's context loader.
     *
     * @param anchor a class of this library
     * @return the loaders, without duplicates
     */
    public static List<ClassLoader> defaultLoaders(Class<?> anchor) {
        Set<ClassLoader> set = new LinkedHashSet<>();
        if (anchor.getClassLoader() != null) {
            set.add(anchor.getClassLoader());
        }
        ClassLoader ctx = Thread.currentThread().getContextClassLoader();
        if (ctx != null) {
            set.add(ctx);
        }
        if (set.isEmpty()) {
            set.add(ClassLoader.getSystemClassLoader());
        }
        return new ArrayList<>(set);
    }

    /**
     * The definition with an id.
     *
     * @param id the id
     * @return the definition, or empty when no resource defines it
     */
    public Optional<T> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        T cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        String name = dir + "/" + id + ".json";
        List<URL> urls = urls(name);
        if (urls.isEmpty()) {
            return Optional.empty();
        }
        if (urls.size() > 1) {
            throw new SelfEvalException(code("DUPLICATE"), kind + " '" + id + "' is defined more than once: "
                    + urls.stream().map(URL::toString).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        T value;
        try (InputStream in = urls.get(0).openStream()) {
            value = reader.apply(in, urls.get(0).toString());
        } catch (IOException e) {
            throw new SelfEvalException(code("UNREADABLE"), "cannot read " + urls.get(0) + ": " + e.getMessage(), e);
        }
        if (!id.equals(idOf.apply(value))) {
            throw new SelfEvalException(code("INVALID"), urls.get(0) + ": id: declares '" + idOf.apply(value)
                    + "' but the file is named " + id + ".json");
        }
        T prev = cache.putIfAbsent(id, value);
        return Optional.of(prev == null ? value : prev);
    }

    /**
     * The ids listed by every {@code INDEX} file on the class path.
     *
     * @return the ids, sorted, never null
     */
    public List<String> ids() {
        SortedSet<String> ids = new TreeSet<>(cache.keySet());
        for (URL url : urls(dir + "/INDEX")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        ids.add(t);
                    }
                }
            } catch (IOException e) {
                throw new SelfEvalException(code("UNREADABLE"), "cannot read " + url + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(ids);
    }

    private List<URL> urls(String name) {
        Set<String> seen = new LinkedHashSet<>();
        List<URL> out = new ArrayList<>();
        for (ClassLoader cl : loaders) {
            try {
                Enumeration<URL> e = cl.getResources(name);
                while (e.hasMoreElements()) {
                    URL u = e.nextElement();
                    if (seen.add(u.toString())) {
                        out.add(u);
                    }
                }
            } catch (IOException ex) {
                throw new SelfEvalException(code("UNREADABLE"), "cannot list " + name + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    /** The error code for this kind of resource, e.g. {@code PACK_INVALID}. */
    private String code(String what) {
        return kind.toUpperCase(java.util.Locale.ROOT) + "_" + what;
    }
}
