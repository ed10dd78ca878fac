package io.github.selfeval.export.xlsx.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged regions of a sheet, looked up by cell without expanding them: sorted by first row, with
 * the running maximum of last rows, so that a lookup looks only at regions that can reach the row.
 * Memory is one entry per region, whatever the regions cover. Immutable.
 */
final class MergeIndex {
    private final CellRangeAddress[] regions;
    private final int[] reach;

    MergeIndex(List<CellRangeAddress> merged) {
        List<CellRangeAddress> sorted = new ArrayList<>(merged);
        sorted.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        regions = sorted.toArray(new CellRangeAddress[0]);
        reach = new int[regions.length];
        int max = -1;
        for (int i = 0; i < regions.length; i++) {
            max = Math.max(max, regions[i].getLastRow());
            reach[i] = max;
        }
    }

    /** The region covering a cell, or null. */
    CellRangeAddress at(int row, int column) {
        // The last region starting at or above the row; walk back while some earlier region still reaches it.
        int lo = 0;
        int hi = regions.length - 1;
        int start = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (regions[mid].getFirstRow() <= row) {
                start = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = start; i >= 0 && reach[i] >= row; i--) {
            CellRangeAddress r = regions[i];
            if (r.getLastRow() >= row && r.getFirstColumn() <= column && column <= r.getLastColumn()) {
                return r;
            }
        }
        return null;
    }
}
