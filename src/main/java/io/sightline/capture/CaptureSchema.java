package io.sightline.capture;

import java.util.List;

/**
 * The capture file's tables and views (documented, with example queries, in {@code docs/capture-format.md}).
 * The schema version lives in {@code PRAGMA user_version} and, for people reading with {@code sqlite3}, in the
 * {@code meta} table; a reader refuses files newer than {@link #VERSION}.
 */
final class CaptureSchema {
    static final int VERSION = 1;
    static final String FORMAT = "sightline-capture";
    /** 'SGLN': lets {@code file}-style tools tell a capture from any other SQLite file. */
    static final int APPLICATION_ID = 0x53474C4E;

    static final List<String> DDL = List.of(
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            """
            CREATE TABLE series(
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE,
              source TEXT NOT NULL, target TEXT NOT NULL, metric TEXT NOT NULL,
              labels TEXT NOT NULL,
              unit TEXT NOT NULL,
              encoding TEXT NOT NULL,
              resolution TEXT NOT NULL,
              divisor REAL NOT NULL)""",
            """
            CREATE TABLE chunk(
              id INTEGER PRIMARY KEY,
              series_id INTEGER NOT NULL REFERENCES series(id),
              seq INTEGER NOT NULL,
              t_first INTEGER NOT NULL,
              t_last INTEGER NOT NULL,
              count INTEGER NOT NULL,
              v_min REAL,
              v_max REAL,
              sealed INTEGER NOT NULL,
              summary BLOB NOT NULL,
              UNIQUE(series_id, seq))""",
            "CREATE TABLE chunk_data(chunk_id INTEGER PRIMARY KEY, crc INTEGER NOT NULL, data BLOB NOT NULL)",
            """
            CREATE TABLE event(
              id INTEGER PRIMARY KEY,
              time_ms INTEGER NOT NULL,
              source TEXT NOT NULL,
              kind TEXT NOT NULL,
              severity TEXT NOT NULL,
              text TEXT NOT NULL,
              attributes TEXT NOT NULL)""",
            "CREATE INDEX event_by_time ON event(time_ms)",
            "CREATE VIRTUAL TABLE event_fts USING fts5(text, source, kind, content='event', content_rowid='id')",
            """
            CREATE TRIGGER event_fts_insert AFTER INSERT ON event BEGIN
              INSERT INTO event_fts(rowid, text, source, kind) VALUES (new.id, new.text, new.source, new.kind);
            END""",
            """
            CREATE TRIGGER event_fts_delete AFTER DELETE ON event BEGIN
              INSERT INTO event_fts(event_fts, rowid, text, source, kind)
                VALUES ('delete', old.id, old.text, old.source, old.kind);
            END""",
            """
            CREATE VIEW series_overview AS
              SELECT s.name, s.unit, s.encoding, s.resolution,
                     count(c.id) AS chunks, coalesce(sum(c.count), 0) AS samples,
                     strftime('%Y-%m-%d %H:%M:%f', min(c.t_first) / 1000.0, 'unixepoch') AS first_utc,
                     strftime('%Y-%m-%d %H:%M:%f', max(c.t_last) / 1000.0, 'unixepoch') AS last_utc,
                     min(c.v_min) AS min, max(c.v_max) AS max,
                     (SELECT coalesce(sum(length(d.data)), 0) FROM chunk c2 JOIN chunk_data d ON d.chunk_id = c2.id
                       WHERE c2.series_id = s.id) AS bytes
              FROM series s LEFT JOIN chunk c ON c.series_id = s.id
              GROUP BY s.id""",
            """
            CREATE VIEW chunks AS
              SELECT s.name AS series, c.seq,
                     strftime('%Y-%m-%d %H:%M:%f', c.t_first / 1000.0, 'unixepoch') AS first_utc,
                     strftime('%Y-%m-%d %H:%M:%f', c.t_last / 1000.0, 'unixepoch') AS last_utc,
                     c.t_first, c.t_last, c.count, c.v_min AS min, c.v_max AS max, c.sealed,
                     length(d.data) AS bytes
              FROM chunk c JOIN series s ON s.id = c.series_id LEFT JOIN chunk_data d ON d.chunk_id = c.id""",
            """
            CREATE VIEW events AS
              SELECT id, strftime('%Y-%m-%d %H:%M:%f', time_ms / 1000.0, 'unixepoch') AS time_utc, time_ms,
                     source, kind, severity, text, attributes
              FROM event""",
            "CREATE VIEW log_lines AS SELECT * FROM events WHERE kind LIKE 'log.%'",
            """
            CREATE VIEW timeline AS SELECT * FROM events
              WHERE kind LIKE 'checklist.%' OR kind LIKE 'user.%' OR kind LIKE 'marker%'""");

    private CaptureSchema() {
    }
}
