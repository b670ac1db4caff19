package io.sightline.capture;

import io.sightline.capture.codec.ChunkSummary;
import io.sightline.series.SeriesId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Min and max per pixel column for every series over a time range, computed from the chunks' block summaries
 * alone: the first frame of a replay needs no sample decoded. A column's envelope may reach into the blocks at
 * its edges (a block is {@value ChunkSummary#BLOCK} samples), so it is never narrower than the data, at most
 * one block wider; the exact view replaces it once the samples are loaded.
 *
 * @param min per series, per column; NaN where there is no data
 */
public record CaptureOverview(long from, long to, int columns, Map<SeriesId, double[]> min, Map<SeriesId, double[]> max) {

    static CaptureOverview compute(Connection db, List<CaptureReader.SeriesInfo> series, TimeWindow window, int columns)
            throws SQLException {
        long from = window.from();
        long to = window.to();
        Map<Long, SeriesId> ids = new HashMap<>();
        Map<SeriesId, double[]> mins = new LinkedHashMap<>();
        Map<SeriesId, double[]> maxs = new LinkedHashMap<>();
        for (CaptureReader.SeriesInfo s : series) {
            ids.put(s.rowId(), s.id());
            mins.put(s.id(), filled(columns, Double.NaN));
            maxs.put(s.id(), filled(columns, Double.NaN));
        }
        double perColumn = (double) (to - from) / columns;
        try (PreparedStatement ps = db.prepareStatement("SELECT series_id, t_first, t_last, summary FROM chunk "
                + "WHERE t_last >= ? AND t_first < ? ORDER BY series_id, seq")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SeriesId id = ids.get(rs.getLong(1));
                    if (id == null) {
                        continue;
                    }
                    double[] mn = mins.get(id);
                    double[] mx = maxs.get(id);
                    long chunkLast = rs.getLong(3);
                    byte[] summary = rs.getBytes(4);
                    long[] prev = {Long.MIN_VALUE};
                    double[] prevMinMax = new double[2];
                    ChunkSummary.forEach(summary, rs.getLong(2), (start, lo, hi) -> {
                        if (prev[0] != Long.MIN_VALUE) {
                            mark(mn, mx, prev[0], start, prevMinMax[0], prevMinMax[1], from, perColumn, columns);
                        }
                        prev[0] = start;
                        prevMinMax[0] = lo;
                        prevMinMax[1] = hi;
                    });
                    if (prev[0] != Long.MIN_VALUE) {
                        mark(mn, mx, prev[0], chunkLast, prevMinMax[0], prevMinMax[1], from, perColumn, columns);
                    }
                }
            }
        }
        return new CaptureOverview(from, to, columns, mins, maxs);
    }

    /** Widens every column that the block {@code [start, end]} touches. */
    private static void mark(double[] mn, double[] mx, long start, long end, double lo, double hi, long from,
                             double perColumn, int columns) {
        if (Double.isNaN(lo)) {
            return;
        }
        int c0 = (int) Math.max(0, Math.floor((start - from) / perColumn));
        int c1 = (int) Math.min(columns - 1, Math.floor((end - from) / perColumn));
        for (int c = c0; c <= c1; c++) {
            if (Double.isNaN(mn[c]) || lo < mn[c]) {
                mn[c] = lo;
            }
            if (Double.isNaN(mx[c]) || hi > mx[c]) {
                mx[c] = hi;
            }
        }
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
