package io.github.selfeval.model.internal;

import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.SelfEvalException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a file so that it either appears complete or not at all: the content goes to a temporary
 * file beside the target (same directory, so the final rename stays on one file system), is flushed
 * to disk, and only then takes the target's name.
 */
public final class AtomicFiles {

    /** The error code of an output that exists and may not be replaced. */
    public static final String OUTPUT_EXISTS = ErrorCodes.OUTPUT_EXISTS;
    /** The error code of an output that cannot be written. */
    public static final String OUTPUT_NOT_WRITABLE = ErrorCodes.OUTPUT_NOT_WRITABLE;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_ATTEMPTS = 16;
    /** The longest file name (in UTF-8 bytes) the common file systems take (ext4, XFS, btrfs, APFS, NTFS). */
    static final int MAX_NAME_BYTES = 255;
    /** What a temporary name adds to the target's: a leading dot, a dot, 12 hex digits and {@code .tmp}. */
    private static final int TEMP_NAME_EXTRA = 1 + 1 + 12 + 4;
    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile("\\..+\\.[0-9a-f]{12}\\.tmp");
    /** Temporary files being written right now, so that a shutdown (SIGTERM) can remove them. */
    private static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the content.
         *
         * @param out the stream, closed by the caller
         * @throws IOException if writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through a temporary file in the same directory, then moves it into place.
     *
     * <p>Whatever the writer throws propagates unchanged, after the temporary file is deleted; the
     * target is then untouched (absent, or its previous content).
     *
     * @param target the file
     * @param overwrite whether an existing file may be replaced
     * @param writer what to write
     * @throws SelfEvalException with code {@link #OUTPUT_EXISTS} or {@link #OUTPUT_NOT_WRITABLE}
     */
    public static void write(Path target, boolean overwrite, Writer writer) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new SelfEvalException(OUTPUT_NOT_WRITABLE, abs + ": not a file path");
        }
        if (Files.isDirectory(abs)) {
            throw new SelfEvalException(OUTPUT_NOT_WRITABLE, abs + ": is a directory, not a file");
        }
        if (!overwrite && Files.exists(abs)) {
            throw exists(abs);
        }
        if (!Files.isDirectory(dir)) {
            throw new SelfEvalException(OUTPUT_NOT_WRITABLE, abs + ": " + dir
                    + (Files.exists(dir) ? " is not a directory" : " does not exist"));
        }
        Path tmp = createTemp(abs, dir);
        LIVE.add(tmp);
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.WRITE), 1 << 16)) {
                writer.write(out);
            }
            // Flush to disk before the rename, so that a crash cannot leave a complete name over an
            // incomplete content.
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(tmp, abs, overwrite);
            done = true;
        } catch (IOException e) {
            throw new SelfEvalException(OUTPUT_NOT_WRITABLE, abs + ": " + IoErrors.reason(e), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file's name starts with a dot and ends in .tmp: harmless if it stays.
                }
            }
            LIVE.remove(tmp);
        }
    }

    /**
     * Whether a file name is one of this class's temporary names ({@code .NAME.0123456789ab.tmp}), so that
     * what a killed process left behind can be recognised and removed.
     *
     * @param fileName a file name, without directory
     * @return true for a temporary name
     */
    public static boolean isTemporaryName(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }

    /**
     * Deletes the temporary files being written at this moment (for a shutdown hook: the process is
     * going away and the targets will not appear). Best effort; never throws.
     *
     * @return how many were deleted
     */
    public static int deleteLiveTemporaries() {
        int n = 0;
        for (Path tmp : List.copyOf(LIVE)) {
            try {
                if (Files.deleteIfExists(tmp)) {
                    n++;
                }
            } catch (IOException | RuntimeException ignored) {
                // best effort while the JVM goes down
            }
        }
        return n;
    }

    /**
     * The temporary name for a target: {@code .NAME.HEX.tmp}, with NAME shortened (at a character
     * boundary) when the whole would exceed {@value #MAX_NAME_BYTES} bytes, so that any name the file
     * system takes as a target also gets a temporary file.
     */
    static String temporaryName(String targetName, String hex) {
        String name = targetName;
        int budget = MAX_NAME_BYTES - TEMP_NAME_EXTRA;
        if (name.getBytes(StandardCharsets.UTF_8).length > budget) {
            StringBuilder sb = new StringBuilder();
            int bytes = 0;
            for (int i = 0; i < name.length(); ) {
                int cp = name.codePointAt(i);
                int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + len > budget) {
                    break;
                }
                sb.appendCodePoint(cp);
                bytes += len;
                i += Character.charCount(cp);
            }
            name = sb.toString();
        }
        return "." + name + "." + hex + ".tmp";
    }

    /**
     * Creates the temporary file with the directory's default permissions. ({@code Files.createTempFile}
     * would make it owner-only, and the exported document would keep that after the rename.)
     */
    private static Path createTemp(Path abs, Path dir) {
        IOException last = null;
        for (int i = 0; i < NAME_ATTEMPTS; i++) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            Path tmp = dir.resolve(temporaryName(abs.getFileName().toString(), HexFormat.of().formatHex(random)));
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                last = e;
            } catch (IOException e) {
                throw new SelfEvalException(OUTPUT_NOT_WRITABLE,
                        abs + ": cannot write in " + dir + " (" + IoErrors.reason(e) + ")", e);
            }
        }
        throw new SelfEvalException(OUTPUT_NOT_WRITABLE, abs + ": cannot create a temporary file in " + dir, last);
    }

    private static void move(Path tmp, Path target, boolean overwrite) throws IOException {
        if (overwrite) {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        // A rename would silently replace a file that appeared since the check; a hard link fails
        // instead. Where links are not supported, a non-replacing move is the best left.
        boolean linked;
        try {
            Files.createLink(target, tmp);
            linked = true;
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (UnsupportedOperationException | IOException e) {
            linked = false;
        }
        if (linked) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The document is in place; the extra name is a hidden .tmp file, harmless if it stays.
            }
            return;
        }
        try {
            Files.move(tmp, target);
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        }
    }

    private static SelfEvalException exists(Path target) {
        return new SelfEvalException(OUTPUT_EXISTS, target + ": file exists; not replaced (the caller did not ask to replace existing files)");
    }

}
