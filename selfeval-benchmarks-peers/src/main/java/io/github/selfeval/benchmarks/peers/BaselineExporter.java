package io.github.selfeval.benchmarks.peers;

import io.github.selfeval.export.ReportExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Another build's XLSX exporter in this JVM, next to this build's: its {@code selfeval-export-xlsx} jar is
 * loaded child-first for the exporter's own packages, while the model, scoring, export API and POI come
 * from this class path. So a before/after comparison takes turns in one run, like the peer comparison.
 */
final class BaselineExporter {
    private static final String OWN = "io.github.selfeval.export.xlsx.";
    private static final String EXPORTER = "io.github.selfeval.export.xlsx.internal.XlsxExporter";

    private BaselineExporter() {
    }

    /** Loads child-first the exporter's packages; everything else from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OWN)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    /** The XLSX exporter of the given {@code selfeval-export-xlsx} jar. */
    static ReportExporter load(Path jar) {
        try {
            ClassLoader loader = new ChildFirst(jar.toUri().toURL(), BaselineExporter.class.getClassLoader());
            return (ReportExporter) loader.loadClass(EXPORTER).getConstructor().newInstance();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new UncheckedIOException(new IOException("cannot load the exporter of " + jar, e));
        }
    }
}
