package io.github.selfeval.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.selfeval.export.fixtures.FixtureExporter;
import io.github.selfeval.export.fixtures.GoodExporter;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReportExporters#export(ScoreCard, String, Path, ExportOptions, ExistingFile)}: the file appears
 * complete or not at all, and every failure says what happened to which file.
 */
class AtomicExportTest {

    /** Writes 100 000 bytes, then fails: the half-written document must not survive. */
    public static final class FailsMidwayExporter extends FixtureExporter {
        static final String MESSAGE = "disk on fire";

        /** Creates the exporter. */
        public FailsMidwayExporter() {
            super("midway");
        }

        @Override
        public void export(ScoreCard card, OutputStream out, ExportOptions options) {
            try {
                out.write(new byte[100_000]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException(MESSAGE);
        }
    }

    /** Fails with its own {@link ExportException}, which must reach the caller unchanged. */
    public static final class OwnExceptionExporter extends FixtureExporter {
        static final ExportException FAILURE = new ExportException("FONT_MISSING_GLYPH", "own",
                OwnExceptionExporter.class.getName(), "no glyph for 姜", null);

        /** Creates the exporter. */
        public OwnExceptionExporter() {
            super("own");
        }

        @Override
        public void export(ScoreCard card, OutputStream out, ExportOptions options) {
            throw FAILURE;
        }
    }

    /** Fails with a linkage error, as a plugin missing one of its libraries does. */
    public static final class MissingLibraryExporter extends FixtureExporter {
        /** Creates the exporter. */
        public MissingLibraryExporter() {
            super("nolib");
        }

        @Override
        public void export(ScoreCard card, OutputStream out, ExportOptions options) {
            throw new NoClassDefFoundError("org/apache/poi/ss/usermodel/Workbook");
        }
    }

    @TempDir
    Path dir;

    private final ReportExporters registry = ReportExporters.of(new GoodExporter(), new FailsMidwayExporter(),
            new OwnExceptionExporter(), new MissingLibraryExporter());
    private final ScoreCard card = TestCards.oneIndicator("姜各庄镇人民政府");
    private final ExportOptions options = ExportOptions.defaults();

    private List<Path> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesTheDocumentAndNothingElse() throws IOException {
        Path target = dir.resolve("report.txt");

        registry.export(card, "good", target, options, ExistingFile.REFUSE);

        assertEquals("good:姜各庄镇人民政府:90\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void anExporterFailingMidwayLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.txt");

        ExportException e = assertThrows(ExportException.class,
                () -> registry.export(card, "midway", target, options, ExistingFile.REFUSE));

        assertFalse(Files.exists(target));
        assertEquals(List.of(), filesIn(dir), "no temporary file left behind");
        assertEquals("midway", e.formatId());
        assertEquals(FailsMidwayExporter.class.getName(), e.exporterClass());
        assertEquals(ExportException.CODE, e.code());
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getMessage().contains("midway") && e.getMessage().contains(FailsMidwayExporter.class.getName())
                && e.getMessage().contains(FailsMidwayExporter.MESSAGE), e.getMessage());
    }

    @Test
    void aFailedOverwriteKeepsThePreviousDocument() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "previous");

        assertThrows(ExportException.class, () -> registry.export(card, "midway", target, options, ExistingFile.REPLACE));

