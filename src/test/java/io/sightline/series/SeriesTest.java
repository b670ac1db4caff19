package io.sightline.series;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeriesTest {
    private static final SeriesId ID = SeriesId.parse("jmx/shop-1/hikari.active{pool=shop}");

    @Test
    void idRoundTripsThroughItsTextForm() {
        assertThat(ID.source()).isEqualTo("jmx");
        assertThat(ID.target()).isEqualTo("shop-1");
        assertThat(ID.metric()).isEqualTo("hikari.active");
        assertThat(ID.labels()).containsEntry("pool", "shop");
        assertThat(SeriesId.parse(ID.toString())).isEqualTo(ID);
        assertThat(SeriesId.of("log", "access", "latency.p99").toString()).isEqualTo("log/access/latency.p99");
        assertThatThrownBy(() -> SeriesId.parse("nonsense")).hasMessageContaining("not a series id");
    }

    @Test
    void rangeQueriesSeeSamplesAcrossChunks() {
        Series s = new Series(ID, Unit.CONNECTIONS, 0);
        int n = Series.CHUNK_SIZE * 3 + 17;
        for (int i = 0; i < n; i++) {
            s.append(1000L * i, i);
        }
        Series.Snapshot snap = s.snapshot();
        assertThat(snap.size()).isEqualTo(n);
        assertThat(snap.lowerBound(5_000_500)).isEqualTo(5001);
        assertThat(snap.floorIndex(5_000_500)).isEqualTo(5000);
        List<Double> seen = new ArrayList<>();
        snap.forEach(4_095_000, 4_098_000, (t, v) -> seen.add(v));
        assertThat(seen).containsExactly(4095.0, 4096.0, 4097.0);
        assertThat(snap.lastValue()).isEqualTo(n - 1);
    }

    @Test
    void gapIsOneNanSampleNeverRepeated() {
        Series s = new Series(ID, Unit.CONNECTIONS, 0);
        s.append(1, 5);
        s.appendGap(2);
        s.appendGap(3);
        s.append(4, 6);
        Series.Snapshot snap = s.snapshot();
        assertThat(snap.size()).isEqualTo(3);
        assertThat(snap.value(1)).isNaN();
    }

    @Test
    void retentionDropsWholeOldChunksOnly() {
        long retention = 10_000L * Series.CHUNK_SIZE;
        Series s = new Series(ID, Unit.CONNECTIONS, retention);
        int n = Series.CHUNK_SIZE * 4;
        for (int i = 0; i < n; i++) {
            s.append(10_000L * i, i);
        }
        Series.Snapshot snap = s.snapshot();
        assertThat(snap.size()).isLessThan(n).isGreaterThanOrEqualTo(Series.CHUNK_SIZE * 2);
        assertThat(snap.size() % Series.CHUNK_SIZE).isZero();
        assertThat(snap.lastValue()).isEqualTo(n - 1);
        assertThat(snap.value(0)).isEqualTo(n - snap.size());
    }

    @Test
    void readersNeverSeeTornOrUnorderedSamplesWhileTheWriterAppends() throws Exception {
        Series s = new Series(ID, Unit.CONNECTIONS, 50_000L);
        int n = 400_000;
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> problem = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            started.countDown();
            while (problem.get() == null) {
                Series.Snapshot snap = s.snapshot();
                for (int i = 1; i < snap.size(); i++) {
                    // Writer appends value == time, so a mismatch means a torn or unpublished sample.
                    if (snap.value(i) != snap.time(i) || snap.time(i) < snap.time(i - 1)) {
                        problem.set("bad sample at " + i + ": " + snap.time(i) + " -> " + snap.value(i));
                    }
                }
                if (snap.size() > 0 && snap.lastTime() == n - 1) {
                    return;
                }
            }
        });
        reader.start();
        started.await();
        for (int i = 0; i < n; i++) {
            s.append(i, i);
        }
        reader.join();
        assertThat(problem.get()).isNull();
    }
}
