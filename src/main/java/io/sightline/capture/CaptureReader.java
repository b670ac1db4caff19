package io.sightline.capture;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.series.Event;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Opens a capture file for replay. Refuses, with one line naming the file, what is not a capture or comes from a
 * newer Sightline; opens anything else, damaged or truncated, with what is intact, and says what was lost in a
 * {@link CaptureReport} (SQLite's own integrity check included, verbatim).
 *
 * <p>Usage: {@code try (CaptureReader r = CaptureReader.open(path)) { Replay replay = r.replay(); ... }}
 */
public final class CaptureReader implements AutoCloseable {

    private final Path path;
    private final Connection db;
    private final int schemaVersion;
    /** Parsed on first use: Jackson's start-up would otherwise delay the first frame of a replay. */
    private final String metadataJson;
    private CaptureMetadata metadata;
    /** SQLite's quick_check, running beside the first frame on its own connection; see {@link #integrity()}. */
    private final Future<List<String>> integrity;
    private final List<String> problems = new ArrayList<>();

    /** The series and events of a capture loaded into a fresh store, and what could not be loaded. */
    public record Replay(SeriesStore store, CaptureMetadata metadata, CaptureReport report) {
    }

    /** A series as the file declares it. */
    public record SeriesInfo(long rowId, SeriesId id, Unit unit, String encoding, String resolution) {
    }

    private CaptureReader(Path path, Connection db, int schemaVersion, String metadataJson,
                          Future<List<String>> integrity) {
        this.path = path;
        this.db = db;
        this.schemaVersion = schemaVersion;
        this.metadataJson = metadataJson;
        this.integrity = integrity;
    }

    /**
     * Loads SQLite's native library and the JDBC classes (about 0.2 s of CPU, mostly extracting the library),
     * so a later {@link #open} starts at once. The GUI calls it on a background thread at start-up.
     */
    public static void warmUp() {
        try {
            new SQLiteConfig().createConnection("jdbc:sqlite::memory:").close();
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite cannot start: " + e.getMessage(), e);
        }
    }

    /** Opens and checks {@code path}; throws {@link CaptureException} (one line) for a file that is not usable. */
    public static CaptureReader open(Path path) {
        CaptureChecks.checkHeader(path);
        Connection db;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(5000);
            db = config.createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw new CaptureException(path, "cannot open: " + e.getMessage(), e);
        }
        try {
            List<String> problems = new ArrayList<>();
            int version = CaptureChecks.versionOrTolerateTruncation(db, path, problems);
            if (version > CaptureSchema.VERSION) {
                throw new CaptureException(path, "written by a newer Sightline (capture format " + version
                        + "; this version reads up to " + CaptureSchema.VERSION + "); update Sightline to open it");
            }
            CaptureChecks.checkFormat(db, path, version, problems);
            String metadata = CaptureChecks.readMetadata(db, problems);
            boolean truncated = !problems.isEmpty() && problems.get(0).contains("truncated");
            CaptureReader reader = new CaptureReader(path, db, version, metadata, CaptureChecks.startQuickCheck(path, truncated));
            reader.problems.addAll(problems);
            return reader;
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

 

 

 

 

 

    public Path file() {
        return path;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public synchronized CaptureMetadata metadata() {
        if (metadata == null) {
            metadata = new CaptureMetadata(null, null, null, null, null, null, null, null);
            if (metadataJson != null) {
                try {
                    metadata = CaptureFile.JSON.readValue(metadataJson, CaptureMetadata.class);
                } catch (IOException e) {
                    problems.add("the capture's metadata is unreadable (" + e.getMessage() + ")");
                }
            }
        }
        return metadata;
    }

    /** {@code PRAGMA quick_check} output as SQLite wrote it; {@code ["ok"]} for a sound file. Waits for the check. */
    public List<String> integrity() {
        try {
            return integrity.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("quick_check interrupted");
        } catch (ExecutionException e) {
            return List.of("quick_check failed: " + e.getCause());
        }
    }

    Connection connection() {
        return db;
    }

    /** The series the file declares (readable rows only). */
    public List<SeriesInfo> series() {
        RowScanner.Result<SeriesInfo> r = RowScanner.scan(db, "series", "id, name, unit, encoding, resolution",
                rs -> new SeriesInfo(rs.getLong(1), SeriesId.parse(rs.getString(2)), unit(rs.getString(3)),
                        rs.getString(4), rs.getString(5)));
        if (r.failure() != null) {
            problems.add("series table: " + r.failure());
        } else if (!r.unreadable().isEmpty()) {
            problems.add("series table: " + r.unreadableCount() + " rows unreadable; their chunks are reported below");
        }
        return r.rows();
    }

    /**
     * Min/max per column over {@code window} for every series, from chunk summaries only (no sample decoded):
     * the first frame of a replay. {@link TimeWindow#ALL} means the capture's full range.
     */
    public CaptureOverview overview(TimeWindow window, int columns) {
        TimeWindow w = window.equals(TimeWindow.ALL) ? range() : window;
        try {
            return CaptureOverview.compute(db, series(), w, columns);
        } catch (SQLException e) {
            throw new CaptureException(path, "cannot read the chunk index for an overview: " + e.getMessage(), e);
        }
    }

    /** First to last sample time over all series, from the chunk index; metadata's range when that fails. */
    public TimeWindow range() {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(t_first), max(t_last) FROM chunk")) {
            if (rs.next() && rs.getObject(1) != null) {
                return new TimeWindow(rs.getLong(1), rs.getLong(2) + 1);
            }
        } catch (SQLException e) {
            problems.add("cannot read the capture's range from the chunk index (" + e.getMessage() + ")");
        }
        CaptureMetadata m = metadata();
        long from = m.startedAt() == null ? 0 : m.startedAt();
        long to = m.endedAt() == null ? from : m.endedAt();
        return new TimeWindow(from, Math.max(from, to) + 1);
    }

    /** Loads every readable sample and event into a new {@link SeriesStore}. */
    public Replay replay() {
        List<SeriesInfo> series = series();
        SeriesStore store = new SeriesStore(retentionFor());
        ChunkLoader loader = new ChunkLoader(db, store, series);
        loader.load();
        List<Event> events = events(loader.losses());
        events.forEach(store.events()::add);
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(loader.problems());
        CaptureReport report = new CaptureReport(path, integrity(), loader.losses(), dedupe(allProblems),
                loader.chunksRead(), loader.samplesRead(), events.size());
        return new Replay(store, metadata(), report);
    }

    /** Events in time order (readable rows only); unreadable rows are added to {@code losses}. */
    private List<Event> events(List<CaptureReport.Loss> losses) {
        RowScanner.Result<Event> r = RowScanner.scan(db, "event",
                "id, time_ms, source, kind, severity, text, attributes", CaptureReader::event);
        if (!r.unreadable().isEmpty()) {
            losses.add(new CaptureReport.Loss("events", r.unreadableCount(), null, null, "rows unreadable"));
        }
        if (r.failure() != null) {
            problems.add("events: " + r.failure());
        }
        if (r.tailUnknown()) {
            problems.add("events: rows after the " + r.rows().size() + " readable ones may be lost (the table's extent is unreadable)");
        }
        List<Event> events = new ArrayList<>(r.rows());
        events.sort((a, b) -> Long.compare(a.timeMillis(), b.timeMillis()));
        return events;
    }

    private static Event event(ResultSet rs) throws SQLException {
        Map<String, String> attributes;
        try {
            attributes = CaptureFile.JSON.readValue(rs.getString(7), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            attributes = Map.of();
        }
        Severity severity;
        try {
            severity = Severity.valueOf(rs.getString(5));
        } catch (IllegalArgumentException | NullPointerException e) {
            severity = Severity.INFO;
        }
        return new Event(rs.getLong(2), rs.getString(3), rs.getString(4), severity, rs.getString(6), attributes);
    }

    private Duration retentionFor() {
        long span = 0;
        CaptureMetadata m = metadata();
        if (m.startedAt() != null && m.endedAt() != null) {
            span = m.endedAt() - m.startedAt();
        }
        // Replay must keep everything: the store's retention is at least the capture's span, with margin.
        return Duration.ofMillis(Math.max(SeriesStore.DEFAULT_RETENTION.toMillis(), span * 2 + 3_600_000L));
    }

    static Unit unit(String name) {
        try {
            return Unit.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Unit.NONE;
        }
    }

    private static List<String> dedupe(List<String> lines) {
        return List.copyOf(new LinkedHashSet<>(lines));
    }

    @Override
    public void close() {
        integrity(); // the check's connection closes with it
        closeQuietly(db);
    }

    private static void closeQuietly(Connection db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing to keep: the file was only read
        }
    }
}
