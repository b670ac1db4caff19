package io.sightline.series;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The latest sampled numbers of one connection pool as the store holds them, for tiles and tables. A value is
 * {@code NaN} when the pool's series is in a gap (target unreachable): views show it as unknown, never as the last
 * value seen.
 */
public record PoolReading(String source, String target, String pool, long sampleTime,
                          double active, double idle, double total, double waiting, double max) {

    /** Utilisation in percent (active / max), NaN when unknown. */
    public double utilisation() {
        return max > 0 ? 100.0 * active / max : Double.NaN;
    }

    /** True when every connection is in use or threads are queueing for one: the pool is the bottleneck now. */
    public boolean saturated() {
        return waiting > 0 || (max > 0 && active >= max);
    }

    /** One reading per pool found in {@code store}, sorted by target then pool. */
    public static List<PoolReading> latest(SeriesStore store) {
        List<PoolReading> out = new ArrayList<>();
        List<Series> actives = store.matching(id -> id.metric().equals(Metrics.POOL_ACTIVE));
        Set<String> polled = new HashSet<>();
        for (Series s : actives) {
            if (s.id().source().equals(Metrics.SOURCE_JMX)) {
                polled.add(s.id().label(Metrics.LABEL_POOL));
            }
        }
        for (Series active : actives) {
            SeriesId id = active.id();
            // Numbers parsed from a log line stand in only for a pool nobody polls over JMX.
            if (!id.source().equals(Metrics.SOURCE_JMX) && polled.contains(id.label(Metrics.LABEL_POOL))) {
                continue;
            }
            Series.Snapshot snap = active.snapshot();
            if (snap.isEmpty()) {
                continue;
            }
            out.add(new PoolReading(id.source(), id.target(), id.label(Metrics.LABEL_POOL), snap.lastTime(),
                    snap.lastValue(),
                    sibling(store, id, Metrics.POOL_IDLE),
                    sibling(store, id, Metrics.POOL_TOTAL),
                    sibling(store, id, Metrics.POOL_WAITING),
                    sibling(store, id, Metrics.POOL_MAX)));
        }
        return out;
    }

    private static double sibling(SeriesStore store, SeriesId active, String metric) {
        Optional<Series> s = store.find(SeriesId.of(active.source(), active.target(), metric, active.labels()));
        if (s.isEmpty() || s.get().snapshot().isEmpty()) {
            return Double.NaN;
        }
        return s.get().snapshot().lastValue();
    }
}
