package io.sightline.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.series.Event;
import io.sightline.series.SeriesId;
import io.sightline.series.Unit;
import io.sightline.capture.codec.ValueEncoding;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32C;

/**
 * The SQL side of a capture being written: creates the schema, inserts series, chunks and events, and closes
 * the file as one self-contained SQLite file. Single-threaded: the writer's flush thread or an exporter.
 */
final class CaptureFile implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final Connection db;
    private final PreparedStatement insertChunk;
    private final PreparedStatement updateChunk;
    private final PreparedStatement upsertData;
    private final PreparedStatement deleteChunk;
    private final PreparedStatement deleteData;
    private final PreparedStatement insertEvent;
    private final PreparedStatement putMeta;
    /**
     * Sealed chunks and segments take row ids from separate ranges, so sealed chunks lie densely in page order and
     * the pages of deleted segments are reused by later segments instead of leaving holes between sealed chunks.
     */
    static final long SEGMENT_IDS = 1L << 40;
    private long nextSealedId = 1;
    private long nextSegmentId = SEGMENT_IDS;

    private CaptureFile(Path path, Connection db) throws SQLException {
        this.path = path;
        this.db = db;
        insertChunk = db.prepareStatement("INSERT INTO chunk(id, series_id, seq, t_first, t_last, count, v_min, v_max, "
                + "sealed, summary) VALUES (?,?,?,?,?,?,?,?,?,?)");
        updateChunk = db.prepareStatement("UPDATE chunk SET t_first=?, t_last=?, count=?, v_min=?, v_max=?, "
                + "sealed=?, summary=? WHERE id=?");
        upsertData = db.prepareStatement("INSERT OR REPLACE INTO chunk_data(chunk_id, crc, data) VALUES (?,?,?)");
        deleteChunk = db.prepareStatement("DELETE FROM chunk WHERE id = ?");
        deleteData = db.prepareStatement("DELETE FROM chunk_data WHERE chunk_id = ?");
        insertEvent = db.prepareStatement("INSERT INTO event(time_ms, source, kind, severity, text, attributes) "
                + "VALUES (?,?,?,?,?,?)");
        putMeta = db.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?,?)");
    }

    /** Creates a new capture; refuses to overwrite an existing file. */
    static CaptureFile create(Path path, CaptureMetadata metadata) {
        if (Files.exists(path)) {
            throw new CaptureException(path, "already exists; choose another file or remove it first");
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(5000);
            Connection db = config.createConnection("jdbc:sqlite:" + path);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA auto_vacuum = INCREMENTAL"); // must precede the first table
                s.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode: a commit survives a crash of this process (kill -9); only power loss may
                // take the last commits, never damage older ones.
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA application_id = " + CaptureSchema.APPLICATION_ID);
                db.setAutoCommit(false);
                for (String ddl : CaptureSchema.DDL) {
                    s.execute(ddl);
                }
                s.execute("PRAGMA user_version = " + CaptureSchema.VERSION);
            }
            CaptureFile file = new CaptureFile(path, db);
            file.putMeta("format", CaptureSchema.FORMAT);
            file.putMeta("schema_version", Integer.toString(CaptureSchema.VERSION));
            file.putMeta("created_by", "Sightline " + metadata.sightlineVersion());
            file.putMetadata(metadata);
            db.commit();
            return file;
        } catch (SQLException e) {
            throw new CaptureException(path, "cannot create capture: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new CaptureException(path, "cannot create folder: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    Connection connection() {
        return db;
    }

    void putMeta(String key, String value) throws SQLException {
        putMeta.setString(1, key);
        putMeta.setString(2, value);
        putMeta.executeUpdate();
    }

    void putMetadata(CaptureMetadata metadata) throws SQLException {
        try {
            putMeta("metadata", JSON.writeValueAsString(metadata));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata does not serialise", e);
        }
    }

    long insertSeries(SeriesId id, Unit unit, ValueEncoding encoding) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO series(name, source, target, metric, labels, "
                + "unit, encoding, resolution, divisor) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, id.toString());
            ps.setString(2, id.source());
            ps.setString(3, id.target());
            ps.setString(4, id.metric());
            ps.setString(5, JSON.writeValueAsString(id.labels()));
            ps.setString(6, unit.name());
            ps.setString(7, encoding.kind().name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(8, encoding.describe());
            ps.setDouble(9, encoding.divisor());
            ps.executeUpdate();
            return generatedKey(ps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts a chunk (rowId 0) or rewrites an open one in place; returns its row id. */
    long writeChunk(long rowId, long seriesRowId, EncodedChunk c) throws SQLException {
        long id = rowId;
        if (id == 0) {
            id = c.sealed() ? nextSealedId++ : nextSegmentId++;
            insertChunk.setLong(1, id);
            insertChunk.setLong(2, seriesRowId);
            insertChunk.setLong(3, c.seq());
            bindChunk(insertChunk, 4, c);
            insertChunk.executeUpdate();
        } else {
            bindChunk(updateChunk, 1, c);
            updateChunk.setLong(8, id);
            updateChunk.executeUpdate();
        }
        CRC32C crc = new CRC32C();
        crc.update(c.data());
        upsertData.setLong(1, id);
        upsertData.setLong(2, crc.getValue());
        upsertData.setBytes(3, c.data());
        upsertData.executeUpdate();
        return id;
    }

    /** Removes a chunk (a segment being replaced by its sealed chunk). */
    void deleteChunk(long rowId) throws SQLException {
        deleteData.setLong(1, rowId);
        deleteData.executeUpdate();
        deleteChunk.setLong(1, rowId);
        deleteChunk.executeUpdate();
    }

    private static void bindChunk(PreparedStatement ps, int from, EncodedChunk c) throws SQLException {
        ps.setLong(from, c.firstTime());
        ps.setLong(from + 1, c.lastTime());
        ps.setInt(from + 2, c.count());
        setDouble(ps, from + 3, c.min());
        setDouble(ps, from + 4, c.max());
        ps.setInt(from + 5, c.sealed() ? 1 : 0);
        ps.setBytes(from + 6, c.summary());
    }

    private static void setDouble(PreparedStatement ps, int index, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(index, v);
        } else {
            ps.setNull(index, java.sql.Types.REAL);
        }
    }

    void insertEvent(Event e) throws SQLException {
        insertEvent.setLong(1, e.timeMillis());
        insertEvent.setString(2, e.source());
        insertEvent.setString(3, e.kind());
        insertEvent.setString(4, e.severity().name());
        insertEvent.setString(5, e.text());
        try {
            insertEvent.setString(6, JSON.writeValueAsString(new java.util.TreeMap<>(e.attributes())));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        insertEvent.executeUpdate();
    }

    /** Drops sealed chunks whose newest sample is older than {@code before}, and older events; returns chunks dropped. */
    int dropBefore(long before) throws SQLException {
        try (PreparedStatement data = db.prepareStatement("DELETE FROM chunk_data WHERE chunk_id IN "
                + "(SELECT id FROM chunk WHERE sealed = 1 AND t_last < ?)");
             PreparedStatement chunks = db.prepareStatement("DELETE FROM chunk WHERE sealed = 1 AND t_last < ?");
             PreparedStatement events = db.prepareStatement("DELETE FROM event WHERE time_ms < ?")) {
            data.setLong(1, before);
            data.executeUpdate();
            chunks.setLong(1, before);
            int dropped = chunks.executeUpdate();
            events.setLong(1, before);
            events.executeUpdate();
            return dropped;
        }
    }

    void commit() throws SQLException {
        db.commit();
    }

    void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is going away or the transaction was already gone; the next flush retries
        }
    }

    /** Gives freed pages back to the file system (the file was created with incremental auto-vacuum). */
    void reclaimFreePages() throws SQLException {
        try (Statement s = db.createStatement()) {
            db.commit();
            db.setAutoCommit(true);
            s.execute("PRAGMA incremental_vacuum");
            db.setAutoCommit(false);
        }
    }

    /** Checkpoints the WAL into the file and leaves WAL mode, so the capture is one file to copy or mail. */
    @Override
    public void close() throws SQLException {
        try (Statement s = db.createStatement()) {
            db.commit();
            db.setAutoCommit(true);
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode = DELETE");
        } finally {
            db.close();
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no row id returned");
            }
            return keys.getLong(1);
        }
    }
}
