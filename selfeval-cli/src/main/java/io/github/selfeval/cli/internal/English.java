package io.github.selfeval.cli.internal;

/** English counts: {@code 1 error}, {@code 0 errors}, {@code 5 warnings}. */
final class English {

    private English() {
    }

    /**
     * A count with its noun, plural unless the count is one.
     *
     * @param n the count
     * @param noun the singular noun, whose plural adds {@code s}
     * @return e.g. {@code "1 error"}, {@code "2 errors"}
     */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
