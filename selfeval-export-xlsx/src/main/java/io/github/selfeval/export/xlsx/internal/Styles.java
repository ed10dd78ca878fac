package io.github.selfeval.export.xlsx.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles, made once per combination of role, highlight and quote prefix.
 *
 * <p>Fonts are named, not embedded: 宋体 for titles and labels, 仿宋 for what was filled in; the viewer
 * substitutes when it lacks them.
 */
final class Styles {

    /** What a cell is. */
    enum Role {
        TITLE, LABEL, TEXT, CENTER, NUMBER, TOTAL, NOTE, PLAIN, HEADER
    }

    /** The fill that marks a cell an audit finding points at. */
    enum Mark {
        NONE(null), ERROR(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}),
        WARNING(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}),
        INFO(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7});

        private final byte[] rgb;

        Mark(byte[] rgb) {
            this.rgb = rgb;
        }
    }

    record Key(Role role, Mark mark, boolean quoted) {
    }

    static final String FONT_SONG = "宋体";
    static final String FONT_FANGSONG = "仿宋";

    private final XSSFWorkbook workbook;
    private final Map<Key, XSSFCellStyle> styles = new HashMap<>();
    private final Map<Short, Key> keys = new HashMap<>();
    private final Map<Role, XSSFFont> fonts = new EnumMap<>(Role.class);

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    XSSFCellStyle get(Role role) {
        return get(new Key(role, Mark.NONE, false));
    }

    XSSFCellStyle get(Key key) {
        XSSFCellStyle s = styles.get(key);
        if (s == null) {
            s = create(key);
            styles.put(key, s);
            keys.put(s.getIndex(), key);
        }
        return s;
    }

    /** The key a style was made from, or null for a style this class did not make. */
    Key keyOf(CellStyle style) {
        return keys.get(style.getIndex());
    }

    /** Font height in points of a role, for row height estimates. */
    static int fontPoints(Role role) {
        return switch (role) {
            case TITLE -> 18;
            case HEADER -> 12;
            default -> 10;
        };
    }

    private XSSFFont font(Role role) {
        return fonts.computeIfAbsent(role, r -> {
            XSSFFont f = workbook.createFont();
            boolean song = r == Role.TITLE || r == Role.LABEL || r == Role.TOTAL || r == Role.HEADER;
            f.setFontName(song ? FONT_SONG : FONT_FANGSONG);
            f.setFontHeightInPoints((short) fontPoints(r));
            f.setBold(r == Role.TITLE || r == Role.LABEL || r == Role.TOTAL || r == Role.HEADER);
            f.setCharSet(Font.DEFAULT_CHARSET);
            return f;
        });
    }

    private XSSFCellStyle create(Key key) {
        XSSFCellStyle s = workbook.createCellStyle();
        Role r = key.role();
        s.setFont(font(r));
        s.setWrapText(r != Role.PLAIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setAlignment(switch (r) {
            case TITLE, LABEL, CENTER, NUMBER, TOTAL, HEADER -> HorizontalAlignment.CENTER;
            default -> HorizontalAlignment.LEFT;
        });
        if (r != Role.TITLE && r != Role.NOTE && r != Role.PLAIN && r != Role.HEADER) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (r == Role.NUMBER || r == Role.TOTAL) {
            s.setDataFormat(workbook.createDataFormat().getFormat("General"));
        }
        if (key.mark() != Mark.NONE) {
            s.setFillForegroundColor(new XSSFColor(key.mark().rgb, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        // Text that would read as a formula (=, +, -, @) keeps Excel's quote prefix, so that editing
        // the cell later does not turn it into one either.
        s.setQuotePrefixed(key.quoted());
        return s;
    }
}
