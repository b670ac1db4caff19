package io.sightline.source.log;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import org.HdrHistogram.Histogram;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Live tail latency: a writer appends access-log lines at a fixed rate, each carrying the nanoTime it was
 * written; a {@link FileTailSource} (default 25 ms poll) sees them; latency = seen - written. Not a test (timing
 * goals live in benchmarks): run with
 * {@code java -cp target/test-classes:target/sightline.jar io.sightline.source.log.TailLatencyBench 50000 10}.
 */
public final class TailLatencyBench {
    private TailLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path file = Files.createTempFile("tail-latency", ".log");
        Histogram latency = new Histogram(3);
        int total = rate * seconds;
        CountDownLatch done = new CountDownLatch(1);
        long[] seen = new long[1];
        try (Lifecycle lifecycle = new Lifecycle()) {
            FileTailSource tail = new FileTailSource("bench", file, LogOptions.defaults().withFormat(LogFormat.ACCESS),
                    new SeriesStore(), lifecycle, Clock.systemUTC());
            tail.onLine(line -> {
                long sent = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                long now = System.nanoTime();
                if (++seen[0] > rate) { // the first second is warm-up
                    latency.recordValue(Math.max(0, (now - sent) / 1000));
                }
                if (seen[0] == total) {
                    done.countDown();
                }
            });
            lifecycle.own(tail);
            tail.start();
            write(file, rate, total);
            done.await();
        }
        System.out.printf("tail latency at %d lines/s for %d s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", rate, seconds,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0);
        Files.deleteIfExists(file);
    }

    /** Appends in 1 ms batches so the rate is steady; each line ends with its write time (nanoTime). */
    public static void write(Path file, int rate, int total) throws Exception {
        String prefix = "10.0.0.1 - - [20/Nov/2026:10:00:00 +0000] \"GET /cart HTTP/1.1\" 200 512 \"-\" \"bench\" ";
        long start = System.nanoTime();
        int written = 0;
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            while (written < total) {
                long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
                StringBuilder sb = new StringBuilder();
                while (written < Math.min(due, total)) {
                    sb.append(prefix).append(System.nanoTime()).append('\n');
                    written++;
                }
                if (sb.length() > 0) {
                    out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                LockSupport.parkNanos(1_000_000);
            }
        }
    }
}
