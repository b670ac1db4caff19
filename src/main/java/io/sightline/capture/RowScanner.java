package io.sightline.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every readable row of a table of a possibly damaged file. A plain {@code SELECT *} stops at the first
 * damaged page and hides everything after it; this reads rowid windows, and a window that fails is read one
 * rowid at a time, so only the rows on damaged pages are lost — and their rowids are reported.
 */
final class RowScanner {
    private static final int WINDOW = 512;
    /** When {@code max(id)} itself cannot be read, keep probing this many windows past the last row found. */
    private static final int PROBE_WINDOWS = 64;

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Rows read, rowid ranges that could not be read, and whether rows past the last readable one may be lost
     * (the table's extent itself was unreadable, so how many is unknown).
     */
    record Result<T>(List<T> rows, List<long[]> unreadable, String failure, boolean tailUnknown) {
        int unreadableCount() {
            long n = 0;
            for (long[] r : unreadable) {
                n += r[1] - r[0] + 1;
            }
            return (int) n;
        }
    }

    private RowScanner() {
    }

    static <T> Result<T> scan(Connection db, String table, String columns, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        List<long[]> unreadable = new ArrayList<>();
        long max;
        String failure = null;
        try {
            max = maxId(db, table);
        } catch (SQLException e) {
            failure = "cannot read the extent of table " + table + ": " + e.getMessage();
            max = -1;
        }
        String sql = "SELECT " + columns + " FROM " + table + " WHERE id BETWEEN ? AND ? ORDER BY id";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            long lastFound = 0;
            for (long lo = 1; max >= 0 ? lo <= max : lo <= lastFound + (long) PROBE_WINDOWS * WINDOW; lo += WINDOW) {
                long hi = lo + WINDOW - 1;
                int before = rows.size();
                if (!readRange(ps, lo, hi, mapper, rows)) {
                    rows.subList(before, rows.size()).clear();
                    readOneByOne(ps, lo, hi, mapper, rows, unreadable);
                }
                if (rows.size() > before) {
                    lastFound = hi;
                }
            }
            if (max < 0) {
                long readableEnd = rows.isEmpty() ? 0 : lastFound;
                unreadable.removeIf(r -> r[0] > readableEnd); // past the last row found: unknown, not counted
            }
        } catch (SQLException e) {
            failure = "cannot read table " + table + ": " + e.getMessage();
        }
        return new Result<>(rows, unreadable, failure, max < 0);
    }

    private static long maxId(Connection db, String table) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT max(id) FROM " + table); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static <T> boolean readRange(PreparedStatement ps, long lo, long hi, RowMapper<T> mapper, List<T> out) {
        try {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static <T> void readOneByOne(PreparedStatement ps, long lo, long hi, RowMapper<T> mapper, List<T> out,
                                         List<long[]> unreadable) {
        for (long id = lo; id <= hi; id++) {
            int before = out.size();
            if (!readRange(ps, id, id, mapper, out)) {
                out.subList(before, out.size()).clear();
                long[] last = unreadable.isEmpty() ? null : unreadable.get(unreadable.size() - 1);
                if (last != null && last[1] == id - 1) {
                    last[1] = id;
                } else {
                    unreadable.add(new long[] {id, id});
                }
            }
        }
    }
}
