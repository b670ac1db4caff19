package io.sightline.capture;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Event;
import io.sightline.series.EventKinds;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Severity;
import io.sightline.series.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Damaged, truncated, foreign and future files: each opens with what is intact or is refused in one line. */
class CaptureDamageTest {
    static final long T0 = 1_767_000_000_000L;
    static final int SERIES = 4;
    static final int SAMPLES = 30_000;

    @TempDir
    static Path shared;
    static Path original;
    static SeriesStore live;

    @TempDir
    Path dir;

    @BeforeAll
    static void record() {
        live = new SeriesStore();
        original = shared.resolve("original.sightline");
        try (Lifecycle lifecycle = new Lifecycle()) {
            CaptureWriter writer = CaptureWriter.start(live, original, CaptureMetadata.startingAt(T0, ZoneId.of("UTC")),
                    lifecycle, CaptureWriter.Options.defaults());
            Random r = new Random(1);
            for (int s = 0; s < SERIES; s++) {
                Series series = live.series(SeriesId.of("jmx", "shop-" + s, "hikari.active"), Unit.CONNECTIONS);
                for (int i = 0; i < SAMPLES; i++) {
                    series.append(T0 + i * 100L, r.nextInt(20));
                }
            }
            for (int i = 0; i < 500; i++) {
                live.events().add(Event.of(T0 + i * 1000L, "log/app", EventKinds.LOG_EXCEPTION, Severity.WARN, "line " + i));
            }
            writer.close();
        }
    }

    @Test
    void randomBytesInTheMiddleCostOnlyTheChunksTheyHitAndAreReported() throws Exception {
        Path file = copy("damaged.sightline");
        long size = Files.size(file);
        Random r = new Random(7);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int k = 0; k < 8; k++) {
                byte[] junk = new byte[64];
                r.nextBytes(junk);
                raf.seek(size / 3 + r.nextInt((int) (size / 3)));
                raf.write(junk);
            }
        }
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureReader.Replay replay = reader.replay();
            CaptureReport report = replay.report();
            assertThat(report.intact()).isFalse();
            assertThat(report.losses()).isNotEmpty();
            assertThat(report.lines(ZoneId.of("UTC"))).isNotEmpty()
                    .anyMatch(l -> l.matches("series jmx/shop-\\d/hikari.active: \\d+ chunks? lost between \\d\\d:\\d\\d:\\d\\d and \\d\\d:\\d\\d:\\d\\d \\(.*\\)"));
            assertThat(report.samplesRead()).isLessThan((long) SERIES * SAMPLES).isGreaterThan(SAMPLES);
            assertReadSamplesAreTheRecordedOnes(replay.store());
        }
    }

    @Test
    void aDamagedChunkTableIsSurfacedByTheIntegrityCheckAndEventsStillOpen() throws Exception {
        Path file = copy("index.sightline");
        long root;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'chunk'")) {
            root = rs.getLong(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((root - 1) * 4096);
            raf.write(new byte[] {(byte) 0x77, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x12, 0x34});
        }
        try (CaptureReader reader = CaptureReader.open(file)) {
            assertThat(reader.integrity()).isNotEqualTo(java.util.List.of("ok"));
            CaptureReader.Replay replay = reader.replay();
            assertThat(replay.report().lines(ZoneId.of("UTC")).get(0)).contains("SQLite integrity check reports");
            assertThat(replay.store().events().size()).isEqualTo(500);
        }
    }

    @Test
    void aTruncatedFileOpensWithItsFirstPartAndSaysWhatIsMissing() throws Exception {
        Path file = copy("truncated.sightline");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() * 6 / 10);
        }
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureReader.Replay replay = reader.replay();
            assertThat(replay.report().intact()).isFalse();
            assertThat(replay.report().lines(ZoneId.of("UTC"))).isNotEmpty();
            assertThat(replay.report().samplesRead()).isPositive().isLessThan((long) SERIES * SAMPLES);
            assertReadSamplesAreTheRecordedOnes(replay.store());
        }
    }

    @Test
    void aFileFromANewerSightlineIsRefusedNamingBothVersions() throws Exception {
        Path file = copy("future.sightline");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("PRAGMA user_version = 7");
        }
        assertThatThrownBy(() -> CaptureReader.open(file)).isInstanceOf(CaptureException.class)
                .hasMessage(file + ": written by a newer Sightline (capture format 7; this version reads up to 1); update Sightline to open it");
    }

    @Test
    void filesThatAreNotCapturesAreRefusedInOneLine() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, this is not a database\n".repeat(20));
        assertThatThrownBy(() -> CaptureReader.open(text)).isInstanceOf(CaptureException.class)
                .hasMessage(text + ": not a Sightline capture (not an SQLite database)");

        Path empty = Files.createFile(dir.resolve("empty.sightline"));
        assertThatThrownBy(() -> CaptureReader.open(empty)).hasMessage(empty + ": not a Sightline capture (not an SQLite database)");

        Path other = dir.resolve("other.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        assertThatThrownBy(() -> CaptureReader.open(other)).isInstanceOf(CaptureException.class)
                .hasMessageStartingWith(other + ": an SQLite database but not a Sightline capture");

        Path header = copy("header.sightline");
        try (RandomAccessFile raf = new RandomAccessFile(header.toFile(), "rw")) {
            raf.seek(16);
            raf.write(new byte[] {0x00, 0x03, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f}); // page size 3: impossible
        }
        assertThatThrownBy(() -> CaptureReader.open(header)).isInstanceOf(CaptureException.class)
                .hasMessageStartingWith(header + ": ").hasMessageNotContaining("\n");

        assertThatThrownBy(() -> CaptureReader.open(dir.resolve("missing.sightline")))
                .hasMessage(dir.resolve("missing.sightline") + ": no such capture file");
    }

    /** Every non-gap sample that came back is exactly one that was recorded, at its time. */
    private static void assertReadSamplesAreTheRecordedOnes(SeriesStore replayed) {
        for (Series s : replayed.all()) {
            Series.Snapshot back = s.snapshot();
            Series.Snapshot rec = live.find(s.id()).orElseThrow().snapshot();
            for (int i = 0; i < back.size(); i++) {
                if (Double.isNaN(back.value(i))) {
                    continue; // the gap marking a lost chunk
                }
                int j = rec.floorIndex(back.time(i));
                assertThat(rec.time(j)).isEqualTo(back.time(i));
                assertThat(back.value(i)).isEqualTo(rec.value(j));
            }
        }
    }

    private Path copy(String name) throws Exception {
        return Files.copy(original, dir.resolve(name));
    }
}
