package io.sightline.capture;

import io.sightline.capture.codec.ChunkSummary;
import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The first frame of a replay, from summaries only: never hides a value, at most one block wider. */
class CaptureOverviewTest {
    static final long T0 = 1_767_000_000_000L;
    static final SeriesId LATENCY = SeriesId.of("log", "access", "latency.p99");

    @TempDir
    Path dir;

    @Test
    void everyColumnEnvelopesItsSamplesAndReachesAtMostOneBlockFurther() {
        SeriesStore store = new SeriesStore();
        Path file = dir.resolve("o.sightline");
        Series s = store.series(LATENCY, Unit.MILLISECONDS);
        Random r = new Random(3);
        int n = 36_000; // one hour at 100 ms
        try (Lifecycle lifecycle = new Lifecycle()) {
            CaptureWriter writer = CaptureWriter.start(store, file, CaptureMetadata.startingAt(T0, ZoneId.of("UTC")),
                    lifecycle, CaptureWriter.Options.defaults());
            for (int i = 0; i < n; i++) {
                s.append(T0 + i * 100L, i % 5000 == 0 ? 900 : Math.round(20_000 + r.nextGaussian() * 3000) / 1000.0);
            }
            writer.close();
        }
        int columns = 160;
        try (CaptureReader reader = CaptureReader.open(file)) {
            CaptureOverview o = reader.overview(TimeWindow.ALL, columns);
            assertThat(o.from()).isEqualTo(T0);
            double[] min = o.min().get(LATENCY);
            double[] max = o.max().get(LATENCY);
            Series.Snapshot snap = s.snapshot();
            double perColumn = (double) (o.to() - o.from()) / columns;
            long blockSpan = ChunkSummary.BLOCK * 100L;
            for (int c = 0; c < columns; c++) {
                long c0 = o.from() + (long) Math.ceil(c * perColumn);
                long c1 = o.from() + (long) Math.ceil((c + 1) * perColumn);
                double[] exact = minMax(snap, c0, c1);
                double[] loose = minMax(snap, c0 - blockSpan, c1 + blockSpan);
                assertThat(min[c]).as("column %d min", c).isLessThanOrEqualTo(exact[0]).isGreaterThanOrEqualTo(loose[0] - 1e-3);
                assertThat(max[c]).as("column %d max", c).isGreaterThanOrEqualTo(exact[1]).isLessThanOrEqualTo(loose[1] + 1e-3);
            }
            assertThat(max[0]).isEqualTo(900); // the spike at the very first sample is in the first frame
        }
    }

    private static double[] minMax(Series.Snapshot s, long from, long to) {
        double[] mm = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        s.forEach(from, to, (t, v) -> {
            mm[0] = Math.min(mm[0], v);
            mm[1] = Math.max(mm[1], v);
        });
        return mm;
    }
}
