package io.github.selfeval.cli.internal;

import io.github.selfeval.export.SummaryRow;
import io.github.selfeval.model.Grade;
import java.io.BufferedInputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.math.BigDecimal;
import java.util.Optional;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Sorts roll-up rows in bounded memory: rows are collected in chunks, each chunk sorted and spilled to
 * a temporary file when full, and the sorted runs merged at the end. Memory stays at one chunk however
 * many reports a batch has. Not thread-safe: one thread adds.
 */
final class RollupSorter implements Closeable {

    /** Rows held in memory before a sorted run is written to disk. */
    static final int DEFAULT_CHUNK = 10_000;

    private final int chunk;
    private final List<SummaryRow> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final Path tempParent;
    private Path tempDir;
    private long count;

    RollupSorter(int chunk) {
        this(chunk, null);
    }

    /**
     * A sorter whose sorted runs go into a folder it makes under {@code tempParent}.
     *
     * @param chunk the rows held in memory
     * @param tempParent where the folder is made, or null for the system's temporary directory
     */
    RollupSorter(int chunk, Path tempParent) {
        this.tempParent = tempParent;
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be positive");
        }
        this.chunk = chunk;
    }

    void add(SummaryRow row) {
        buffer.add(row);
        count++;
        if (buffer.size() >= chunk) {
            spill();
        }
    }

    long count() {
        return count;
    }

    private void spill() {
        buffer.sort(SummaryRow.ORDER);
        try {
            if (tempDir == null) {
                tempDir = tempParent == null ? Files.createTempDirectory("selfeval-rollup")
                        : Files.createTempDirectory(Files.createDirectories(tempParent), "selfeval-rollup");
            }
            Path run = tempDir.resolve("run-" + runs.size() + ".bin");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
                for (SummaryRow r : buffer) {
                    writeRow(r, out);
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the roll-up's temporary file: " + e.getMessage(), e);
        }
        buffer.clear();
    }

    /**
     * Gives every row to {@code sink}, highest score first.
     *
     * @param sink what receives the rows
     */
    void forEachSorted(Consumer<SummaryRow> sink) {
        buffer.sort(SummaryRow.ORDER);
        if (runs.isEmpty()) {
            buffer.forEach(sink);
            return;
        }
        List<Source> sources = new ArrayList<>();
        try {
            for (Path run : runs) {
                sources.add(new RunSource(run));
            }
            sources.add(new ListSource(buffer.iterator()));
            PriorityQueue<Source> queue = new PriorityQueue<>((a, b) -> SummaryRow.ORDER.compare(a.head(), b.head()));
            for (Source s : sources) {
                if (s.advance()) {
                    queue.add(s);
                }
            }
            while (!queue.isEmpty()) {
                Source s = queue.poll();
                sink.accept(s.head());
                if (s.advance()) {
                    queue.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the roll-up's temporary file: " + e.getMessage(), e);
        } finally {
            for (Source s : sources) {
                s.close();
            }
        }
    }

    @Override
    public void close() {
        buffer.clear();
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
        runs.clear();
        if (tempDir != null) {
            try {
                Files.deleteIfExists(tempDir);
            } catch (IOException ignored) {
                // as above
            }
        }
    }

    private static void writeRow(SummaryRow r, DataOutput out) throws IOException {
        out.writeUTF(r.file());
        out.writeUTF(r.department());
        out.writeUTF(r.project());
        out.writeInt(r.year());
        out.writeUTF(r.kind());
        out.writeUTF(r.pack());
        out.writeUTF(r.totalScore().toPlainString());
        out.writeUTF(r.grade().name());
        out.writeUTF(r.budgetExecutionRate().map(BigDecimal::toPlainString).orElse(""));
        out.writeInt(r.errors());
        out.writeInt(r.warnings());
        out.writeInt(r.infos());
    }

    private static SummaryRow readRow(DataInput in) throws IOException {
        String file = in.readUTF();
        String department = in.readUTF();
        String project = in.readUTF();
        int year = in.readInt();
        String kind = in.readUTF();
        String pack = in.readUTF();
        BigDecimal total = new BigDecimal(in.readUTF());
        Grade grade = Grade.valueOf(in.readUTF());
        String rate = in.readUTF();
        return new SummaryRow(file, department, project, year, kind, pack, total, grade,
                rate.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(rate)), in.readInt(), in.readInt(),
                in.readInt());
    }

    /** A sorted run being merged: the row at its head, and the step to the next. */
    private abstract static class Source implements Closeable {
        SummaryRow head;

        /** Moves to the next row; false (and no head) at the end. */
        abstract boolean advance() throws IOException;

        final SummaryRow head() {
            if (head == null) {
                throw new NoSuchElementException();
            }
            return head;
        }

        @Override
        public abstract void close();
    }

    private static final class ListSource extends Source {
        private final Iterator<SummaryRow> it;

        ListSource(Iterator<SummaryRow> it) {
            this.it = it;
        }

        @Override
        boolean advance() {
            head = it.hasNext() ? it.next() : null;
            return head != null;
        }

        @Override
        public void close() {
        }
    }

    private static final class RunSource extends Source {
        private final DataInputStream in;

        RunSource(Path run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
        }

        @Override
        boolean advance() throws IOException {
            try {
                head = readRow(in);
                return true;
            } catch (EOFException end) {
                head = null;
                return false;
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read-only temporary file
            }
        }
    }
}
