package io.github.selfeval.export.xlsx.internal;

import io.github.selfeval.scoring.RoundingPolicy;

/**
 * Turns a {@link RoundingPolicy.Step} into the spreadsheet function that rounds the same way.
 *
 * <p>Exact correspondences: {@code HALF_UP} is {@code ROUND} (both round half away from zero),
 * {@code DOWN} is {@code ROUNDDOWN} (towards zero), {@code UP} is {@code ROUNDUP} (away from zero).
 * {@code FLOOR} and {@code CEILING} become {@code ROUNDDOWN} / {@code ROUNDUP}, which is exact for the
 * non-negative scores and rates the form holds. {@code HALF_EVEN} and {@code HALF_DOWN} have no
 * spreadsheet function; they become {@code ROUND}, which differs only on an exact tie (e.g. 7.25 to
 * one place). The cached value written with each formula is always the policy's own, exact result,
 * so a viewer that does not recalculate shows the library's number even then.
 */
final class ExcelRounding {
    private ExcelRounding() {
    }

    static String wrap(String expression, RoundingPolicy.Step step) {
        String fn = switch (step.mode()) {
            case UP, CEILING -> "ROUNDUP";
            case DOWN, FLOOR -> "ROUNDDOWN";
            case HALF_UP, HALF_EVEN, HALF_DOWN -> "ROUND";
            case UNNECESSARY -> throw new IllegalArgumentException("UNNECESSARY cannot round");
        };
        return fn + "(" + expression + "," + step.scale() + ")";
    }
}
