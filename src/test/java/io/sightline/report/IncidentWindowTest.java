package io.sightline.report;

import io.sightline.lint.Facts;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the incident is in a capture, and the load its pool had to serve, read in hindsight. */
class IncidentWindowTest {
    private static final Map<String, String> POOL = Map.of(Metrics.LABEL_POOL, "shop-db");

    /** 5 minutes at 1 s: a 3 s burst while warming up, the incident from 60 s to 180 s, then recovery. */
    private static SeriesStore capture() {
        SeriesStore store = new SeriesStore();
        Series waiting = store.series(SeriesId.of("jmx", "shop-1", Metrics.POOL_WAITING, POOL), Unit.THREADS);
        Series active = store.series(SeriesId.of("jmx", "shop-1", Metrics.POOL_ACTIVE, POOL), Unit.CONNECTIONS);
        Series max = store.series(SeriesId.of("jmx", "shop-1", Metrics.POOL_MAX, POOL), Unit.CONNECTIONS);
        Series rate = store.series(SeriesId.of("log", "access", Metrics.REQUEST_RATE), Unit.PER_SECOND);
        for (int s = 0; s < 300; s++) {
            long t = s * 1000L;
            boolean incident = s >= 60 && s <= 180;
            boolean warmUp = s < 3;
            waiting.append(t, incident || warmUp ? 7 : 0);
            max.append(t, incident ? 3 : 20);
            active.append(t, incident ? 3 : (warmUp ? 20 : 2 + s % 2)); // 2.5 busy on average when healthy
            rate.append(t, 50);
        }
        return store;
    }

    @Test
    void theIncidentIsTheLongestRunOfSymptomsNotAStartUpBurst() {
        SeriesStore store = capture();
        assertThat(IncidentWindow.symptoms(store)).containsExactly(60_000L, 180_000L);
        assertThat(IncidentWindow.runs(store)).hasSize(2);
    }

    @Test
    void theHoldTimeComesFromUnsaturatedStretchesWhenTheChecklistHadNoBaseline() {
        SeriesStore store = capture();
        Facts.Load load = MeasuredLoad.fromCapture(store, IncidentWindow.symptoms(store)).orElseThrow();
        assertThat(load.ratePerSecond()).isEqualTo(50);
        assertThat(load.hold()).isBetween(Duration.ofMillis(40), Duration.ofMillis(60)); // 2 or 3 busy / 50 req/s
        assertThat(load.connections()).isBetween(2.0, 3.0);
    }
}
