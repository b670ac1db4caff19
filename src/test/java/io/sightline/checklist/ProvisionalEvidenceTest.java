package io.sightline.checklist;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence reads log series' open buckets too: a latency rise counts seconds after it starts, not a minute. */
class ProvisionalEvidenceTest {
    private static final long NOW = 1_767_000_000_000L;

    @Test
    void aLatencyRiseStillInOpenBucketsIsEvidence() {
        SeriesStore store = new SeriesStore();
        Series p99 = store.series(SeriesId.of(Metrics.SOURCE_LOG, "access", Metrics.LATENCY_P99), Unit.MILLISECONDS);
        for (long t = NOW - 1_800_000; t <= NOW - 61_000; t += 1000) {
            p99.append(t, 50);
        }
        DiagnosisEngine engine = new DiagnosisEngine();
        assertThat(engine.evidence(store, NOW).get(EvidenceIds.LATENCY_RISE).status())
                .as("final data alone: nothing has happened").isEqualTo(Evidence.Status.ABSENT);

        long[] times = new long[60];
        double[] values = new double[60];
        for (int i = 0; i < 60; i++) {
            times[i] = NOW - 59_000 + i * 1000L;
            values[i] = i < 30 ? 50 : 900; // the last half minute, still behind the 60 s watermark
        }
        p99.setProvisional(times, values);
        Evidence rise = engine.evidence(store, NOW).get(EvidenceIds.LATENCY_RISE);
        assertThat(rise.status()).isEqualTo(Evidence.Status.PRESENT);
        assertThat(rise.value()).isGreaterThan(10);
    }
}
