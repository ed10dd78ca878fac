package io.github.selfeval.cli.internal;

import java.io.PrintWriter;
import java.util.stream.Collectors;

/**
 * Batch progress: a bar with counts, rate and ETA redrawn in place on a terminal, or one log line per
 * report when the output goes to a file or a pipe. Used by the coordinating thread only.
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private int total;
    private final boolean bar;
    private final long start = System.nanoTime();
    private int ok;
    private int failed;
    private long lastDraw;
    private int lastLength;

    Progress(PrintWriter err, int total, boolean bar) {
        this.err = err;
        this.total = total;
        this.bar = bar;
        if (!bar) {
            err.println("batch: " + total + " reports");
            err.flush();
        }
    }

    /**
     * Counts more reports than files: a file found to hold several forms.
     *
     * @param extra the forms beyond the first
     */
    void more(int extra) {
        total += Math.max(0, extra);
    }

    void ok(BatchCommand.Outcome o) {
        ok++;
        if (bar) {
            draw(false);
        } else {
            err.println("[" + done() + "/" + total + "] ok     " + o.display() + " → "
                    + o.written().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                    + " (自评得分 " + o.row().totalScore().toPlainString() + " " + o.row().grade().label() + ")");
            err.flush();
        }
    }

    void failed(BatchCommand.Outcome o) {
        failed++;
        String first = o.error().split("\\R", 2)[0];
        if (bar) {
            clear();
            err.println("failed: " + first);
            draw(true);
        } else {
            err.println("[" + done() + "/" + total + "] FAILED " + first);
            err.flush();
        }
    }

    void finish() {
        if (bar) {
            draw(true);
            err.println();
            err.flush();
        }
    }

    String elapsedText() {
        return time((System.nanoTime() - start) / 1_000_000_000L) + ", "
                + String.format(java.util.Locale.ROOT, "%.1f", rate()) + " reports/s";
    }

    private int done() {
        return ok + failed;
    }

    private double rate() {
        double secs = (System.nanoTime() - start) / 1e9;
        return secs <= 0 ? 0 : done() / secs;
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS && done() < total) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done() / total);
        double r = rate();
        String eta = r > 0 && done() < total ? time((long) ((total - done()) / r)) : "--:--";
        String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done() + "/" + total
                + "  ok " + ok + "  failed " + failed
                + String.format(java.util.Locale.ROOT, "  %.1f/s", r) + "  ETA " + eta;
        StringBuilder sb = new StringBuilder("\r").append(line);
        for (int i = line.length(); i < lastLength; i++) {
            sb.append(' ');
        }
        lastLength = line.length();
        err.print(sb);
        err.flush();
    }

    private void clear() {
        err.print("\r" + " ".repeat(lastLength) + "\r");
        lastLength = 0;
    }

    private static String time(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(java.util.Locale.ROOT, "%d:%02d", m, s);
    }
}
