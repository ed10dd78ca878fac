package io.github.selfeval.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The peer is only a fair comparison if it writes the same cells: FastExcel's workbook, read back with
 * POI, must hold exactly the cells, formulas and merges of selfeval's.
 */
class FastExcelPeerTest {

    @Test
    void fastExcelWritesTheSameCellsAsSelfevalForTheSeed() {
        check(Fixtures.score(Fixtures.seed()));
    }

    @Test
    void fastExcelWritesTheSameCellsAsSelfevalForTwoHundredIndicators() {
        check(Fixtures.score(Fixtures.large()));
    }

    private static void check(io.github.selfeval.scoring.ScoreCard card) {
        CellGrid ours = CellGrid.read(Fixtures.export(Fixtures.exporter("xlsx"), card));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FastExcelWriter(ours).write(out);
        CellGrid theirs = CellGrid.read(out.toByteArray());
        assertTrue(ours.cellCount() > 50, "selfeval's workbook has cells: " + ours.cellCount());
        assertEquals(ours.sheets().size(), theirs.sheets().size(), "sheets");
        for (int i = 0; i < ours.sheets().size(); i++) {
            CellGrid.SheetGrid a = ours.sheets().get(i);
            CellGrid.SheetGrid b = theirs.sheets().get(i);
            assertEquals(a.name(), b.name(), "sheet name");
            assertEquals(a.merged().stream().map(Object::toString).sorted().toList(),
                    b.merged().stream().map(Object::toString).sorted().toList(), a.name() + ": merged regions");
            int rows = Math.max(a.rows().size(), b.rows().size());
            for (int r = 0; r < rows; r++) {
                assertEquals(trim(a, r), trim(b, r), a.name() + " row " + (r + 1));
            }
        }
    }

    /** A row without its trailing empty cells (POI and FastExcel disagree on where a row ends). */
    private static java.util.List<CellGrid.CellValue> trim(CellGrid.SheetGrid s, int r) {
        if (r >= s.rows().size()) {
            return java.util.List.of();
        }
        java.util.List<CellGrid.CellValue> row = new java.util.ArrayList<>(s.rows().get(r));
        while (!row.isEmpty() && row.get(row.size() - 1) == null) {
            row.remove(row.size() - 1);
        }
        return row;
    }
}
