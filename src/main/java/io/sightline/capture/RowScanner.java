package io.sightline.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every readable row of a table of a possibly damaged file. A plain {@code SELECT *} stops at the first
 * damaged page and hides everything after it; this reads in keyset pages ({@code id > last ORDER BY id LIMIT n}),
 * and when a page of rows fails it tries those rowids one at a time and then seeks past them, so only the rows
 * on damaged pages are lost — and their rowids are reported.
 */
final class RowScanner {
    private static final int WINDOW = 512;
    /** When {@code max(id)} itself cannot be read, give up after this many windows without a readable row. */
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

    /** A row read, with its rowid. */
    private record Row<T>(long id, T value) {
    }

    private RowScanner() {
    }

    /** Reads {@code columns} (which must start with {@code id}) of every readable row of {@code table}. */
    static <T> Result<T> scan(Connection db, String table, String columns, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        List<long[]> unreadable = new ArrayList<>();
        String failure = null;
        long max;
        try {
            max = maxId(db, table);
        } catch (SQLException e) {
            failure = "cannot read the extent of table " + table + ": " + e.getMessage();
            max = -1;
        }
        String page = "SELECT " + columns + " FROM " + table + " WHERE id > ? ORDER BY id LIMIT " + WINDOW;
        String one = "SELECT " + columns + " FROM " + table + " WHERE id = ?";
        try (PreparedStatement pageQuery = db.prepareStatement(page); PreparedStatement oneQuery = db.prepareStatement(one)) {
            long last = 0;
            int barren = 0;
            while (max < 0 ? barren < PROBE_WINDOWS : last < max) {
                List<Row<T>> got = read(pageQuery, last, mapper);
                if (got != null) {
                    got.forEach(r -> rows.add(r.value()));
                    if (got.size() < WINDOW) {
                        break; // the end of the table
                    }
                    last = got.get(got.size() - 1).id();
                    barren = 0;
                    continue;
                }
                int before = rows.size();
                for (long id = last + 1; id <= last + WINDOW; id++) {
                    List<Row<T>> single = read(oneQuery, id, mapper);
                    if (single == null) {
                        markUnreadable(unreadable, id);
                    } else {
                        single.forEach(r -> rows.add(r.value()));
                    }
                }
                barren = rows.size() > before ? 0 : barren + 1;
                last += WINDOW;
            }
            if (max < 0) {
                long lastRead = last - (long) barren * WINDOW;
                unreadable.removeIf(r -> r[0] > lastRead); // past the last row found: unknown, not counted
            } else {
                long end = max;
                unreadable.removeIf(r -> r[0] > end);
                unreadable.forEach(r -> r[1] = Math.min(r[1], end));
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

    /** The rows of one query, or null when it hit a damaged page. */
    private static <T> List<Row<T>> read(PreparedStatement ps, long key, RowMapper<T> mapper) {
        List<Row<T>> out = new ArrayList<>();
        try {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row<>(rs.getLong(1), mapper.map(rs)));
                }
            }
            return out;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    private static void markUnreadable(List<long[]> unreadable, long id) {
        long[] last = unreadable.isEmpty() ? null : unreadable.get(unreadable.size() - 1);
        if (last != null && last[1] == id - 1) {
            last[1] = id;
        } else {
            unreadable.add(new long[] {id, id});
        }
    }
}
