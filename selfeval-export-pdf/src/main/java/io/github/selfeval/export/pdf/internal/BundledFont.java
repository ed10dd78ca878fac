package io.github.selfeval.export.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font shipped in this artifact: WenQuanYi Micro Hei, face 0, subset to GBK plus Latin and symbols
 * (see {@code META-INF/LICENSE-wqy-microhei.txt} and {@code src/build/make-bundled-font.sh}).
 *
 * <p>The file is read once per JVM (on first use) and its bytes are kept; every document parses them
 * into its own {@code BaseFont}, because OpenPDF fonts carry per-document state (the subset tag's
 * random source) and are not documented as safe to share between threads.
 */
final class BundledFont {

    /** The name messages use for the bundled font. */
    static final String NAME = "WenQuanYi Micro Hei (bundled with selfeval-export-pdf)";

    /** The resource, relative to this class. */
    static final String RESOURCE = "fonts/wqy-microhei-gbk.ttf";

    private BundledFont() {
    }

    /**
     * The font file's bytes; the array is shared, so callers must not change it (OpenPDF only reads it).
     *
     * @return the bytes, never null
     */
    static byte[] sharedBytes() {
        return Holder.BYTES;
    }

    /** Lazy, thread-safe initialisation by the class loader (initialisation-on-demand holder). */
    private static final class Holder {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + RESOURCE
                            + " is missing from selfeval-export-pdf; the artifact is damaged");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
            }
        }
    }
}
