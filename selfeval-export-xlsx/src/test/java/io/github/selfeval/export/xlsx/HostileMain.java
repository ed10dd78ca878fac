package io.github.selfeval.export.xlsx;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReaders;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Reads each file named on the command line with the reader registry, in this JVM (which
 * {@link HostileWorkbooksInSmallHeapTest} starts with {@code -Xmx256m}), and prints one line per file:
 * name, code (or {@code READ} when it was read), milliseconds, and the peak heap in MiB while reading it.
 */
public final class HostileMain {
    private HostileMain() {
    }

    public static void main(String[] args) {
        ReportReaders readers = ReportReaders.load();
        for (String a : args) {
            Path file = Path.of(a);
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long t0 = System.nanoTime();
            String code;
            try {
                readers.read(file, ReadOptions.defaults());
                code = "READ";
            } catch (ReadException e) {
                code = e.code();
            } catch (Throwable e) {
                code = "RAW:" + e.getClass().getName();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println(file.getFileName() + "\t" + code + "\t" + ms + "\t" + (peak >> 20));
        }
    }
}
