package io.github.selfeval.export.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever a user writes reads back as written: text made mostly of Markdown's special characters,
 * escaped by {@link Markdown} and parsed by commonmark-java, gives back the text, in a table cell, a
 * paragraph, a heading and a list item.
 */
class MarkdownEscapingProperties {

    /** Markdown syntax characters, line-start markers, digits, spaces, line breaks, CJK and a supplementary character. */
    private static final String ALPHABET = "\\`*_[]()<>|~&!#-+=.:;/\"'1290 \t\n\r中文（）｜＃𠮷aZ";

    private static final int EXAMPLES = 2_000;

    private static Gen<String> text() {
        int[] codePoints = ALPHABET.codePoints().toArray();
        Gen<String> one = Generate.pick(java.util.Arrays.stream(codePoints).boxed().toList())
                .map(Character::toString);
        return SourceDSL.lists().of(one).ofSizeBetween(1, 24).map(l -> String.join("", l));
    }

    private static MarkdownReader parse(String markdown) {
        return new MarkdownReader(markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTableCellReadsBackAsOneLine() {
        qt().withExamples(EXAMPLES).forAll(text()).checkAssert(t -> {
            String md = new Markdown().tableHeader(List.of("h", "x"), List.of(false, false))
                    .tableRow(List.of(t, "end")).toString();
            List<String> row = parse(md).table("h").rows().get(0);
            assertEquals(List.of(MarkdownExporterTest.oneLine(t), "end"), row, md);
        });
    }

    @Test
    void aParagraphReadsBackLineForLine() {
        qt().withExamples(EXAMPLES).forAll(text()).checkAssert(t -> {
            String expected = String.join("\n", t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            String md = new Markdown().paragraph(t).toString();
            List<String> paragraphs = parse(md).paragraphs();
            assertEquals(expected.isEmpty() ? List.of() : List.of(expected), paragraphs, md);
            assertEquals(List.of(), parse(md).find(MarkdownReader.NEVER_WRITTEN), md);
        });
    }

    @Test
    void aHeadingReadsBackAndStaysTheOnlyHeading() {
        qt().withExamples(EXAMPLES).forAll(text()).checkAssert(t -> {
            String md = new Markdown().heading(2, t).paragraph("正文").toString();
            assertEquals(List.of("2 " + MarkdownExporterTest.oneLine(t)).toString().strip(),
                    parse(md).headings().toString().strip(), md);
        });
    }

    @Test
    void aNumberedItemReadsBack() {
        qt().withExamples(EXAMPLES).forAll(text()).checkAssert(t -> {
            String md = new Markdown().numbered(List.of(t, "next")).toString();
            assertEquals(List.of(MarkdownExporterTest.oneLine(t), "next"), parse(md).listItems(), md);
        });
    }
}
