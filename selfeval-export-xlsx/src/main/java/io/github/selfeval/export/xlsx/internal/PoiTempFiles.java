package io.github.selfeval.export.xlsx.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where POI's temporary files (SXSSF's sheet files) go: into the directory named by the system property
 * {@value #PROPERTY} while it is set, so that a run that owns that directory (the CLI's batch) can find
 * and remove them when it is interrupted; POI's own default ({@code java.io.tmpdir/poifiles}) otherwise.
 *
 * <p>POI's strategy is global, so it is installed only once a run has set the property: a library
 * caller who never sets it keeps whatever strategy it chose. Once installed it reads the property at
 * every file it creates, and falls back to POI's default when the property is cleared.
 */
final class PoiTempFiles implements TempFileCreationStrategy {

    /** The system property naming the directory for POI's temporary files. */
    static final String PROPERTY = "selfeval.tmpdir";

    private static final Object LOCK = new Object();
    private static boolean installed;

    private final TempFileCreationStrategy fallback = new DefaultTempFileCreationStrategy();

    private PoiTempFiles() {
    }

    /** Installs the strategy if the property is set and it is not installed yet; call before making a workbook. */
    static void useRunDirectory() {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        synchronized (LOCK) {
            if (!installed) {
                TempFile.setTempFileCreationStrategy(new PoiTempFiles());
                installed = true;
            }
        }
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        Path dir = directory();
        return dir == null ? fallback.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        Path dir = directory();
        return dir == null ? fallback.createTempDirectory(prefix) : Files.createTempDirectory(dir, prefix).toFile();
    }

    private static Path directory() throws IOException {
        String d = System.getProperty(PROPERTY);
        if (d == null) {
            return null;
        }
        return Files.createDirectories(Path.of(d));
    }
}
