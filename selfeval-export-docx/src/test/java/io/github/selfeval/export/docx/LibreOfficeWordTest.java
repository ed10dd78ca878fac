package io.github.selfeval.export.docx;

import io.github.selfeval.testsupport.Tools;
import static io.github.selfeval.export.docx.WordFixtures.C;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.export.ReportReaders;
import io.github.selfeval.export.docx.internal.DocReportReader;
import io.github.selfeval.export.docx.internal.DocxReportReader;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Word files made by a word processor no one here wrote: LibreOffice ({@code soffice --headless
 * --convert-to}) saves the XWPF-built documents again as {@code .docx} and as Word 97–2003 {@code .doc};
 * each gives the same grids (text, merged regions, locations) and paragraphs (text, heading level) as
 * the document it was made from, through both readers. Skipped, saying so on the console, where
 * LibreOffice is not installed; CI installs it and fails if this test was skipped
 * ({@code .ci/required-tests}).
 */
class LibreOfficeWordTest {

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void convertWithLibreOffice() throws Exception {
        assumeTrue(Tools.onPath("soffice"), "LibreOfficeWordTest skipped: soffice is not on the PATH (install libreoffice-writer)");
        out = Path.of("target", "libreoffice-word");
        Files.createDirectories(out);
        Files.write(out.resolve("split.docx"), WordSourcesTest.splitForm());
        Files.write(out.resolve("seed.docx"), SeedWordDocument.docx());
        Files.write(out.resolve("nested.docx"), nested());
        Path saved = out.resolve("saved");
        Files.createDirectories(saved);
        String profile = dir.resolve("profile").toUri().toString();
        List<String> files = List.of(out.resolve("split.docx").toString(), out.resolve("seed.docx").toString(),
                out.resolve("nested.docx").toString());
        List<String> toDoc = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile, "--headless",
                "--norestore", "--convert-to", "doc", "--outdir", out.toString()));
        toDoc.addAll(files);
        Tools.run(180, toDoc);
        List<String> toDocx = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile, "--headless",
                "--norestore", "--convert-to", "docx", "--outdir", saved.toString()));
        toDocx.addAll(files);
        Tools.run(180, toDocx);
    }

    static byte[] nested() {
        return new WordFixtures.Doc()
                .paragraph("填报信息")
                .tableWithNested(2, List.of(List.of(C.of("填报人"), C.of("签字"))), 0, 1, 2,
                        List.of(List.of(C.of("填报人：樊琪"), C.of("联系电话：4800291"))))
                .paragraph("完")
                .bytes();
    }

    private static SourceDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WordSources.read(in, ReadOptions.defaults());
        }
    }

    /** What the label reader can see of a document: paragraphs with levels, grids cell by cell with merges. */
    static List<String> seen(SourceDocument doc) {
        List<String> lines = new ArrayList<>();
        for (SourceDocument.Part part : doc.parts()) {
            if (part instanceof SourceDocument.Paragraph p) {
                lines.add("paragraph " + p.headingLevel() + " " + p.text() + " @" + p.location());
            } else if (part instanceof FormGrid g) {
                lines.add("table " + g.tableNumber() + " " + g.rows() + "x" + g.columns() + " "
                        + WordSourcesTest.sorted(g.merges()));
                for (int r = 0; r < g.rows(); r++) {
                    for (int c = 0; c < g.columns(); c++) {
                        lines.add("  " + g.location(r, c) + " = " + g.text(r, c));
                    }
                }
            }
        }
        return lines;
    }

    @Test
    void libreOfficesDocxGivesTheSameGridsAndParagraphs() throws IOException {
        for (String name : new String[] {"split", "seed"}) {
            assertEquals(seen(read(out.resolve(name + ".docx"))), seen(read(out.resolve("saved").resolve(name + ".docx"))),
                    name + ".docx saved again by LibreOffice");
        }
    }

    @Test
    void theDocOfTheSameDocumentGivesTheSameGridsAndParagraphs() throws IOException {
        for (String name : new String[] {"split", "seed"}) {
            Path doc = out.resolve(name + ".doc");
            assertTrue(Files.isRegularFile(doc), "LibreOffice wrote no " + doc);
            assertEquals(seen(read(out.resolve(name + ".docx"))), seen(read(doc)), name + ".doc (HWPF)");
        }
    }

    @Test
    void aNestedTablesTextIsPartOfItsOuterCellInTheDocToo() throws IOException {
        SourceDocument docx = read(out.resolve("nested.docx"));
        SourceDocument doc = read(out.resolve("nested.doc"));
        assertEquals("填报人：樊琪\n联系电话：4800291\n签字", docx.grids().get(0).text(0, 1));
        assertEquals(seen(docx), seen(doc));
    }

    @Test
    void theRegistryChoosesTheWordReadersAndTheReadersPassTheDocumentOn() throws IOException {
        ReportReaders readers = ReportReaders.of(new DocxReportReader(), new DocReportReader());
        java.util.Set<io.github.selfeval.model.SelfEvaluation> reports = new java.util.HashSet<>();
        for (String name : new String[] {"seed.docx", "seed.doc", "saved/seed.docx"}) {
            Path file = out.resolve(name);
            String expected = name.endsWith(".doc") ? "doc" : "docx";
            assertEquals(expected, readers.choose(file.getFileName().toString(), head(file)).map(ReportReader::id)
                    .orElseThrow(), name);
            // The label reader takes the document each reader hands it: the seed's 部门整体 form, the same report
            // from the .docx, from LibreOffice's .doc of it and from LibreOffice's re-saved .docx.
            java.util.List<io.github.selfeval.export.ReadReport> read = readers.read(file, ReadOptions.defaults());
            assertEquals(1, read.size(), name);
            assertEquals("hebei-department", read.get(0).formId(), name);
            reports.add(read.get(0).report());
        }
        assertEquals(1, reports.size(), "the three files read to one report");
        // A .doc renamed .docx and a .docx renamed .doc are read as what they are.
        Path docAsDocx = out.resolve("seed-doc.docx");
        Files.copy(out.resolve("seed.doc"), docAsDocx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path docxAsDoc = out.resolve("seed-docx.doc");
        Files.copy(out.resolve("seed.docx"), docxAsDoc, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(seen(read(out.resolve("seed.doc"))), seen(read(docAsDocx)));
        assertEquals("docx", readers.choose("seed-docx.doc", head(docxAsDoc)).map(ReportReader::id).orElseThrow());
    }

    @Test
    void aPasswordProtectedDocIsReportedAsEncrypted() throws IOException {
        // Word marks an encrypted .doc in its File Information Block (fEncrypted) and encrypts the text
        // behind it; the flag is what says so, and it is read before anything else of the file.
        byte[] doc = Files.readAllBytes(out.resolve("seed.doc"));
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
            byte[] word;
            try (InputStream in = fs.createDocumentInputStream("WordDocument")) {
                word = in.readAllBytes();
            }
            word[11] |= 0x01;
            fs.getRoot().createOrUpdateDocument("WordDocument", new ByteArrayInputStream(word));
            fs.writeFilesystem(locked);
        }
        Path file = out.resolve("seed-locked.doc");
        Files.write(file, locked.toByteArray());
        ReadException e = assertThrows(ReadException.class, () -> ReportReaders.of(new DocxReportReader(),
                new DocReportReader()).read(file, ReadOptions.defaults()));
        assertEquals(ReadException.ENCRYPTED, e.code(), e.getMessage());
        HostileWordTest.clean(e.getMessage());
    }

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ReportReaders.HEAD_BYTES);
        }
    }
}
