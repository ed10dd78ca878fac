package io.github.selfeval.export;

/**
 * What an export to a file does when the file already exists.
 *
 * @since 0.3
 */
public enum ExistingFile {
    /** Refuse with {@code OUTPUT_EXISTS}; the existing file is left as it was. */
    REFUSE,
    /** Replace it, atomically: the old file stays whole until the new one is complete. */
    REPLACE
}
