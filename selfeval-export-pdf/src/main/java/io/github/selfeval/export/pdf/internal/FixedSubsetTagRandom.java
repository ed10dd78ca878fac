package io.github.selfeval.export.pdf.internal;

import java.security.SecureRandom;
import java.util.Random;

/**
 * The random source OpenPDF draws a font subset's six-letter tag ({@code ABCDEF+Name}) from, fixed
 * in deterministic mode so that the same input gives the same tag and so byte-identical files.
 * Nothing secret depends on the tag; it only has to differ between the subsets of one document,
 * which the per-font seed ensures.
 */
final class FixedSubsetTagRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final transient Random sequence;

    FixedSubsetTagRandom(long seed) {
        super(new byte[] {0});
        this.sequence = new Random(seed);
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        sequence.nextBytes(bytes);
    }

    @Override
    public double nextDouble() {
        synchronized (this) {
            return sequence.nextDouble();
        }
    }
}
