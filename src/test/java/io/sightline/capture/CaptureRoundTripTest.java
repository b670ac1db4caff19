package io.sightline.capture;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CaptureRoundTripTest {
    static final SeriesId ACTIVE = SeriesId.of(Metrics.SOURCE_JMX, "shop-1", Metrics.POOL_ACTIVE, Map.of(Metrics.LABEL_POOL, "shop"));
    static final SeriesId P99 = SeriesId.of(Metrics.SOURCE_LOG, "access", Metrics.LATENCY_P99);
    static final SeriesId RAW = SeriesId.of("test", "x", "ratio");
    static final long T0 = 1_767_000_000_000L;

    @TempDir
    Path dir;
    private final Lifecycle lifecycle = new Lifecycle();

    @AfterEach
    void close() {
        lifecycle.close();
    }

    @Test
    void everySampleAndEventComesBackAfterCloseAsOneFile() throws Exception {
        SeriesStore store = new SeriesStore();
        Series active = store.series(ACTIVE, Unit.CONNECTIONS);
        active.append(T0 - 1000, 3); // written before the writer started: recorded too
        Path file = dir.resolve("c.sightline");
        CaptureWriter writer = CaptureWriter.start(store, file, CaptureMetadata.startingAt(T0, ZoneId.of("Europe/Berlin"))
                .withTargets(java.util.List.of("service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi")), lifecycle,
                CaptureWriter.Options.defaults().withFlushInterval(java.time.Duration.ofMillis(20)));
        Series p99 = store.series(P99, Unit.MILLISECONDS);
        Series raw = store.series(RAW, Unit.NONE);
        for (int i = 0; i < 5000; i++) {
            long t = T0 + i * 100L;
            active.append(t, i % 7);
            p99.append(t, i == 2500 ? Double.NaN : 12.345 + (i % 13) * 0.001);
            raw.append(t, Math.sin(i) / 3);
        }
        store.events().add(Event.of(T0 + 500, "log/app", EventKinds.LOG_POOL_TIMEOUT, Severity.ERROR,
                "HikariPool-1 - Connection is not available, request timed out after 30005ms."));
        store.events().add(new Event(T0 + 700, "user", EventKinds.NOTE, Severity.INFO, "restarted shop-1", Map.of("who", "ana")));
        await().until(() -> writer.samplesWritten() == 15001 && writer.eventsWritten() == 2);
        assertThat(writer.sizeBytes()).isGreaterThan(Files.size(file)); // the write-ahead log counts while recording
        writer.close();
        assertThat(writer.sizeBytes()).isEqualTo(Files.size(file));
        assertThat(writer.failure()).isNull();

        assertThat(dir.resolve("c.sightline-wal")).doesNotExist();
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureReader.Replay replay = reader.replay();
            assertThat(replay.report().intact()).as(replay.report().lines(ZoneId.of("UTC")).toString()).isTrue();
            assertThat(reader.integrity()).containsExactly("ok");
            assertThat(replay.metadata().timeZone()).isEqualTo("Europe/Berlin");
            assertThat(replay.metadata().targets()).containsExactly("service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi");
            assertSame(active, replay.store().find(ACTIVE).orElseThrow());
            assertSame(p99, replay.store().find(P99).orElseThrow());
            assertSame(raw, replay.store().find(RAW).orElseThrow());
            assertThat(replay.store().find(P99).orElseThrow().unit()).isEqualTo(Unit.MILLISECONDS);
            assertThat(replay.store().events().all()).extracting(Event::text)
                    .containsExactly("HikariPool-1 - Connection is not available, request timed out after 30005ms.",
                            "restarted shop-1");
            assertThat(replay.store().events().all().get(1).attribute("who")).isEqualTo("ana");
        }
    }

    @Test
    void viewsAndFullTextSearchWorkForPeopleWithSqlite() throws Exception {
        SeriesStore store = new SeriesStore();
        Path file = dir.resolve("v.sightline");
        CaptureWriter writer = CaptureWriter.start(store, file, CaptureMetadata.startingAt(T0, ZoneId.of("UTC")),
                lifecycle, CaptureWriter.Options.defaults());
        Series s = store.series(ACTIVE, Unit.CONNECTIONS);
        for (int i = 0; i < 3000; i++) {
            s.append(T0 + i * 100L, i % 11);
        }
        store.events().add(Event.of(T0, "log/app", EventKinds.LOG_EXCEPTION, Severity.ERROR,
                "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available"));
        store.events().add(Event.of(T0 + 1, "checklist", EventKinds.CHECKLIST_ACTION, Severity.INFO, "raised maximumPoolSize"));
        writer.close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT name, samples, min, max, first_utc FROM series_overview");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(ACTIVE.toString());
            assertThat(rs.getLong(2)).isEqualTo(3000);
            assertThat(rs.getDouble(3)).isEqualTo(0);
            assertThat(rs.getDouble(4)).isEqualTo(10);
            assertThat(rs.getString(5)).isEqualTo("2025-12-29 09:20:00.000");
            rs = st.executeQuery("SELECT e.kind FROM event_fts f JOIN events e ON e.id = f.rowid WHERE event_fts MATCH 'hikaripool'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(EventKinds.LOG_EXCEPTION);
            rs = st.executeQuery("SELECT count(*) FROM timeline");
            assertThat(rs.getInt(1)).isEqualTo(1);
            rs = st.executeQuery("SELECT count(*), sum(count) FROM chunks WHERE sealed = 1");
            assertThat(rs.getInt(1)).isEqualTo(1); // 3000 small integers fit one chunk, sealed on close
            assertThat(rs.getInt(2)).isEqualTo(3000);
            rs = st.executeQuery("PRAGMA journal_mode");
            assertThat(rs.getString(1)).isEqualTo("delete");
        }
    }

    @Test
    void recordingsGoToTheWorkspaceUnderTheirStartTime() throws Exception {
        io.sightline.workspace.Workspace ws = new io.sightline.workspace.Workspace(dir);
        java.time.Clock at = java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T03:12:09Z"), ZoneId.of("UTC"));
        Path first = CaptureFiles.newRecording(ws, at);
        assertThat(first.getParent()).isEqualTo(dir.resolve("captures"));
        assertThat(first.getFileName().toString()).endsWith(".sightline");
        Files.createFile(first);
        assertThat(CaptureFiles.newRecording(ws, at).getFileName().toString()).endsWith("-2.sightline");
    }

    @Test
    void theSqlite3ShellReadsTheViews() throws Exception {
        Path shell = Path.of("/usr/bin/sqlite3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(shell), "the sqlite3 shell is not installed");
        SeriesStore store = new SeriesStore();
        Path file = dir.resolve("shell.sightline");
        CaptureWriter writer = CaptureWriter.start(store, file, CaptureMetadata.startingAt(T0, ZoneId.of("UTC")),
                lifecycle, CaptureWriter.Options.defaults());
        Series s = store.series(ACTIVE, Unit.CONNECTIONS);
        for (int i = 0; i < 100; i++) {
            s.append(T0 + i * 100L, i % 4);
        }
        store.events().add(Event.of(T0, "log/app", EventKinds.LOG_POOL_TIMEOUT, Severity.ERROR, "Connection is not available"));
        writer.close();
        Process p = new ProcessBuilder(shell.toString(), file.toString(),
                "SELECT name || '|' || samples || '|' || max FROM series_overview;"
                        + " SELECT e.kind FROM event_fts f JOIN events e ON e.id = f.rowid WHERE event_fts MATCH 'available';")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.lines()).containsExactly(ACTIVE + "|100|3.0", EventKinds.LOG_POOL_TIMEOUT);
    }

    @Test
    void retentionDropsWholeOldChunks() throws Exception {
        SeriesStore store = new SeriesStore();
        Path file = dir.resolve("r.sightline");
        long[] now = {T0};
        java.time.Clock clock = new java.time.Clock() {
            public ZoneId getZone() { return ZoneId.of("UTC"); }
            public java.time.Clock withZone(ZoneId z) { return this; }
            public java.time.Instant instant() { return java.time.Instant.ofEpochMilli(now[0]); }
        };
        CaptureWriter writer = CaptureWriter.start(store, file, CaptureMetadata.startingAt(T0, ZoneId.of("UTC")), lifecycle,
                CaptureWriter.Options.defaults().withRetention(java.time.Duration.ofMinutes(10)).withClock(clock));
        Series s = store.series(ACTIVE, Unit.CONNECTIONS);
        for (int i = 0; i < 20_000; i++) { // 2000 s at 10 Hz: ~10 sealed chunks
            s.append(T0 + i * 100L, i % 5);
        }
        writer.flush();
        now[0] = T0 + 2_000_000;
        writer.flush(); // retention sweep: keeps chunks whose last sample is within 10 minutes of now
        writer.close();
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureReader.Replay replay = reader.replay();
            Series.Snapshot back = replay.store().find(ACTIVE).orElseThrow().snapshot();
            assertThat(replay.report().intact()).isTrue();
            assertThat(back.firstTime()).isGreaterThan(T0 + 2_000_000 - 600_000 - 205_000)
                    .isLessThanOrEqualTo(T0 + 2_000_000 - 600_000);
            assertThat(back.lastTime()).isEqualTo(T0 + 19_999 * 100L);
            // whole chunks: the first kept sample is the first of a chunk, and no chunk ending in the window went
            try (Statement st = reader.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT min(t_first), count(*) FROM chunk")) {
                assertThat(rs.getLong(1)).isEqualTo(back.firstTime());
                assertThat(rs.getInt(2)).isGreaterThan(1);
            }
        }
    }

    static void assertSame(Series live, Series replayed) {
        Series.Snapshot a = live.snapshot();
        Series.Snapshot b = replayed.snapshot();
        assertThat(b.size()).isEqualTo(a.size());
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.time(i)).isEqualTo(a.time(i));
            if (Double.isNaN(a.value(i))) {
                assertThat(b.value(i)).isNaN();
            } else {
                // stored at the declared resolution: exact for XOR, within half a unit for scaled integers
                var enc = Encodings.forUnit(live.unit());
                double tolerance = enc.kind() == io.sightline.capture.codec.ValueEncoding.Kind.XOR ? 0 : 0.5 / enc.divisor();
                assertThat(b.value(i)).as("%s sample %d", live.id(), i).isCloseTo(a.value(i), org.assertj.core.api.Assertions.within(tolerance));
            }
        }
    }

    /** A capture is a record of what was final: an open log bucket's value, which may still change, is never written. */
    @Test
    void openLogBucketsAreNeverRecordedOnlyFinalSamples() throws Exception {
        SeriesStore store = new SeriesStore();
        Series p99 = store.series(P99, Unit.MILLISECONDS);
        Series active = store.series(ACTIVE, Unit.CONNECTIONS);
        Path file = dir.resolve("c.sightline");
        CaptureWriter writer = CaptureWriter.start(store, file, CaptureMetadata.startingAt(T0, ZoneId.of("UTC")),
                lifecycle, CaptureWriter.Options.defaults().withFlushInterval(java.time.Duration.ofMillis(20)));
        for (int i = 0; i < 10; i++) {
            p99.append(T0 + i * 1000L, 100 + i);
        }
        p99.setProvisional(new long[] {T0 + 10_000, T0 + 11_000, T0 + 12_000}, new double[] {777, 888, 999});
        active.append(T0, 3); // written after the tail existed: once it is recorded, the writer has seen the tail
        await().until(() -> writer.samplesWritten() == 11);
        p99.append(T0 + 10_000, 110); // the first open bucket becomes final; the rest stay open at close
        writer.close();
        assertThat(writer.failure()).isNull();

        try (CaptureReader reader = CaptureReader.open(file)) {
            Series replayed = reader.replay().store().find(P99).orElseThrow();
            java.util.List<Double> values = new java.util.ArrayList<>();
            Series.Snapshot snap = replayed.snapshot();
            for (int i = 0; i < snap.size(); i++) {
                values.add(snap.value(i));
            }
            assertThat(values).containsExactly(100.0, 101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0, 108.0, 109.0,
                    110.0);
            assertThat(replayed.provisional().isEmpty()).isTrue();
        }
    }
}
