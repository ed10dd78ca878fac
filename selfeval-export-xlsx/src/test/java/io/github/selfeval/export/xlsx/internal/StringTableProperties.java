package io.github.selfeval.export.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * selfeval's shared-strings part reads back, with POI's own reader, as the same strings at the same
 * indexes as POI's own table written from the same cells: any text, white space at either end, line
 * breaks, markup characters and characters XML cannot carry included.
 */
class StringTableProperties {

    /** Texts from the whole of Unicode, and texts built from the characters that need escaping. */
    private static Gen<String> texts() {
        Gen<String> awkward = lists().of(strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 3)
                .mix(strings().betweenCodePoints(0xFFFD, 0x10FFFF).ofLengthBetween(0, 2))).ofSizeBetween(0, 6)
                .map(parts -> String.join(" ", parts));
        return strings().allPossible().ofLengthBetween(0, 20).mix(awkward)
                .mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 20));
    }

    @Test
    void readsBackLikePoisOwnTable() {
        qt().withExamples(500).forAll(lists().of(texts()).ofSizeBetween(0, 12)).checkAssert(cells -> {
            SharedStringsTable theirs = new SharedStringsTable();
            StringTable ours = new StringTable();
            List<Integer> theirIndexes = new ArrayList<>();
            List<Integer> ourIndexes = new ArrayList<>();
            for (String c : cells) {
                theirIndexes.add(theirs.addSharedStringItem(new XSSFRichTextString(c)));
                ourIndexes.add(ours.indexOf(c));
            }
            assertEquals(theirIndexes, ourIndexes, "indexes");
            assertEquals(texts(reread(theirs)), texts(reread(ours)), "texts read back");
            assertEquals(theirs.getCount(), ours.getCount(), "count");
            assertEquals(theirs.getUniqueCount(), ours.getUniqueCount(), "unique count");
        });
    }

    @Test
    void keepsWhiteSpaceAndMarkup() {
        StringTable ours = new StringTable();
        List<String> cells = List.of(" 前后有空格 ", "第一行\n第二行", "a\tb", "<b>&amp;\"'</b>", "", "=SUM(A1)");
        cells.forEach(ours::indexOf);
        assertEquals(cells, texts(reread(ours)));
    }

    private static SharedStringsTable reread(SharedStringsTable table) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            table.writeTo(out);
            SharedStringsTable back = new SharedStringsTable();
            back.readFrom(new ByteArrayInputStream(out.toByteArray()));
            return back;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(SharedStringsTable table) {
        List<String> out = new ArrayList<>();
        for (RichTextString s : table.getSharedStringItems()) {
            out.add(s.getString());
        }
        return out;
    }
}
