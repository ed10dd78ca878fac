package io.github.selfeval.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary names that fit beside any target name the file system takes (issue 16, defect 7). */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyTargetNameUpTo255BytesIsWrittenAndLeavesNoTemporaryFile() throws Exception {
        for (int bytes = 230; bytes <= 255; bytes++) {
            // three-byte characters, so that shortening must stop at a character boundary
            String name = "报".repeat((bytes - 4) / 3) + "x".repeat((bytes - 4) % 3) + ".pdf";
            assertEquals(bytes, name.getBytes(StandardCharsets.UTF_8).length);
            Path target = dir.resolve(name);
            AtomicFiles.write(target, false, out -> out.write(new byte[] {1, 2, 3}));
            assertEquals(3, Files.size(target), name);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> AtomicFiles.isTemporaryName(p.getFileName().toString())).toList());
        }
    }

    @Test
    void aTemporaryNameIsAtMost255BytesAndRecognised() {
        String hex = "0123456789ab";
        for (String target : List.of("r.pdf", "报".repeat(85), "x".repeat(255), "报".repeat(80) + "x.xlsx")) {
            String tmp = AtomicFiles.temporaryName(target, hex);
            assertTrue(tmp.getBytes(StandardCharsets.UTF_8).length <= AtomicFiles.MAX_NAME_BYTES, tmp);
            assertTrue(AtomicFiles.isTemporaryName(tmp), tmp);
            assertFalse(tmp.contains("\uFFFD"), "cut at a character boundary: " + tmp);
        }
        assertEquals(".r.pdf.0123456789ab.tmp", AtomicFiles.temporaryName("r.pdf", hex));
        assertFalse(AtomicFiles.isTemporaryName(".keep"));
        assertFalse(AtomicFiles.isTemporaryName("r.pdf"));
        assertFalse(AtomicFiles.isTemporaryName(".r.pdf.0123456789AB.tmp"));
    }
}
