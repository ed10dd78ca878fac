package io.github.selfeval.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.pdf.PdfStyle;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.SelfEvaluationJson;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The embedded font program: deflated at {@link DocumentFonts#FONT_STREAM_COMPRESSION} (the cheap level
 * chosen for its CPU cost), still a TrueType subset another reader parses, with the report's glyphs.
 */
class FontStreamTest {

    private record Embedded(byte[] raw, byte[] program, PDCIDFontType2 font) {
    }

    private static byte[] seedPdf() throws IOException {
        try (InputStream in = FontStreamTest.class.getResourceAsStream(
                "/io/github/selfeval/export/pdf/2023-jiangezhuang.json")) {
            SelfEvaluation r = SelfEvaluationJson.read(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfExporter(PdfStyle.gbt9704()).export(Scorer.of(RulePacks.standard().get("hebei")).score(r), out,
                    ExportOptions.builder().deterministic(true).includeAudit(true).build());
            return out.toByteArray();
        }
    }

    private static List<Embedded> embedded(PDDocument doc) throws IOException {
        List<Embedded> found = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                if (f instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid
                        && found.stream().noneMatch(e -> e.font().getName().equals(cid.getName()))) {
                    COSStream s = cid.getFontDescriptor().getFontFile2().getCOSObject();
                    try (InputStream raw = s.createRawInputStream(); InputStream program = s.createInputStream()) {
                        found.add(new Embedded(raw.readAllBytes(), program.readAllBytes(), cid));
                    }
                }
            }
        }
        return found;
    }

    private static byte[] deflate(byte[] data, int level) {
        Deflater d = new Deflater(level);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2);
            byte[] buf = new byte[1 << 16];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    @Test
    void theFontProgramIsDeflatedAtTheCheapLevelAndStillReads() throws IOException {
        try (PDDocument doc = Loader.loadPDF(seedPdf())) {
            List<Embedded> fonts = embedded(doc);
            assertEquals(1, fonts.size(), "one embedded subset of the bundled font");
            Embedded e = fonts.get(0);
            assertTrue(e.font().getName().endsWith("+WenQuanYiMicroHei"), e.font().getName());
            // The stored bytes are exactly what zlib makes of the program at the chosen level.
            assertArrayEquals(deflate(e.program(), DocumentFonts.FONT_STREAM_COMPRESSION), e.raw());
            // and not what the default level would have made (so this test sees a change of level).
            assertTrue(deflate(e.program(), Deflater.DEFAULT_COMPRESSION).length < e.raw().length);
            // A TrueType program PDFBox parses, with outlines for the report's characters.
            var ttf = e.font().getTrueTypeFont();
            // The subset keeps the bundled font's glyph ids (Identity-H, CID = GID): look them up there.
            var cmap = new TTFParser().parse(new RandomAccessReadBuffer(BundledFont.sharedBytes()))
                    .getUnicodeCmapLookup();
            for (String ch : new String[] {"绩", "效", "自", "评", "表", "预", "算", "执", "行", "率"}) {
                int gid = cmap.getGlyphId(ch.codePointAt(0));
                assertTrue(gid > 0, "the bundled font maps " + ch);
                assertTrue(ttf.getGlyph().getGlyph(gid).getNumberOfContours() != 0, // -1: composite
                        "the glyph of " + ch + " has its outline (simple or composite) in the embedded subset");
            }
        }
    }
}
