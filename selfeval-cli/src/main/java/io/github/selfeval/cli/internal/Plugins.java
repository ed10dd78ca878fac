package io.github.selfeval.cli.internal;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.SummaryExporters;
import io.github.selfeval.model.internal.IoErrors;
import io.github.selfeval.scoring.AuditChecks;
import io.github.selfeval.scoring.RulePacks;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The plugin jars of one run and the class loader that sees them: the one object every registry the CLI builds
 * (exporters, readers, roll-up formats, rule packs, audit checks) is given.
 *
 * <p>Jars come from three places, in this order: the {@code plugins/} folder beside the launcher (the system
 * property {@value #DIR_PROPERTY}, which {@code ./selfeval} sets), the environment variable {@value #ENV}, and
 * {@code --plugin-path}; the last two are lists of jars and folders separated by {@link File#pathSeparator}. A
 * folder contributes the {@code *.jar} files directly in it, by name. A jar that cannot be opened (corrupt, not
 * a zip) is left out and reported in {@link #problems()}, the others kept; an entry of {@code --plugin-path}
 * or {@value #ENV} that does not exist is a usage error. The jars are loaded by one {@link URLClassLoader}, a
 * child of the CLI's, so a plugin sees the SPI and every bundled library.
 */
final class Plugins implements AutoCloseable {

    /** The environment variable listing plugin jars and folders. */
    static final String ENV = "SELFEVAL_PLUGIN_PATH";

    /** The system property naming the plugin folder beside the launcher. */
    static final String DIR_PROPERTY = "selfeval.pluginDir";

    /** A plugin jar that was left out, and why. */
    record Problem(Path jar, String reason) {
        @Override
        public String toString() {
            return jar + ": " + reason;
        }
    }

    private final ClassLoader loader;
    private final List<Path> jars;
    private final List<Problem> problems;
    private ReportExporters exporters;
    private ReportReaders readers;
    private SummaryExporters summaryExporters;
    private RulePacks rulePacks;
    private AuditChecks checks;

    private Plugins(ClassLoader loader, List<Path> jars, List<Problem> problems) {
        this.loader = loader;
        this.jars = List.copyOf(jars);
        this.problems = List.copyOf(problems);
    }

    /**
     * The plugins of a run.
     *
     * @param pluginDir the folder beside the launcher, or null
     * @param env the value of {@value #ENV}, or null
     * @param option the values of {@code --plugin-path}, never null
     * @param parent the class loader the plugins' loader delegates to
     * @return the plugins, never null
     * @throws CliException with exit code 2 when an entry of {@code --plugin-path} or {@value #ENV} does not
     *     exist, is neither a jar nor a folder, or a folder cannot be listed
     */
    static Plugins resolve(String pluginDir, String env, List<String> option, ClassLoader parent) {
        Map<Path, String> found = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (pluginDir != null && !pluginDir.isBlank()) {
            Path dir = Path.of(pluginDir);
            if (Files.isDirectory(dir)) {
                addEntry(dir, "plugin folder " + dir, found);
            }
        }
        if (env != null) {
            for (String entry : split(env)) {
                addEntry(path(ENV, entry), ENV + " entry " + entry, found);
            }
        }
        for (String value : option) {
            for (String entry : split(value)) {
                addEntry(path("--plugin-path", entry), "--plugin-path " + entry, found);
            }
        }
        List<Path> jars = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        for (Path jar : found.keySet()) {
            String problem = openable(jar);
            if (problem != null) {
                problems.add(new Problem(jar, problem));
                continue;
            }
            try {
                urls.add(jar.toUri().toURL());
                jars.add(jar);
            } catch (MalformedURLException e) {
                problems.add(new Problem(jar, "not a usable file name (" + e.getMessage() + ")"));
            }
        }
        ClassLoader loader = urls.isEmpty() ? parent
                : new URLClassLoader("selfeval-plugins", urls.toArray(URL[]::new), parent);
        return new Plugins(loader, jars, problems);
    }

    private static List<String> split(String list) {
        List<String> entries = new ArrayList<>();
        for (String e : list.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!e.isBlank()) {
                entries.add(e.strip());
            }
        }
        return entries;
    }

    private static Path path(String source, String entry) {
        return OutputPath.of(source, entry);
    }

    private static void addEntry(Path entry, String source, Map<Path, String> found) {
        if (Files.isDirectory(entry)) {
            List<Path> inFolder = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(entry, "*.jar")) {
                for (Path p : s) {
                    if (Files.isRegularFile(p)) {
                        inFolder.add(p);
                    }
                }
            } catch (IOException e) {
                throw new CliException(SelfevalCli.UNREADABLE_INPUT, source + ": cannot list the folder ("
                        + IoErrors.reason(e) + ")", e);
            }
            inFolder.sort(null);
            inFolder.forEach(p -> found.putIfAbsent(p.toAbsolutePath().normalize(), source));
        } else if (Files.isRegularFile(entry)) {
            if (!entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
                throw new CliException(SelfevalCli.UNREADABLE_INPUT, source + ": not a .jar file or a folder of them");
            }
            found.putIfAbsent(entry.toAbsolutePath().normalize(), source);
        } else {
            throw new CliException(SelfevalCli.UNREADABLE_INPUT, source + ": no such file or folder");
        }
    }

    /** Why a jar cannot be used, or null when it opens as one. */
    private static String openable(Path jar) {
        try (JarFile f = new JarFile(jar.toFile())) {
            f.getManifest();
            return null;
        } catch (IOException | SecurityException e) {
            return "not a readable jar (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
    }

    /**
     * The class loader that sees the CLI and the plugins; the CLI's own when there are none.
     *
     * @return the loader, never null
     */
    ClassLoader loader() {
        return loader;
    }

    /**
     * The plugin jars in use, in load order.
     *
     * @return the jars, never null
     */
    List<Path> jars() {
        return jars;
    }

    /**
     * The jars left out, with the reason.
     *
     * @return the problems, never null
     */
    List<Problem> problems() {
        return problems;
    }

    /**
     * The exporters, bundled and plugged in, loaded once.
     *
     * @return the registry, never null
     */
    synchronized ReportExporters exporters() {
        if (exporters == null) {
            exporters = ReportExporters.load(loader);
        }
        return exporters;
    }

    /**
     * The readers, bundled and plugged in, loaded once.
     *
     * @return the registry, never null
     */
    synchronized ReportReaders readers() {
        if (readers == null) {
            readers = ReportReaders.load(loader);
        }
        return readers;
    }

    /**
     * The roll-up formats (the batch's 汇总), bundled and plugged in, loaded once.
     *
     * @return the registry, never null
     */
    synchronized SummaryExporters summaryExporters() {
        if (summaryExporters == null) {
            summaryExporters = SummaryExporters.load(loader);
        }
        return summaryExporters;
    }

    /**
     * The rule packs, standard and plugged in.
     *
     * @return the registry, never null
     */
    synchronized RulePacks rulePacks() {
        if (rulePacks == null) {
            rulePacks = jars.isEmpty() ? RulePacks.standard() : RulePacks.using(loader);
        }
        return rulePacks;
    }

    /**
     * The audit checks, built in and plugged in, loaded once.
     *
     * @return the registry, never null
     */
    synchronized AuditChecks checks() {
        if (checks == null) {
            checks = jars.isEmpty() ? AuditChecks.standard() : AuditChecks.using(loader);
        }
        return checks;
    }

    /**
     * The plugin jar whose {@code META-INF/services/<service>} names {@code provider}, so that a provider that
     * failed to load can be traced to the jar that declared it.
     *
     * @param service the service interface's binary name
     * @param provider the provider's class name as the services file lists it
     * @return the first such jar in load order, or empty (the provider is built in, or no jar lists it)
     */
    Optional<Path> jarOf(String service, String provider) {
        for (Path jar : jars) {
            try (JarFile f = new JarFile(jar.toFile())) {
                ZipEntry e = f.getEntry("META-INF/services/" + service);
                if (e == null) {
                    continue;
                }
                try (BufferedReader in = new BufferedReader(new InputStreamReader(f.getInputStream(e),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int hash = line.indexOf('#');
                        if ((hash >= 0 ? line.substring(0, hash) : line).strip().equals(provider)) {
                            return Optional.of(jar);
                        }
                    }
                }
            } catch (IOException | SecurityException e) {
                // A jar that opened when the run began and no longer reads names nothing.
            }
        }
        return Optional.empty();
    }

    /** Closes the plugins' class loader (its jar files). */
    @Override
    public void close() {
        if (loader instanceof URLClassLoader u && !jars.isEmpty()) {
            try {
                u.close();
            } catch (IOException e) {
                // Only file handles are at stake, at the end of the run.
            }
        }
    }
}
