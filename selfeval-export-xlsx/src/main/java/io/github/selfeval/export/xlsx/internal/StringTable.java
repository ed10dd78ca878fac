package io.github.selfeval.export.xlsx.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The workbook's shared-strings part kept as plain strings and written as XML text directly.
 *
 * <p>POI's own table keys every string by its xmlbeans XML text and saves the part through the xmlbeans
 * DOM; for selfeval's plain (unformatted) strings that was close to half of an export. This table holds
 * the same entries in the same order (first use first) and writes the same {@code <sst>} part. Only plain
 * text is kept: a rich string added through POI keeps its text and loses its runs, which selfeval never
 * writes. Not thread-safe; one per workbook.
 */
final class StringTable extends SharedStringsTable {
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    /** The index of a string in the table, adding it when new. */
    int indexOf(String s) {
        count++;
        Integer i = index.get(s);
        if (i != null) {
            return i;
        }
        int next = strings.size();
        index.put(s, next);
        strings.add(s);
        uniqueCount = strings.size();
        return next;
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        return indexOf(string.getString());
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(strings.get(idx));
    }

    @Override
    public List<RichTextString> getSharedStringItems() {
        List<RichTextString> out = new ArrayList<>(strings.size());
        for (String s : strings) {
            out.add(new XSSFRichTextString(s));
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        // Not closed: the caller owns the stream (POI closes the part's stream itself).
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        // The same prolog and attribute order as POI's own table.
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"");
        w.write(Integer.toString(count));
        w.write("\" uniqueCount=\"");
        w.write(Integer.toString(strings.size()));
        w.write("\" xmlns=\"");
        w.write(MAIN_NS);
        w.write("\">");
        for (String s : strings) {
            w.write(XmlText.preserves(s) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            XmlText.escape(s, w);
            w.write("</t></si>");
        }
        w.write("</sst>");
        w.flush();
    }
}
