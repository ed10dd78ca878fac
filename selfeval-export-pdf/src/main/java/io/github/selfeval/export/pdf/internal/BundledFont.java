package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The font shipped in this artifact: WenQuanYi Micro Hei, face 0, subset to GBK plus Latin and symbols
 * (see {@code META-INF/LICENSE-wqy-microhei.txt} and {@code src/build/make-bundled-font.sh}).
 *
 * <p>The file is read once per JVM (on first use) and its bytes are kept. Parsing them into an OpenPDF
 * {@code BaseFont} costs more than laying out a short report, so parsed fonts are pooled: a document
 * borrows one for its whole life and gives it back when written, so that no two documents (no two
 * threads) ever use the same {@code BaseFont} at once; OpenPDF fonts are not documented as safe to
 * share, and carry per-document state (the subset tag's random source). What a document used
 * (glyphs, widths) is kept by its own {@code PdfWriter}, not by the font. The pool keeps at most
 * {@link #POOL_SIZE} fonts; beyond that, documents parse their own and drop them.
 */
final class BundledFont {

    /** The name messages use for the bundled font. */
    static final String NAME = "WenQuanYi Micro Hei (bundled with selfeval-export-pdf)";

    /** The resource, relative to this class. */
    static final String RESOURCE = "fonts/wqy-microhei-gbk.ttf";

    /** How many parsed fonts the pool keeps: enough for the usual number of concurrent exports. */
    static final int POOL_SIZE = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

    private static final BlockingQueue<BaseFont> POOL = new ArrayBlockingQueue<>(POOL_SIZE);

    private BundledFont() {
    }

    /**
     * A parsed bundled font nobody else is using, if the pool has one.
     *
     * @return the font, or null when the pool is empty
     */
    static BaseFont borrow() {
        return POOL.poll();
    }

    /**
     * Returns a font taken with {@link #borrow()} or parsed from {@link #sharedBytes()}; dropped when
     * the pool is full.
     *
     * @param font the font, no longer used by its document
     */
    static void giveBack(BaseFont font) {
        POOL.offer(font);
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
