package io.sightline.source.log;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedMetricsTest {
    private static final long T0 = 1_700_000_000_000L;
    private final List<BucketValues> finals = new ArrayList<>();
    private final LogStats stats = new LogStats();
    private final DerivedMetrics m = new DerivedMetrics(1000, 60_000, finals::add, stats);

    @Test
    void outOfOrderLinesLandInTheirSecondUntilTheWatermarkPasses() {
        m.request(T0 + 10_500, 200, 5_000);
        m.request(T0 + 500, 500, 100_000);     // 10 s late: still open
        m.request(T0 + 30_000, 404, 1_000);
        m.publishProvisional();
        assertThat(finals).isEmpty();
        assertThat(m.isFinal(T0)).isFalse();
        assertThat(m.provisional()).extracting(BucketValues::start).containsExactly(T0, T0 + 10_000, T0 + 30_000);
        assertThat(m.provisional().get(0).c5xx()).isEqualTo(1);

        m.request(T0 + 61_000, 200, 2_000);     // watermark now T0+1000: second T0 is final
        assertThat(finals).extracting(BucketValues::start).containsExactly(T0);
        assertThat(finals.get(0).p99()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(m.isFinal(T0)).isTrue();
        assertThat(m.isFinal(T0 + 1000)).isFalse();

        m.request(T0 + 700, 200, 1_000);        // behind the watermark: counted as late, not merged
        assertThat(stats.snapshot().late()).isEqualTo(1);
        assertThat(finals.get(0).requests()).isEqualTo(1);

        m.flush();
        // every second from T0 to T0+61 appears once, in order, quiet ones as zero
        assertThat(finals).extracting(BucketValues::start).isSorted().doesNotHaveDuplicates().hasSize(62);
        assertThat(finals.stream().mapToLong(BucketValues::requests).sum()).isEqualTo(4);
        assertThat(finals.get(5).requests()).isZero();
        assertThat(finals.get(5).p50()).isNaN();
    }

    @Test
    void whenLinesStopTheClockMovesTheWatermark() {
        m.request(T0 + 500, 200, 1_000);
        m.request(T0 + 1_500, 200, 1_000);
        m.idle(T0 + 30_000);                    // quiet for 30 s: still inside the 60 s watermark
        assertThat(finals).isEmpty();
        m.idle(T0 + 61_600);                    // 60 s after the first second ended: that one is final
        assertThat(finals).extracting(BucketValues::start).containsExactly(T0);
        m.idle(T0 + 62_000);                    // and 60 s after the second one ended
        assertThat(finals).extracting(BucketValues::start).containsExactly(T0, T0 + 1000);
        assertThat(m.isFinal(T0 + 1_999)).isTrue();
    }

    @Test
    void finalBucketsAppendToAppendOnlySeriesAndProvisionalStaysSeparate() {
        SeriesStore store = new SeriesStore();
        DerivedMetrics live = new DerivedMetrics(1000, 60_000, new SeriesBucketSink(store, "access"), stats);
        for (int s = 0; s < 120; s++) {
            for (int i = 0; i < 10; i++) {
                live.request(T0 + s * 1000L + i, s == 5 ? 503 : 200, (s + 1) * 1000L);
            }
        }
        live.publishProvisional();
        Series rate = store.find(SeriesId.of(Metrics.SOURCE_LOG, "access", Metrics.REQUEST_RATE)).orElseThrow();
        Series p99 = store.find(SeriesId.parse("log/access/latency.p99")).orElseThrow();
        Series r5xx = store.find(SeriesId.parse("log/access/http.5xx.rate")).orElseThrow();
        // newest line at T0+119 s: seconds before T0+59 s are final and in the series, the rest provisional
        assertThat(rate.size()).isEqualTo(59);
        assertThat(rate.snapshot().lastTime()).isEqualTo(T0 + 58_000);
        assertThat(rate.snapshot().value(0)).isEqualTo(10.0);
        assertThat(r5xx.snapshot().value(5)).isEqualTo(10.0);
        assertThat(p99.snapshot().value(9)).isEqualTo(10.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(live.provisional()).hasSize(61);
        assertThat(live.provisional().get(0).start()).isEqualTo(T0 + 59_000);
        assertThat(live.provisional().get(0).value(Metrics.REQUEST_RATE)).isEqualTo(10.0);
    }
}
