package io.github.selfeval.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.FontSource;
import io.github.selfeval.model.Narrative;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fonts that cannot be used give errors naming the font (and the character); good fonts are embedded. */
class FontErrorsTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path WQY_TTC = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private static ExportException exportFails(ExportOptions options) {
        return assertThrows(ExportException.class, () -> SeedPdf.export(SeedPdf.card(), options));
    }

    @Test
    void aTextFileAsFontIsUnreadableNamingTheFont() throws IOException {
        byte[] text;
        try (InputStream in = getClass().getResourceAsStream("not-a-font.ttf")) {
            text = in.readAllBytes();
        }
        ExportException e = exportFails(ExportOptions.builder().bodyFont(FontSource.of("not-a-font.ttf", text)).build());
        assertEquals("FONT_UNREADABLE", e.code());
        assertEquals("pdf", e.formatId());
        assertTrue(e.getMessage().contains("'not-a-font.ttf'") && e.getMessage().contains("not a TrueType font"),
                e.getMessage());
    }

    @Test
    void aCffOpenTypeFontIsRefusedWithTheReason() {
        byte[] otf = new byte[64];
        System.arraycopy("OTTO".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, otf, 0, 4);
        ExportException e = exportFails(ExportOptions.builder().titleFont(FontSource.of("NotoSerifCJK.otf", otf))
                .build());
        assertEquals("FONT_UNREADABLE", e.code());
        assertTrue(e.getMessage().contains("'NotoSerifCJK.otf'") && e.getMessage().contains("CFF outlines"),
                e.getMessage());
    }

    @Test
    void aMissingFontFileIsUnreadableNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("simfang.ttf");
        ExportException e = exportFails(ExportOptions.builder().titleFont(FontSource.of(missing)).build());
        assertEquals("FONT_UNREADABLE", e.code());
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("title font"),
                e.getMessage());
    }

    @Test
    void aTruncatedFontIsUnreadable(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isReadable(DEJAVU), "DejaVuSans.ttf (fonts-dejavu-core) is not installed");
        Path broken = dir.resolve("broken.ttf");
        byte[] all = Files.readAllBytes(DEJAVU);
        Files.write(broken, java.util.Arrays.copyOf(all, 2000));
        ExportException e = exportFails(ExportOptions.builder().headingFont(FontSource.of(broken)).build());
        assertEquals("FONT_UNREADABLE", e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(broken.toString()), e.getMessage());
    }

    @Test
    void aLatinOnlyFontLacksTheFirstChineseCharacter() {
        assumeTrue(Files.isReadable(DEJAVU), "DejaVuSans.ttf (fonts-dejavu-core) is not installed");
        ExportException e = exportFails(ExportOptions.builder().bodyFont(FontSource.of(DEJAVU)).build());
        assertEquals("FONT_MISSING_GLYPH", e.code(), e.getMessage());
        // The first body text is the cover's "编制单位（盖章）：…": 编 is the first character DejaVu lacks.
        assertTrue(e.getMessage().contains(DEJAVU.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'编' (U+7F16)"), e.getMessage());
        assertTrue(e.getMessage().contains("cover.preparingUnit"), e.getMessage());
        assertTrue(e.getMessage().contains("--font-body"), e.getMessage());
    }

    @Test
    void aCharacterOutsideTheBundledFontIsNamedWithWhereItIs() {
        SelfEvaluation seed = SeedPdf.report();
        String far = new String(Character.toChars(0x20BB7));
        Narrative n = seed.narrative();
        SelfEvaluation report = seed.toBuilder()
                .narrative(new Narrative(n.overview(), n.goalsAndIndicators(), n.performanceAnalysis(),
                        List.of("问题：" + far + "野家。"), n.suggestions()))
                .build();
        ScoreCard card = Scorer.of(RulePacks.standard().get("hebei")).score(report);
        ExportException e = assertThrows(ExportException.class,
                () -> SeedPdf.export(card, ExportOptions.defaults()));
        assertEquals("FONT_MISSING_GLYPH", e.code());
        assertTrue(e.getMessage().contains("WenQuanYi Micro Hei (bundled"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + far + "' (U+20BB7)"), e.getMessage());
        assertTrue(e.getMessage().contains("narrative.problems[0]"), e.getMessage());
    }

    @Test
    void aFaceOfACollectionByIndexIsUsedAndEmbedded() throws IOException {
        assumeTrue(Files.isReadable(WQY_TTC), "wqy-microhei.ttc (fonts-wqy-microhei) is not installed");
        byte[] pdf = SeedPdf.export(SeedPdf.card(), ExportOptions.builder().deterministic(true)
                .titleFont(FontSource.of(WQY_TTC, 1)).build());
        List<String> names = fontNames(pdf);
        assertTrue(names.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+WenQuanYiMicroHeiMono")), names.toString());
        assertTrue(names.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+WenQuanYiMicroHei")), names.toString());
        assertTrue(SeedPdf.squeeze(SeedPdf.text(pdf)).contains("姜各庄镇人民政府部门"));
    }

    @Test
    void aFaceThatDoesNotExistIsUnreadable() {
        assumeTrue(Files.isReadable(WQY_TTC), "wqy-microhei.ttc (fonts-wqy-microhei) is not installed");
        ExportException e = exportFails(ExportOptions.builder().bodyFont(FontSource.of(WQY_TTC, 7)).build());
        assertEquals("FONT_UNREADABLE", e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(WQY_TTC + ",7"), e.getMessage());
    }

    @Test
    void fontBytesWorkLikeAFileAndEveryRoleStaysEmbedded() throws IOException {
        assumeTrue(Files.isReadable(WQY_TTC), "wqy-microhei.ttc (fonts-wqy-microhei) is not installed");
        byte[] ttc = Files.readAllBytes(WQY_TTC);
        byte[] pdf = SeedPdf.export(SeedPdf.card(), ExportOptions.builder()
                .bodyFont(FontSource.of("wqy-microhei.ttc", ttc)).build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded() && f.getName().matches("[A-Z]{6}\\+.+"), f.getName());
                }
            }
        }
    }

    @Test
    void discoveringSystemFontsStillGivesAnEmbeddedDocument() throws IOException {
        // Whatever this machine has (on CI usually none of 仿宋/黑体/楷体), the result is complete.
        byte[] pdf = SeedPdf.export(SeedPdf.card(), ExportOptions.builder().discoverSystemFonts(true).build());
        assertTrue(SeedPdf.squeeze(SeedPdf.text(pdf)).contains("自评得分"));
        for (String f : fontNames(pdf)) {
            assertTrue(f.matches("[A-Z]{6}\\+.+"), f);
        }
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
            return List.copyOf(names);
        }
    }
}
