package io.sightline.source.log;

import io.sightline.series.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Two range readers give exactly what one gives: ranges start at entries, never inside a stack trace. */
class ParallelRangesTest {
    @TempDir
    Path dir;

    @Test
    void splittingAFileNeverChangesTheResult() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(String.format("2024-01-15 10:%02d:%02d.000 [main] ERROR a.B - failed %d%n", i / 60 % 60, i % 60, i));
            sb.append("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, "
                    + "request timed out after 30000ms.\n");
            for (int f = 0; f < i % 40; f++) {
                sb.append("\tat a.B.c").append(f).append("(B.java:1)\n");
            }
        }
        Path file = dir.resolve("app.log");
        Files.writeString(file, sb);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Event> one = new ArrayList<>();
            List<Event> three = new ArrayList<>();
            LogFileReader.Result a = read(file, 1, one, pool);
            LogFileReader.Result b = read(file, 3, three, pool);
            assertThat(b.stats()).isEqualTo(a.stats());
            assertThat(a.stats().raw()).isZero();
            assertThat(a.stats().parsed()).isEqualTo(3000);
            assertThat(b.buckets()).isEqualTo(a.buckets());
            assertThat(three).isEqualTo(one);
            assertThat(b.buckets().stream().mapToLong(BucketValues::poolTimeouts).sum()).isEqualTo(3000);
        } finally {
            pool.shutdownNow();
        }
    }

    private static LogFileReader.Result read(Path file, int threads, List<Event> events, ExecutorService pool)
            throws Exception {
        ParseContext ctx = new ParseContext(ZoneOffset.UTC, Duration.ZERO, LocalDate.of(2024, 1, 15),
                Clock.systemUTC(), new LogStats());
        return LogFileReader.read(file, "app", null, ctx, 60_000, threads, events::add, pool, 0);
    }
}
