package io.github.selfeval.export;

import io.github.selfeval.export.internal.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The registry of {@link ReportReader}s: finds them with {@link ServiceLoader}, on the class path and
 * on the module path, chooses one for a file by its content (then by its extension), and reads.
 *
 * <p>Loading never fails as a whole, exactly as with {@link ReportExporters}: a provider that cannot be
 * loaded, has an invalid id or repeats one is left out and reported in {@link #loadFailures()}.
 * Immutable and thread-safe once loaded.
 *
 * @since 0.3
 */
public final class ReportReaders {

    /** What a reader id may look like: lowercase ASCII letters, digits and {@code -}, 1–32 characters. */
    public static final Pattern ID = ReportExporters.ID;

    /** How many of a file's first bytes {@link ReportReader#recognises(byte[])} is shown. */
    public static final int HEAD_BYTES = 4096;

    private final Map<String, ReportReader> byId;
    private final List<LoadFailure> loadFailures;

    private ReportReaders(Map<String, ReportReader> byId, List<LoadFailure> loadFailures) {
        this.byId = byId;
        this.loadFailures = List.copyOf(loadFailures);
    }

    /**
     * The readers visible to the thread's context class loader (class path) and, when this module is on
     * the module path, to its module layer.
     *
     * @return the registry, never null
     */
    public static ReportReaders load() {
        return load(Providers.defaultLoaders(ReportReader.class, ReportReaders.class));
    }

    /**
     * The readers visible to a class loader.
     *
     * @param classLoader where to look
     * @return the registry, never null
     */
    public static ReportReaders load(ClassLoader classLoader) {
        return load(List.of(ServiceLoader.load(ReportReader.class, classLoader)));
    }

    /**
     * The readers provided by the modules of a layer (and its parents).
     *
     * @param layer where to look
     * @return the registry, never null
     */
    public static ReportReaders load(ModuleLayer layer) {
        return load(List.of(ServiceLoader.load(Objects.requireNonNull(layer, "layer"), ReportReader.class)));
    }

    /**
     * A registry of the given readers, for applications that wire readers themselves.
     *
     * @param readers the readers
     * @return the registry, never null
     */
    public static ReportReaders of(ReportReader... readers) {
        List<ReportReader> found = new ArrayList<>();
        for (ReportReader r : readers) {
            found.add(Objects.requireNonNull(r, "reader"));
        }
        return register(found, new ArrayList<>());
    }

    private static ReportReaders load(List<ServiceLoader<ReportReader>> loaders) {
        Providers.Found<ReportReader> found = Providers.discover(ReportReader.class, loaders);
        return register(new ArrayList<>(found.found()), new ArrayList<>(found.failures()));
    }

    private static ReportReaders register(List<ReportReader> found, List<LoadFailure> failures) {
        return new ReportReaders(Providers.byId(found, ReportReader::id, ID, x -> Providers.blank("description()",
                x.description()) + (x.fileExtensions() == null || x.fileExtensions().isEmpty()
                        ? "fileExtensions() is empty; " : ""), failures), failures);
    }

    /**
     * Every registered reader, ordered by id.
     *
     * @return the readers, never null, unmodifiable
     */
    public List<ReportReader> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The registered reader ids, sorted.
     *
     * @return the ids, never null, unmodifiable
     */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The reader with an id, if registered.
     *
     * @param id the id, e.g. {@code xlsx}
     * @return the reader, or empty
     */
    public Optional<ReportReader> find(String id) {
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

    /**
     * The reader for a file's content: the reader of its extension when that reader recognises the
     * first bytes too, else the first (by id) that recognises them, else the first that reads its
     * extension.
     *
     * @param fileName the file's name, for its extension (may be null)
     * @param head the file's first bytes, up to {@link #HEAD_BYTES}
     * @return the reader, or empty when neither content nor extension is of a known kind
     */
    public Optional<ReportReader> choose(@Nullable String fileName, byte[] head) {
        return candidates(fileName, head).stream().findFirst();
    }

    /**
     * Every reader that may take a file, best first: those that recognise its content (the extension's
     * own first: some first bytes, such as an OLE2 header whose directory lies further on, fit more than
     * one kind), then the extension's reader if it did not recognise the content.
     */
    private List<ReportReader> candidates(@Nullable String fileName, byte[] head) {
        Objects.requireNonNull(head, "head");
        String ext = extension(fileName);
        List<ReportReader> recognising = new ArrayList<>();
        List<ReportReader> byExtension = new ArrayList<>();
        for (ReportReader r : byId.values()) {
            boolean extMatches = r.fileExtensions().contains(ext);
            if (recognises(r, head)) {
                if (extMatches) {
                    recognising.add(0, r);
                } else {
                    recognising.add(r);
                }
            } else if (extMatches) {
                byExtension.add(r);
            }
        }
        List<ReportReader> all = new ArrayList<>(recognising);
        all.addAll(byExtension);
        return all;
    }

    private static boolean recognises(ReportReader r, byte[] head) {
        try {
            return r.recognises(head.clone());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String extension(@Nullable String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads every form a file holds, with the reader its content calls for.
     *
     * @param file the file
     * @param options how to read; its source name, when absent, becomes the file's name
     * @return the reports, never empty
     * @throws ReadException {@link ReadException#NOT_RECOGNISED} when no reader takes the file,
     *     {@link ReadException#UNREADABLE} when it cannot be read from disk, {@link ReadException#TOO_LARGE}
     *     over the size limit, or what the reader throws
     */
    public List<ReadReport> read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ReadOptions named = options.sourceName().isPresent() ? options : options.withSourceName(name);
        try {
            long size = Files.size(file);
            if (size > options.limits().maxFileBytes()) {
                throw new ReadException(ReadException.TOO_LARGE, null, "the file has " + size + " bytes; at most "
                        + options.limits().maxFileBytes() + " are read", null);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            List<ReportReader> candidates = candidates(name, head);
            if (candidates.isEmpty()) {
                throw notRecognised(name);
            }
            // A reader that finds the content is not its kind after all (an OLE2 file is a workbook, not
            // a document) says NOT_RECOGNISED; the next candidate is asked, and if none takes the file the
            // first one's words (which say what the file is) are the answer.
            ReadException first = null;
            for (ReportReader reader : candidates) {
                try (InputStream in = Files.newInputStream(file)) {
                    return read(reader, in, named);
                } catch (ReadException e) {
                    if (!ReadException.NOT_RECOGNISED.equals(e.code())) {
                        throw e;
                    }
                    if (first == null) {
                        first = e;
                    }
                }
            }
            throw first;
        } catch (NoSuchFileException e) {
            throw new ReadException(ReadException.UNREADABLE, null, "no such file", e);
        } catch (IOException e) {
            throw new ReadException(ReadException.UNREADABLE, null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private ReadException notRecognised(String name) {
        List<String> exts = byId.values().stream().flatMap(r -> r.fileExtensions().stream()).distinct().sorted().toList();
        return new ReadException(ReadException.NOT_RECOGNISED, null, "'" + name + "' is not a kind of file selfeval"
                + " reads: neither its content nor its extension is that of " + String.join(", ", exts), null);
    }

    /**
     * Reads with a given reader, turning a reader's exhausted stack or memory into
     * {@link ReadException#TOO_COMPLEX}: the input's fault, and the reader's frames are gone by then,
     * so the caller can go on with the next file.
     *
     * @param reader the reader
     * @param in the bytes
     * @param options how to read
     * @return the reports
     */
    public static List<ReadReport> read(ReportReader reader, InputStream in, ReadOptions options) {
        try {
            List<ReadReport> reports = reader.read(in, options);
            if (reports == null || reports.isEmpty()) {
                throw new ReadException(ReadException.NO_FORM, null, "the " + reader.id() + " reader found no form", null);
            }
            return List.copyOf(reports);
        } catch (StackOverflowError e) {
            throw new ReadException(ReadException.TOO_COMPLEX, null, "the file is too complex to read: it nests"
                    + " (formulas referring to formulas, tables in tables) deeper than can be followed", e);
        } catch (OutOfMemoryError e) {
            throw new ReadException(ReadException.TOO_COMPLEX, null, "the file is too complex to read: reading it"
                    + " needs more memory than is available (" + e.getMessage() + ")", e);
        }
    }
}
