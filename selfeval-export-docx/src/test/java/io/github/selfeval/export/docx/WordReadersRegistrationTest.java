package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.docx.internal.DocReportReader;
import io.github.selfeval.export.docx.internal.DocxReportReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The two readers are found by ServiceLoader and declared in module-info, and one instance serves many threads. */
class WordReadersRegistrationTest {

    @Test
    void bothReadersAreRegisteredOnTheClassPathAndInTheModuleDescriptor() throws Exception {
        ReportReaders readers = ReportReaders.load();
        assertTrue(readers.loadFailures().isEmpty(), readers.loadFailures().toString());
        assertTrue(readers.ids().containsAll(List.of("doc", "docx")), readers.ids().toString());
        assertEquals(List.of("docx"), readers.find("docx").orElseThrow().fileExtensions());
        assertEquals(List.of("doc"), readers.find("doc").orElseThrow().fileExtensions());
        for (ReportReader r : readers.all()) {
            assertFalse(r.description().isBlank(), r.id());
        }
        Path classes = Path.of(DocxReportReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> listed = Files.readAllLines(classes.resolve("META-INF/services/" + ReportReader.class.getName())).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        Set<String> provided = descriptor.provides().stream().filter(p -> p.service().equals(ReportReader.class.getName()))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toSet());
        assertEquals(Set.of(DocReportReader.class.getName(), DocxReportReader.class.getName()), provided);
        assertEquals(provided, listed, "META-INF/services and module-info provides agree");
    }

    @Test
    void oneReaderServesConcurrentReads() throws Exception {
        byte[] seed = SeedWordDocument.docx();
        List<String> expected = LibreOfficeWordTest.seen(WordSources.read(new ByteArrayInputStream(seed), ReadOptions.defaults()));
        long start = System.nanoTime();
        WordSources.read(new ByteArrayInputStream(seed), ReadOptions.defaults());
        System.out.println("the seed report as .docx: read into its grids and paragraphs in "
                + (System.nanoTime() - start) / 1_000_000 + " ms (warm)");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> LibreOfficeWordTest.seen(WordSources.read(new ByteArrayInputStream(seed),
                        ReadOptions.defaults()))));
            }
            for (Future<List<String>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
