package io.github.selfeval.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.ReadLimits;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.docx.WordFixtures.C;
import io.github.selfeval.export.docx.internal.WordReading;
import io.github.selfeval.export.read.FormGrid;
import io.github.selfeval.export.read.SourceDocument;
import io.github.selfeval.scoring.RulePacks;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Examples;
import io.github.selfeval.testsupport.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A {@code .docx} read straight from its XML gives the same paragraphs (text, heading level, place) and the
 * same tables (cells, regions) as the read through POI's model: for every Word fixture in examples/files,
 * for selfeval's own export of every example and of random reports, and for random documents a word
 * processor would write (tables with spans, vertical merges and several lines per cell, headings by
 * outline level, by style and by a Chinese style name, tabs and line breaks); and what only POI's model
 * reads the same way (a hyperlink, a field, capitals by formatting, an unexpected part) is left to it.
 */
class StreamedDocxTest {
    private static final ReadLimits LIMITS = ReadOptions.defaults().limits();

    @Test
    void fixturesReadTheSameAsThroughPoi() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "files"))) {
            files = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "the fixtures are in examples/files");
        for (Path f : files) {
            assertSame(f.toString(), Files.readAllBytes(f), true);
        }
    }

    @Test
    void selfevalsOwnExportsReadTheSameAsThroughPoi() {
        for (String example : Examples.ALL) {
            byte[] docx = SeedDocx.export(Scorer.of(RulePacks.standard().get("hebei")).score(Examples.report(example)),
                    ExportOptions.defaults());
            assertSame(example, docx, true);
        }
        qt().withExamples(15).withShrinkCycles(5).forAll(Reports.validReports())
                .checkAssert(report -> assertSame("a random report's export", SeedDocx.export(
                        Scorer.of(RulePacks.standard().get("hebei")).score(report), ExportOptions.defaults()), true));
    }

    @Test
    void randomWordProcessorDocumentsReadTheSameAsThroughPoi() {
        qt().withExamples(80).withShrinkCycles(20)
                .forAll(lists().of(integers().between(0, 5)).ofSizeBetween(1, 12), lists().of(cells())
                        .ofSizeBetween(1, 8), integers().between(1, 4))
                .checkAssert((kinds, cells, width) -> {
                    WordFixtures.Doc doc = new WordFixtures.Doc();
                    int n = 0;
                    for (int k : kinds) {
                        String text = TEXTS.get(n++ % TEXTS.size());
                        switch (k) {
                            case 0 -> doc.paragraph(text);
                            case 1 -> doc.styled(List.of("Heading1", "Heading2", "ZhHeading", "ZhHeading3", "Title",
                                    "NoSuchStyle").get(n % 6), text);
                            case 2 -> doc.outlined(n % 10, text);
                            case 3 -> doc.paragraph("");
                            default -> doc.table(width * 2, rows(cells, width * 2));
                        }
                    }
                    assertSame("kinds " + kinds + ", cells " + cells, doc.bytes(), true);
                });
    }

    @Test
    void whatOnlyPoiReadsIsLeftToPoi() throws IOException {
        String p = "<w:p><w:r><w:t>前</w:t></w:r>%s<w:r><w:t>后</w:t></w:r></w:p>";
        for (String inner : List.of("<w:hyperlink w:anchor=\"a\"><w:r><w:t>链接</w:t></w:r></w:hyperlink>",
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
                "<w:r><w:rPr><w:caps/></w:rPr><w:t>abc</w:t></w:r>",
                "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>插入</w:t></w:r></w:ins>",
                "<w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>")) {
            byte[] docx = HostileWordTest.rezip(HostileWordTest.plain(), Map.of("word/document.xml",
                    HostileWordTest.body(String.format(p, inner)).getBytes(StandardCharsets.UTF_8)));
            assertSame(inner, docx, false);
        }
        byte[] withFootnotes = HostileWordTest.rezip(HostileWordTest.plain(), Map.of("word/footnotes.xml",
                "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(WordReading.streamed(withFootnotes, "f.docx", LIMITS).isEmpty(), "a part this reader does not know");
    }

    /** Plain texts, with what runs hold besides letters: a tab, a line break (a new line in the text). */
    private static final List<String> TEXTS = List.of("一、部门概况", "预算执行率\t75.24%", "第一行\n第二行", "  两边有空格  ",
            "Heading 1 <&> \"引号\"", "二、绩效目标");

    private static Gen<C> cells() {
        return integers().between(0, 5).zip(integers().between(1, 2), (kind, span) -> switch (kind) {
            case 0 -> C.span("单元格" + span, span);
            case 1 -> C.downSpan("合并" + span, span);
            case 2 -> C.contSpan(span);
            case 3 -> C.span("行一\n行二", span);
            case 4 -> C.span("", span);
            default -> C.span("金额\t3746.68", span);
        });
    }

    /** The cells laid out in rows of the grid's width (a row's last cell cut to fit). */
    private static List<List<C>> rows(List<C> cells, int width) {
        List<List<C>> rows = new ArrayList<>();
        List<C> row = new ArrayList<>();
        int used = 0;
        for (C c : cells) {
            int span = Math.min(c.span(), width - used);
            row.add(new C(c.text(), span, c.vmerge()));
            used += span;
            if (used == width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** Both paths read the document alike; {@code streamed}: the straight read takes it (else leaves it to POI). */
    private static void assertSame(String what, byte[] docx, boolean streamed) {
        SourceDocument poi = WordReading.throughPoi(docx, "f.docx", LIMITS);
        Optional<SourceDocument> straight = WordReading.streamed(docx, "f.docx", LIMITS);
        assertEquals(streamed, straight.isPresent(), what + (streamed ? ": read without POI's model"
                : ": left to POI's model"));
        SourceDocument read = WordReading.read(new ByteArrayInputStream(docx), ReadOptions.defaults()
                .withSourceName("f.docx"));
        for (SourceDocument other : straight.isPresent() ? List.of(straight.get(), read) : List.of(read)) {
            assertEquals(poi.name(), other.name(), what);
            assertEquals(poi.paragraphs(), other.paragraphs(), what + ": paragraphs");
            assertEquals(poi.parts().size(), other.parts().size(), what + ": parts");
            for (int i = 0; i < poi.parts().size(); i++) {
                assertEquals(poi.parts().get(i).getClass(), other.parts().get(i).getClass(), what + ": part " + i);
            }
            assertEquals(poi.grids().size(), other.grids().size(), what + ": tables");
            for (int g = 0; g < poi.grids().size(); g++) {
                FormGrid a = poi.grids().get(g);
                FormGrid b = other.grids().get(g);
                assertEquals(a.tableNumber(), b.tableNumber(), what);
                assertEquals(a.rows(), b.rows(), what + ": rows");
                assertEquals(a.columns(), b.columns(), what + ": columns");
                assertEquals(a.merges(), b.merges(), what + ": merged regions");
                assertEquals(a.filled(), b.filled(), what + ": filled cells");
                for (FormGrid.Position p : a.filled()) {
                    assertEquals(a.cell(p.row(), p.column()), b.cell(p.row(), p.column()), what + " at " + p);
                }
            }
        }
    }
}
