package io.sightline.capture;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A capture is a record of what was final: an open log bucket's value, which may still change, is never written. */
class CaptureProvisionalTest {
    private static final SeriesId P99 = SeriesId.of(Metrics.SOURCE_LOG, "access", Metrics.LATENCY_P99);
    private static final SeriesId ACTIVE = SeriesId.of(Metrics.SOURCE_JMX, "shop-1", Metrics.POOL_ACTIVE);
    private static final long T0 = 1_767_000_000_000L;

    @TempDir
    Path dir;
    private final Lifecycle lifecycle = new Lifecycle();

    @AfterEach
    void close() {
        lifecycle.close();
    }

    @Test
    void onlyFinalSamplesAreRecorded() throws Exception {
        SeriesStore store = new SeriesStore();
        Series p99 = store.series(P99, Unit.MILLISECONDS);
        Series active = store.series(ACTIVE, Unit.CONNECTIONS);
        Path file = dir.resolve("c.sightline");
        CaptureWriter writer = CaptureWriter.start(store, file, CaptureMetadata.startingAt(T0, ZoneId.of("UTC")),
                lifecycle, CaptureWriter.Options.defaults().withFlushInterval(Duration.ofMillis(20)));
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
            List<Double> values = new ArrayList<>();
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