        assertEquals("previous", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void anExistingFileIsNotReplacedWithoutOverwrite() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "previous");

        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> registry.export(card, "good", target, options, ExistingFile.REFUSE));

        assertEquals("OUTPUT_EXISTS", e.code());
        assertTrue(e.getMessage().contains(target.getFileName().toString()), e.getMessage());
        assertEquals("previous", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void overwriteReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "previous content, longer than the new one");

        registry.export(card, "good", target, options, ExistingFile.REPLACE);

        assertEquals("good:姜各庄镇人民政府:90\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void aMissingDirectoryIsNotWritable() {
        Path target = dir.resolve("no-such-dir").resolve("report.txt");

        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> registry.export(card, "good", target, options, ExistingFile.REFUSE));

        assertEquals("OUTPUT_NOT_WRITABLE", e.code());
        assertTrue(e.getMessage().contains("no-such-dir") && e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void aParentThatIsARegularFileIsNotWritable() throws IOException {
        // Works for every user, root included: no permission can make a file a directory.
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = notADir.resolve("report.txt");

        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> registry.export(card, "good", target, options, ExistingFile.REFUSE));

        assertEquals("OUTPUT_NOT_WRITABLE", e.code());
        assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
        assertEquals("x", Files.readString(notADir));
    }

    @Test
    void aTargetThatIsADirectoryIsNotWritable() throws IOException {
        Path target = Files.createDirectory(dir.resolve("report.txt"));

        SelfEvalException e = assertThrows(SelfEvalException.class,
                () -> registry.export(card, "good", target, options, ExistingFile.REPLACE));

        assertEquals("OUTPUT_NOT_WRITABLE", e.code());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void aReadOnlyDirectoryIsNotWritable() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (as in many CI containers) ignores directory permissions; the regular-file-parent
            // test above covers OUTPUT_NOT_WRITABLE there.
            assumeFalse(Files.isWritable(readOnly), "running as a user who may write anywhere (root)");
            Path target = readOnly.resolve("report.txt");

            SelfEvalException e = assertThrows(SelfEvalException.class,
                    () -> registry.export(card, "good", target, options, ExistingFile.REFUSE));

            assertEquals("OUTPUT_NOT_WRITABLE", e.code());
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
            assertEquals(List.of(), filesIn(readOnly));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theDocumentGetsTheDirectorysUsualPermissionsNotATemporaryFilesOwnerOnlyOnes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path target = dir.resolve("report.txt");

        registry.export(card, "good", target, options, ExistingFile.REFUSE);

        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(target));
    }

    @Test
    void anExportersOwnExportExceptionReachesTheCallerUnchanged() throws IOException {
        Path target = dir.resolve("report.txt");

        ExportException e = assertThrows(ExportException.class,
                () -> registry.export(card, "own", target, options, ExistingFile.REFUSE));

        assertSame(OwnExceptionExporter.FAILURE, e);
        assertEquals("FONT_MISSING_GLYPH", e.code());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aLinkageErrorBecomesAnExportExceptionNamingFormatAndClass() throws IOException {
        ExportException e = assertThrows(ExportException.class,
                () -> registry.export(card, "nolib", dir.resolve("r.txt"), options, ExistingFile.REFUSE));

        assertEquals("nolib", e.formatId());
        assertEquals(MissingLibraryExporter.class.getName(), e.exporterClass());
        assertInstanceOf(NoClassDefFoundError.class, e.getCause());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void anUnknownFormatWritesNothing() throws IOException {
        UnknownFormatException e = assertThrows(UnknownFormatException.class,
                () -> registry.export(card, "docx", dir.resolve("r.docx"), options, ExistingFile.REFUSE));

        assertEquals(List.of("good", "midway", "nolib", "own"), e.knownIds());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void exportExceptionOfWrapsARuntimeExceptionNamingFormatAndClass() {
        GoodExporter exporter = new GoodExporter();
        IllegalArgumentException cause = new IllegalArgumentException("bad cell A1");

        ExportException e = ExportException.of(exporter, cause);

        assertEquals("good", e.formatId());
        assertEquals(GoodExporter.class.getName(), e.exporterClass());
        assertSame(cause, e.getCause());
        assertEquals("export to good failed (" + GoodExporter.class.getName()
                + "): IllegalArgumentException: bad cell A1", e.getMessage());
        assertSame(e, ExportException.of(exporter, e));
    }

    @Test
    void theSameBytesAsAnExportToAStream() throws IOException {
        Path target = dir.resolve("report.txt");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        registry.export(card, "good", target, options, ExistingFile.REFUSE);
        registry.get("good").export(card, out, options);

        assertArrayEquals(out.toByteArray(), Files.readAllBytes(target));
    }
}
