package io.github.selfeval.export.docx;

import static io.github.selfeval.export.docx.WordFixtures.C;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.selfeval.export.SourceLocation;
import io.github.selfeval.export.read.FormGrid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * For random tables cut into random rectangles — written with gridSpan for the width and vMerge for
 * the height, as Word writes them — the grid read back has exactly those rectangles as its merged
 * regions, each rectangle's text in every cell it covers, and every cell located at its rectangle's
 * first cell.
 */
class GridProperties {

    /** A random partition of a rows × columns grid into rectangles, each {firstRow, firstColumn, lastRow, lastColumn}. */
    static List<int[]> partition(int rows, int columns, long seed) {
        Random random = new Random(seed);
        boolean[][] taken = new boolean[rows][columns];
        List<int[]> rects = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (taken[r][c]) {
                    continue;
                }
                int maxWidth = 0;
                while (c + maxWidth < columns && !taken[r][c + maxWidth]) {
                    maxWidth++;
                }
                int width = 1 + random.nextInt(Math.min(maxWidth, 4));
                int height = 1 + random.nextInt(Math.min(rows - r, 4));
                for (int rr = r; rr < r + height; rr++) {
                    for (int cc = c; cc < c + width; cc++) {
                        taken[rr][cc] = true;
                    }
                }
                rects.add(new int[] {r, c, r + height - 1, c + width - 1});
            }
        }
        return rects;
    }

    static byte[] docx(int rows, int columns, List<int[]> rects) {
        List<List<C>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<C> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                for (int[] x : rects) {
                    if (x[1] == c && x[0] <= r && r <= x[2]) {
                        int span = x[3] - x[1] + 1;
                        boolean tall = x[2] > x[0];
                        cells.add(r > x[0] ? C.contSpan(span) : new C(x[0] + "," + x[1], span, tall ? "restart" : null));
                    }
                }
            }
            table.add(cells);
        }
        return new WordFixtures.Doc().table(columns, table).bytes();
    }

    @Test
    void mergesReadBackAsTheRectanglesTheyWereWrittenAs() {
        qt().withExamples(25).withShrinkCycles(10).forAll(integers().between(1, 7), integers().between(1, 7), integers().all())
                .checkAssert((rows, columns, seed) -> {
                    List<int[]> rects = partition(rows, columns, seed);
                    FormGrid g = WordSourcesTest.read(docx(rows, columns, rects)).grids().get(0);
                    Set<FormGrid.Region> expected = new HashSet<>();
                    for (int[] x : rects) {
                        if (x[2] > x[0] || x[3] > x[1]) {
                            expected.add(new FormGrid.Region(x[0], x[1], x[2], x[3]));
                        }
                        for (int r = x[0]; r <= x[2]; r++) {
                            for (int c = x[1]; c <= x[3]; c++) {
                                org.junit.jupiter.api.Assertions.assertEquals(x[0] + "," + x[1], g.text(r, c));
                                org.junit.jupiter.api.Assertions.assertEquals(SourceLocation.tableCell(1, x[0] + 1, x[1] + 1),
                                        g.location(r, c));
                            }
                        }
                    }
                    org.junit.jupiter.api.Assertions.assertEquals(expected, new HashSet<>(g.merges()));
                    org.junit.jupiter.api.Assertions.assertEquals(g.merges().size(), expected.size(), "no region twice");
                });
    }
}
