package io.github.selfeval.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.pdf.PdfStyle;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovered system fonts: used when they can set the report, replaced by the bundled font when they
 * cannot be read or lack a character (the user did not choose them, so this is no error).
 */
class SystemFontFallbackTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path WQY_TTC = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private static ScoreCard seed() throws IOException {
        try (InputStream in = SystemFontFallbackTest.class.getResourceAsStream(
                "/io/github/selfeval/export/pdf/2023-jiangezhuang.json")) {
            SelfEvaluation r = SelfEvaluationJson.read(in);
            return Scorer.of(RulePacks.standard().get("hebei")).score(r);
        }
    }

    private static Set<String> fonts(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(n).getName());
                }
            }
        }
        return names;
    }

    private static byte[] export(PdfExporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(seed(), out, ExportOptions.builder().discoverSystemFonts(true).deterministic(true).build());
        return out.toByteArray();
    }

    @Test
    void aDiscoveredLatinOnlyBodyFontIsReplacedByTheBundledOne() throws IOException {
        assumeTrue(Files.isReadable(DEJAVU), "DejaVuSans.ttf is not installed");
        byte[] pdf = export(new PdfExporter(PdfStyle.gbt9704(),
                role -> role == FontRole.BODY ? Optional.of(DEJAVU) : Optional.empty()));
        Set<String> names = fonts(pdf);
        assertEquals(1, names.size(), names.toString());
        assertTrue(names.iterator().next().endsWith("+WenQuanYiMicroHei"), names.toString());
    }

    @Test
    void aDiscoveredFileThatIsNoFontIsSkipped(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("simhei.ttf");
        Files.writeString(fake, "not a font");
        byte[] pdf = export(new PdfExporter(PdfStyle.gbt9704(),
                role -> role == FontRole.HEADING ? Optional.of(fake) : Optional.empty()));
        assertEquals(1, fonts(pdf).size());
    }

    @Test
    void aDiscoveredChineseFontIsUsedForItsRole() throws IOException {
        assumeTrue(Files.isReadable(WQY_TTC), "wqy-microhei.ttc is not installed");
        byte[] pdf = export(new PdfExporter(PdfStyle.gbt9704(),
                role -> role == FontRole.HEADING ? Optional.of(WQY_TTC) : Optional.empty()));
        // The bundled font for title, sub-headings and body; the discovered .ttc (face 0) for headings.
        assertEquals(2, fonts(pdf).size(), fonts(pdf).toString());
    }

    @Test
    void findsTheOfficeFontsByNameInAnyCaseBestCandidateFirst(@TempDir Path dir) throws IOException {
        Path windows = Files.createDirectories(dir.resolve("Windows/Fonts"));
        Path linux = Files.createDirectories(dir.resolve("share/fonts/truetype/office"));
        for (Path p : new Path[] {windows.resolve("SIMHEI.TTF"), windows.resolve("simsun.ttc"),
            linux.resolve("FZXBSJW.TTF"), linux.resolve("simkai.ttf"), linux.resolve("simfang.ttf"),
            windows.resolve("arial.ttf")}) {
            Files.writeString(p, "x");
        }
        var found = SystemFonts.scan(java.util.List.of(windows, dir.resolve("missing"), dir.resolve("share")));
        assertEquals(windows.resolve("SIMHEI.TTF"), found.get(FontRole.HEADING));
        assertEquals(linux.resolve("simkai.ttf"), found.get(FontRole.SUBHEADING));
        assertEquals(linux.resolve("simfang.ttf"), found.get(FontRole.BODY));
        // 方正小标宋 is preferred to 宋体 for titles, wherever it is.
        assertEquals(linux.resolve("FZXBSJW.TTF"), found.get(FontRole.TITLE));
    }

    @Test
    void theSearchLooksInTheUsualFolders() {
        assertTrue(SystemFonts.folders().contains(Path.of("/usr/share/fonts")));
        assertTrue(SystemFonts.folders().contains(Path.of("C:\\Windows\\Fonts")));
        assertTrue(SystemFonts.folders().contains(Path.of(System.getProperty("user.home"), ".fonts")));
    }
}
