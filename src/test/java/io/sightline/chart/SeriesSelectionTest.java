package io.sightline.chart;

import io.sightline.series.Metrics;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The series-selection rule the GUI's panels and the postmortem's PNGs share. */
public class SeriesSelectionTest {
    static final Map<String, String> SHOP = Map.of(Metrics.LABEL_POOL, "shop-db");
    static final Map<String, String> BATCH = Map.of(Metrics.LABEL_POOL, "batch");

    /** A pool polled over JMX and also parsed from HikariCP's log lines, plus a pool only the log knows. */
    public static SeriesStore polledAndLogged() {
        SeriesStore store = new SeriesStore();
        for (String metric : new String[] {Metrics.POOL_ACTIVE, Metrics.POOL_WAITING, Metrics.POOL_MAX}) {
            store.series(SeriesId.of(Metrics.SOURCE_JMX, "127.0.0.1:9010", metric, SHOP), Unit.CONNECTIONS).append(1, 3);
        }
        for (String metric : new String[] {Metrics.POOL_ACTIVE, Metrics.POOL_WAITING}) {
            store.series(SeriesId.of(Metrics.SOURCE_LOG, "app", metric, SHOP), Unit.CONNECTIONS).append(1, 3);
            store.series(SeriesId.of(Metrics.SOURCE_LOG, "app", metric, BATCH), Unit.CONNECTIONS).append(1, 2);
        }
        return store;
    }

    @Test
    void aPoolPolledOverJmxIsDrawnOnceAndALogOnlyPoolStillShows() {
        assertThat(SeriesSelection.plots(PanelKind.POOL, polledAndLogged().all())).extracting(PlotSeries::label)
                .containsExactly("active (shop-db) · 127.0.0.1:9010", "active (batch) · app",
                        "waiting (shop-db) · 127.0.0.1:9010", "waiting (batch) · app", "max (shop-db) · 127.0.0.1:9010");
    }

    @Test
    void oneTargetNeedsNoTargetInTheLegend() {
        SeriesStore store = new SeriesStore();
        store.series(SeriesId.of(Metrics.SOURCE_LOG, "app", Metrics.POOL_WAITING, SHOP), Unit.THREADS).append(1, 3);
        store.series(SeriesId.of(Metrics.SOURCE_LOG, "access", Metrics.LATENCY_P95), Unit.MILLISECONDS).append(1, 3);

        assertThat(SeriesSelection.plots(PanelKind.POOL, store.all())).extracting(PlotSeries::label)
                .containsExactly("waiting (shop-db)");
        assertThat(SeriesSelection.plots(PanelKind.JVM, store.all())).isEmpty();
    }
}
