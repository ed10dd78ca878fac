package io.github.selfeval.export.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A number's text from {@link NumberText} is the text a fresh POI {@link DataFormatter} in
 * {@link Locale#ROOT} gives, for every number format filled forms use (built-in by id and custom) and any
 * number: whole ones around General's 10¹⁰ edge, negative zero, fractions, huge and tiny ones; and the
 * formatter kept per thread gives the same text however many formats it has seen.
 */
class NumberTextProperties {

    /** Custom formats seen in filled forms, with made-up ids from 164 as Excel numbers them. */
    private static final List<String> CUSTOM = List.of("General", "general", "0", "0.00", "#,##0", "#,##0.00",
            "#,##0.0", "0%", "0.00%", "0.0%", "#,##0.00_);(#,##0.00)", "0.00_ ", "#,##0.00;[Red]-#,##0.00", "@",
            "0.000", "\"¥\"#,##0.00", "0.00E+00", "[>100]0;0.0");

    private static Gen<Double> numbers() {
        Gen<Double> whole = longs().between(-20_000_000_000L, 20_000_000_000L).map(l -> (double) l);
        Gen<Double> edge = integers().between(-3, 3).map(i -> Math.copySign(1e10, i) + i);
        Gen<Double> cents = longs().between(-10_000_000_000L, 10_000_000_000L).map(l -> l / 100.0);
        Gen<Double> special = integers().between(0, 5).map(i -> new double[] {0.0, -0.0, 1e-11, -1e15, 9_999_999_999.0,
            0.5}[i]);
        return whole.mix(edge).mix(cents).mix(special).mix(doubles().between(-1e12, 1e12))
                .mix(doubles().between(-1e-3, 1e-3));
    }

    private static Gen<Integer> formats() {
        return integers().between(0, 49 + CUSTOM.size() - 1);
    }

    private static int id(int f) {
        return f < 50 ? f : 164 + f - 50;
    }

    private static String code(int f) {
        return f < 50 ? BuiltinFormats.getBuiltinFormat(f) : CUSTOM.get(f - 50);
    }

    @Test
    void showsWhatPoiShows() {
        qt().withExamples(20_000).forAll(numbers(), formats()).checkAssert((value, f) -> {
            String code = code(f);
            if (code == null) {
                return; // no built-in format by that id
            }
            NumberText.Kind kind = NumberText.kind(id(f), code);
            if (kind.date()) {
                return; // dates are left to POI's model
            }
            assertEquals(new DataFormatter(Locale.ROOT).formatRawCellContents(value, id(f), code),
                    NumberText.shown(value, id(f), code, kind), code + " of " + value);
            assertEquals(Grids.isPercent(code), kind.percent(), code);
        });
    }

    @Test
    void theThreadsFormatterStartingAgainChangesNoText() {
        for (int i = 0; i < NumberText.MAX_KEPT * 2 + 7; i++) {
            String code = "0." + "0".repeat(i % 9) + "_ ".repeat(i / 9);
            double value = 1234.5678 * i - 17.25;
            NumberText.Kind kind = NumberText.kind(164, code);
            assertEquals(new DataFormatter(Locale.ROOT).formatRawCellContents(value, 164, code),
                    NumberText.shown(value, 164, code, kind), code);
        }
    }
}
