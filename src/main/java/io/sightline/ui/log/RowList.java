package io.sightline.ui.log;

import io.sightline.source.log.LogLines;
import javafx.collections.ObservableListBase;

import java.util.Arrays;
import java.util.Collections;

/**
 * The rows of the log list as a virtual list: row i is line {@code filtered[i]} (or line i without a filter).
 * The ListView asks only for visible rows, so 10 million lines cost no objects here. Changed on the FX thread.
 * Cells compare the line's text, not the row's number, so rows whose lines moved are reported as replaced.
 */
final class RowList extends ObservableListBase<Integer> {
    private int[] filtered;
    private int size;

    @Override
    public Integer get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row);
        }
        return filtered == null ? row : filtered[row];
    }

    @Override
    public int size() {
        return size;
    }

    /** All lines 0..lineCount-1 (no filter), everything replaced. */
    void showAll(int lineCount) {
        change(0, 0, null, lineCount);
    }

    void showFiltered(int[] rows) {
        change(0, 0, rows, rows.length);
    }

    /**
     * The lines after a refresh that changed them as {@code change} says; {@code rows} is the new filtered
     * mapping (null: no filter). Reported as precisely as it happened — rows removed at the front, the changed
     * tail replaced, new rows added at the end — because the list's skin marks every replaced row dirty one by
     * one (a layout request each): replacing 200,000 rows for 2,000 new ones stalled the FX thread. Returns the
     * rows that left the front.
     */
    int apply(LogLines.Change change, int[] rows, int newSize) {
        int[] old = filtered;
        int droppedRows;
        int keptRows; // after the drop
        if (old == null) {
            droppedRows = Math.min(change.dropped(), size);
            keptRows = Math.min(change.kept(), size - droppedRows);
        } else {
            droppedRows = countBelow(old, change.dropped());
            keptRows = countBelow(old, change.dropped() + change.kept()) - droppedRows;
        }
        change(droppedRows, keptRows, rows, newSize);
        return droppedRows;
    }

    /** How many of the sorted {@code lines} are below {@code line}. */
    static int countBelow(int[] sorted, int line) {
        int i = Arrays.binarySearch(sorted, line);
        return i >= 0 ? i : -i - 1;
    }

    /** One change: {@code dropped} rows off the front, then everything after the first {@code kept} replaced. */
    private void change(int dropped, int kept, int[] rows, int newSize) {
        kept = Math.min(kept, Math.min(size - dropped, newSize));
        int remaining = size - dropped;
        beginChange();
        if (dropped > 0) {
            nextRemove(0, Collections.nCopies(dropped, 0));
        }
        if (remaining > kept) {
            nextRemove(kept, Collections.nCopies(remaining - kept, 0));
        }
        filtered = rows;
        size = newSize;
        if (newSize > kept) {
            nextAdd(kept, newSize);
        }
        endChange();
    }

    /** The current row-to-line array (null: identity); never changed in place, safe to hand to a worker. */
    int[] mapping() {
        return filtered;
    }

    int lineToRow(int line) {
        if (filtered == null) {
            return line;
        }
        int i = Arrays.binarySearch(filtered, line);
        return i >= 0 ? i : Math.min(-i - 1, size - 1);
    }
}
