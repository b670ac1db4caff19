package io.sightline.series;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PoolReadingTest {
    private final SeriesStore store = new SeriesStore();

    private void pool(String source, String target, String pool, double active, double waiting, double max) {
        Map<String, String> l = Map.of(Metrics.LABEL_POOL, pool);
        store.series(SeriesId.of(source, target, Metrics.POOL_ACTIVE, l), Unit.CONNECTIONS).append(1, active);
        store.series(SeriesId.of(source, target, Metrics.POOL_WAITING, l), Unit.THREADS).append(1, waiting);
        if (!Double.isNaN(max)) {
            store.series(SeriesId.of(source, target, Metrics.POOL_MAX, l), Unit.CONNECTIONS).append(1, max);
        }
    }

    @Test
    void polledPoolsWinOverTheirCopiesParsedFromLogs() {
        pool("jmx", "shop-1", "main", 3, 12, 3);
        pool("log", "app", "main", 3, 9, Double.NaN);
        pool("log", "app", "orders", 1, 0, Double.NaN);
        assertThat(PoolReading.latest(store)).extracting(r -> r.source() + "/" + r.pool())
                .containsExactly("jmx/main", "log/orders");
    }

    @Test
    void saturationAndUnknownsAreReportedHonestly() {
        pool("jmx", "shop-1", "main", 3, 12, 3);
        pool("jmx", "shop-2", "main", 2, 0, 10);
        store.series(SeriesId.parse("jmx/shop-2/hikari.active{pool=main}"), Unit.CONNECTIONS).appendGap(2);
        PoolReading saturated = PoolReading.latest(store).get(0);
        PoolReading unreachable = PoolReading.latest(store).get(1);
        assertThat(saturated.saturated()).isTrue();
        assertThat(saturated.utilisation()).isEqualTo(100.0);
        assertThat(unreachable.active()).as("a gap is unknown, not the last value seen").isNaN();
        assertThat(unreachable.utilisation()).isNaN();
    }
}
