package io.sightline.source.log;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rotation with sequence-numbered lines: what arrives is checked number by number. */
class FileTailSourceTest {
    @TempDir
    Path dir;

    private final Lifecycle lifecycle = new Lifecycle();
    private final List<Integer> seen = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        lifecycle.close();
    }

    private FileTailSource tail(Path file, LogOptions options) {
        FileTailSource s = new FileTailSource("app", file, options.withFormat(LogFormat.RAW),
                new SeriesStore(), lifecycle, Clock.systemUTC());
        s.onLine(line -> seen.add(Integer.parseInt(line.substring(4))));
        lifecycle.own(s);
        return s;
    }

    private static void append(Path file, int from, int to) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append("seq ").append(i).append('\n');
        }
        Files.writeString(file, sb, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static String runs(List<Integer> l) {
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 1; i <= l.size(); i++) {
            if (i == l.size() || l.get(i) != l.get(i - 1) + 1) {
                sb.append(l.get(start)).append('-').append(l.get(i - 1)).append(' ');
                start = i;
            }
        }
        return sb.toString();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> l = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            l.add(i);
        }
        return l;
    }

    private static final int N = 30_000;
    private static final int PER_FILE = 1_500;

    interface Rotation {
        void rotate() throws IOException;
    }

    /** Starts a fast-polling tail, then writes N numbered lines in a burst, rotating every PER_FILE lines. */
    private FileTailSource burst(Path file, Rotation rotation) throws IOException {
        Files.createFile(file);
        FileTailSource s = tail(file, LogOptions.defaults().withPollInterval(Duration.ofMillis(5)));
        s.start();
        // siblings present when a source starts are history (not read without withHistory): start first
        await().atMost(Duration.ofSeconds(5)).until(() -> s.status().startsWith("following"));
        for (int first = 1; first <= N; first += PER_FILE) {
            append(file, first, first + PER_FILE - 1);
            if (first + PER_FILE <= N) {
                rotation.rotate();
            }
        }
        return s;
    }

    @Test
    void renameRotationInABurstLosesAndRepeatsNothing() throws Exception {
        int n = N;
        Path file = dir.resolve("app.log");
        // logrotate: app.log.k -> .k+1, app.log -> app.log.1, new app.log
        FileTailSource s = burst(file, () -> shiftAndRename(file));
        await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() >= n);
        assertThat(new ArrayList<>(seen)).as(() -> runs(new ArrayList<>(seen))).containsExactlyElementsOf(range(1, n));
        assertThat(s.rotations()).isGreaterThanOrEqualTo(1);
    }

    private static void shiftAndRename(Path file) throws IOException {
        int k = 1;
        while (Files.exists(Path.of(file + "." + k))) {
            k++;
        }
        for (int i = k - 1; i >= 1; i--) {
            Files.move(Path.of(file + "." + i), Path.of(file + "." + (i + 1)));
        }
        Files.move(file, Path.of(file + ".1"));
        Files.createFile(file);
    }

    @Test
    void copytruncateInABurstRepeatsNothing() throws Exception {
        int n = N;
        int per = PER_FILE;
        Path file = dir.resolve("app.log");
        FileTailSource s = burst(file, () -> {
            Files.copy(file, Path.of(file + ".1"), StandardCopyOption.REPLACE_EXISTING);
            truncate(file);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> !seen.isEmpty() && seen.get(seen.size() - 1) == n);
        List<Integer> got = new ArrayList<>(seen);
        assertThat(got).as(() -> runs(got)).doesNotHaveDuplicates().isSorted();
        // the last file's lines were in it when read: all there
        assertThat(got).containsAll(range(n - per + 1, n));
        // each move from one file generation to the next that the tail saw lines of is a detected truncation
        long generations = got.stream().map(i -> (i - 1) / per).distinct().count();
        assertThat(s.truncations()).isGreaterThanOrEqualTo((int) generations - 1);
    }

    @Test
    void truncationDetectedWhenShorterAndWhenAlreadyGrownPastTheOldPosition() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, 1, 100);
        FileTailSource s = tail(file, LogOptions.defaults());
        s.poll();
        assertThat(seen).containsExactlyElementsOf(range(1, 100));

        truncate(file);
        append(file, 101, 110);                 // shorter than what was read
        s.poll();
        assertThat(s.truncations()).isEqualTo(1);

        truncate(file);
        append(file, 111, 600);                 // grown past the old position before the poll
        assertThat(Files.size(file)).isGreaterThan(10 * "seq 101\n".length());
        s.poll();
        assertThat(s.truncations()).isEqualTo(2);
        assertThat(new ArrayList<>(seen)).containsExactlyElementsOf(range(1, 600));

        s.poll();                               // nothing new: nothing detected, nothing repeated
        assertThat(s.truncations()).isEqualTo(2);
        assertThat(seen).hasSize(600);
    }

    private static void truncate(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(0);
        }
    }

    @Test
    void renameFinishesTheOldFileFirstIncludingLinesWrittenAfterTheLastPoll() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, 1, 100);
        FileTailSource s = tail(file, LogOptions.defaults());
        s.poll();
        append(file, 101, 120);                 // written to the old file after the last poll
        Files.move(file, Path.of(file + ".1"));
        append(file, 121, 130);
        s.poll();
        assertThat(new ArrayList<>(seen)).containsExactlyElementsOf(range(1, 130));
        assertThat(s.rotations()).isEqualTo(1);
    }

    @Test
    void rotatedSiblingsAreReadAsHistoryOldestFirst() throws Exception {
        Path file = dir.resolve("app.log");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(Path.of(file + ".2.gz")))) {
            gz.write("seq 1\nseq 2\n".getBytes(StandardCharsets.US_ASCII));
        }
        append(Path.of(file + ".1"), 3, 4);
        append(file, 5, 6);
        FileTailSource s = tail(file, LogOptions.defaults().withHistory());
        s.poll();
        assertThat(new ArrayList<>(seen)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void followingFromTheEndSkipsThePastAndSeesNewLinesQuickly() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, 1, 50);
        FileTailSource s = tail(file, LogOptions.defaults().fromEnd());
        s.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> s.status().startsWith("following"));
        append(file, 51, 52);
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
        assertThat(seen).containsExactly(51, 52);
    }

    @Test
    void aFollowedRealAccessLogFillsTheSeriesOnceItsBucketsAreFinal() throws Exception {
        Path file = dir.resolve("access.log");
        Files.copy(Fixtures.realLog("apache-combined-10k.log"), file);
        io.sightline.series.SeriesStore store = new io.sightline.series.SeriesStore(Duration.ZERO);
        FileTailSource s = new FileTailSource("apache", file, LogOptions.defaults(), store, lifecycle,
                Clock.systemUTC());
        lifecycle.own(s);
        s.start();
        // May 2015 is far behind the watermark: once the file is read and the source idle, every second is final
        await().atMost(Duration.ofSeconds(20)).until(() -> sum(store, "log/apache/requests.rate") == 9_999);
        assertThat(s.format()).isEqualTo(LogFormat.ACCESS);
        assertThat(sum(store, "log/apache/http.5xx.rate")).isEqualTo(3);   // awk '$9 >= 500' | wc -l
        assertThat(sum(store, "log/apache/http.4xx.rate")).isEqualTo(217); // awk '$9 >= 400 && $9 < 500' | wc -l
        // the provisional view is republished a moment later (at most 5 times a second)
        await().atMost(Duration.ofSeconds(5)).until(() -> s.metrics().provisional().isEmpty());
        assertThat(s.stats().rawByReason()).containsEntry(AccessLogParser.REASON_UNTERMINATED, 1L);
        assertThat(store.events().all()).filteredOn(e -> e.kind().equals(io.sightline.series.EventKinds.LOG_UNPARSED))
                .hasSize(1);
    }

    private static long sum(io.sightline.series.SeriesStore store, String id) {
        return store.find(io.sightline.series.SeriesId.parse(id)).map(series -> {
            var snap = series.snapshot();
            double total = 0;
            for (int i = 0; i < snap.size(); i++) {
                if (!Double.isNaN(snap.value(i))) {
                    total += snap.value(i);
                }
            }
            return Math.round(total);
        }).orElse(-1L);
    }

    @Test
    void aFileThatDoesNotExistYetIsWaitedFor() throws Exception {
        Path file = dir.resolve("later.log");
        FileTailSource s = tail(file, LogOptions.defaults());
        s.poll();
        assertThat(s.status()).startsWith("waiting for");
        append(file, 1, 3);
        s.poll();
        assertThat(seen).containsExactly(1, 2, 3);
    }
}
