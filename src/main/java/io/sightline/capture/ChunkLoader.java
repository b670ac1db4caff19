package io.sightline.capture;

import io.sightline.capture.codec.ChunkCodec;
import io.sightline.capture.codec.CorruptChunkException;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * Decodes every readable chunk into a store, one guarded chunk at a time: a chunk whose row, bytes or checksum
 * is bad is skipped, counted as lost with its time span, and marked in the series as a gap so charts show a hole
 * instead of a line drawn across it. Consecutive lost chunks of a series are reported as one loss.
 */
final class ChunkLoader {
    record ChunkRow(long id, long seriesRowId, long seq, long firstTime, long lastTime, int count) {
    }

    private static final String DATA_SQL = "SELECT crc, data FROM chunk_data WHERE chunk_id = ?";

    private final Connection db;
    private PreparedStatement data;
    private final SeriesStore store;
    private final List<CaptureReader.SeriesInfo> series;
    private final List<CaptureReport.Loss> losses = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int chunksRead;
    private long samplesRead;
    private long[] times = new long[SeriesRecorder.CAPACITY];
    private double[] values = new double[SeriesRecorder.CAPACITY];

    ChunkLoader(Connection db, SeriesStore store, List<CaptureReader.SeriesInfo> series) {
        this.db = db;
        this.store = store;
        this.series = series;
    }

    /** A run of lost chunks in one series, growing until a good chunk ends it. */
    private static final class Hole {
        int count;
        Long from;
        Long to;
        final Set<String> reasons = new LinkedHashSet<>();

        void add(int n, Long start, Long end, String reason) {
            count += n;
            if (start != null && (from == null || start < from)) {
                from = start;
            }
            if (end != null && (to == null || end > to)) {
                to = end;
            }
            reasons.add(reason);
        }
    }

    void load() {
        RowScanner.Result<ChunkRow> rows = RowScanner.scan(db, "chunk", "id, series_id, seq, t_first, t_last, count",
                rs -> new ChunkRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getInt(6)));
        if (!rows.unreadable().isEmpty()) {
            losses.add(new CaptureReport.Loss("chunk rows", rows.unreadableCount(), null, null,
                    "rows of the chunk table unreadable; the series they belong to show holes below"));
        }
        if (rows.failure() != null) {
            problems.add("chunk table: " + rows.failure());
        }
        if (rows.tailUnknown()) {
            problems.add("chunk table: rows after the last readable one may be lost (the table's extent is unreadable)");
        }
        Map<Long, List<ChunkRow>> bySeries = new HashMap<>();
        for (ChunkRow r : rows.rows()) {
            bySeries.computeIfAbsent(r.seriesRowId(), k -> new ArrayList<>()).add(r);
        }
        try {
            data = db.prepareStatement(DATA_SQL);
            for (CaptureReader.SeriesInfo info : series) {
                List<ChunkRow> chunks = bySeries.remove(info.rowId());
                if (chunks != null) {
                    chunks.sort(Comparator.comparingLong(ChunkRow::seq));
                    loadSeries(store.series(info.id(), info.unit()), chunks);
                }
            }
            data.close();
        } catch (SQLException e) {
            problems.add("chunk data table: " + e.getMessage());
        }
        bySeries.forEach((rowId, chunks) -> losses.add(new CaptureReport.Loss("series #" + rowId, chunks.size(),
                chunks.get(0).firstTime(), chunks.get(chunks.size() - 1).lastTime(), "the series row is unreadable")));
    }

    private void loadSeries(Series s, List<ChunkRow> chunks) throws SQLException {
        Hole hole = null;
        ChunkRow previous = null;
        for (ChunkRow c : chunks) {
            if (previous != null && c.seq() > previous.seq() + 1) {
                hole = hole == null ? new Hole() : hole;
                hole.add((int) (c.seq() - previous.seq() - 1), previous.lastTime(), c.firstTime(), "chunk rows unreadable");
            }
            previous = c;
            String failure = decode(c);
            if (failure != null) {
                hole = hole == null ? new Hole() : hole;
                hole.add(1, c.firstTime(), c.lastTime(), failure);
                continue;
            }
            if (hole != null) {
                report(s, hole);
                hole = null;
            }
            for (int i = 0; i < c.count(); i++) {
                s.append(times[i], values[i]);
            }
            chunksRead++;
            samplesRead += c.count();
        }
        if (hole != null) {
            report(s, hole);
        }
    }

    /** Decodes chunk {@code c} into the scratch arrays; returns why it could not, or null. */
    private String decode(ChunkRow c) throws SQLException {
        try {
            data.setLong(1, c.id());
            try (ResultSet rs = data.executeQuery()) {
                if (!rs.next()) {
                    return "chunk data missing";
                }
                long crc = rs.getLong(1);
                byte[] bytes = rs.getBytes(2);
                CRC32C check = new CRC32C();
                check.update(bytes);
                if (check.getValue() != crc) {
                    return "checksum mismatch";
                }
                int n = ChunkCodec.count(bytes);
                if (n != c.count()) {
                    return "chunk holds " + n + " samples, its row says " + c.count();
                }
                ensureCapacity(n);
                ChunkCodec.decode(bytes, times, values, 0);
                return null;
            }
        } catch (SQLException e) {
            // a statement that hit a damaged page is unusable afterwards: start a fresh one
            data.close();
            data = db.prepareStatement(DATA_SQL);
            return "unreadable: " + e.getMessage();
        } catch (CorruptChunkException e) {
            return "undecodable: " + e.getMessage();
        }
    }

    /** Records the hole and marks it in the series, so nothing is drawn across it. */
    private void report(Series s, Hole hole) {
        losses.add(new CaptureReport.Loss("series " + s.id(), hole.count, hole.from, hole.to,
                String.join(", ", hole.reasons)));
        s.appendGap(hole.from != null ? hole.from : s.snapshot().isEmpty() ? 0 : s.snapshot().lastTime());
    }

    private void ensureCapacity(int n) {
        if (n > times.length) {
            times = new long[n];
            values = new double[n];
        }
    }

    List<CaptureReport.Loss> losses() {
        return losses;
    }

    List<String> problems() {
        return problems;
    }

    int chunksRead() {
        return chunksRead;
    }

    long samplesRead() {
        return samplesRead;
    }
}
