package io.sightline.ui.log;

import javafx.collections.ObservableListBase;

/**
 * The rows of the log list as a virtual list: row i is line {@code filtered[i]} (or line i without a filter).
 * The ListView asks only for visible rows, so 10 million lines cost no objects here. Changed on the FX thread.
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

    /** All lines 0..lineCount-1 (no filter). Growth is reported as an add at the end, so the view keeps its place. */
    void showAll(int lineCount) {
        if (filtered == null && lineCount >= size) {
            grow(lineCount);
            return;
        }
        replace(null, lineCount);
    }

    void showFiltered(int[] rows) {
        replace(rows, rows.length);
    }

    private void grow(int newSize) {
        if (newSize == size) {
            return;
        }
        int old = size;
        size = newSize;
        beginChange();
        nextAdd(old, newSize);
        endChange();
    }

    private void replace(int[] rows, int newSize) {
        beginChange();
        if (size > 0) {
            nextRemove(0, java.util.Collections.nCopies(size, 0));
        }
        filtered = rows;
        size = newSize;
        if (newSize > 0) {
            nextAdd(0, newSize);
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
        int i = java.util.Arrays.binarySearch(filtered, line);
        return i >= 0 ? i : Math.min(-i - 1, size - 1);
    }
}
