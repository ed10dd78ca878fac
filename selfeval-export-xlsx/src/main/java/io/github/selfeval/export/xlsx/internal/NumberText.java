package io.github.selfeval.export.xlsx.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text a number cell shows in its number format, exactly as POI's {@link DataFormatter} in
 * {@link Locale#ROOT} gives it ({@link DataFormatter#formatRawCellContents}), for {@link StreamedGrids}.
 *
 * <p>What a format is (a date, a percentage, Excel's General) is worked out once per format and kept;
 * a whole number in General below 10¹⁰ is written without a formatter (POI writes it with the pattern
 * {@code #}, digits only); every other number goes to a {@code DataFormatter} kept per thread, so its
 * built formats serve every workbook the thread reads rather than one. Thread-safe.
 */
final class NumberText {

    /** What a format is, worked out once. */
    record Kind(boolean date, boolean percent, boolean general) {
    }

    /** The most formats kept: more (a hostile workbook's) and the cache starts again. */
    static final int MAX_KEPT = 512;
    /** The largest whole number General writes as digits (POI: below 10¹⁰, else up to 11 significant digits). */
    private static final double GENERAL_DIGITS_BELOW = 1e10;

    private static final Map<String, Kind> KINDS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Formatter> FORMATTER = ThreadLocal.withInitial(Formatter::new);

    /** A formatter with the formats it has built, started again after {@link #MAX_KEPT} of them. */
    private static final class Formatter {
        private DataFormatter poi = new DataFormatter(Locale.ROOT);
        private final Set<String> formats = new HashSet<>();

        String format(double value, int id, String format) {
            if (formats.add(format) && formats.size() > MAX_KEPT) {
                formats.clear();
                formats.add(format);
                poi = new DataFormatter(Locale.ROOT);
            }
            return poi.formatRawCellContents(value, id, format);
        }
    }

    private NumberText() {
    }

    /**
     * What the format is.
     *
     * @param id the number format's id
     * @param format its code
     * @return whether a date (which {@link StreamedGrids} leaves to POI's model), a percentage, General
     */
    static Kind kind(int id, String format) {
        String key = id + ":" + format;
        Kind k = KINDS.get(key);
        if (k == null) {
            k = new Kind(DateUtil.isADateFormat(id, format), Grids.isPercent(format),
                    "General".equalsIgnoreCase(format));
            if (KINDS.size() >= MAX_KEPT) {
                KINDS.clear();
            }
            KINDS.put(key, k);
        }
        return k;
    }

    /**
     * The text shown.
     *
     * @param value a finite number, in no date format
     * @param id the number format's id
     * @param format its code
     * @param kind {@link #kind}{@code (id, format)}
     * @return what {@code new DataFormatter(Locale.ROOT).formatRawCellContents(value, id, format)} gives
     */
    static String shown(double value, int id, String format, Kind kind) {
        if (kind.general() && value == Math.rint(value) && Math.abs(value) < GENERAL_DIGITS_BELOW) {
            return Long.toString((long) value);
        }
        return FORMATTER.get().format(value, id, format);
    }
}
