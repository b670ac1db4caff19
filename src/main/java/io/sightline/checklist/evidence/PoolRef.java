package io.sightline.checklist.evidence;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;

import java.util.Optional;

/** One HikariCP pool as the JMX poller records it: its sibling series share target and labels. */
public record PoolRef(String target, String pool, SeriesStore store, SeriesId activeId) {

    static PoolRef of(SeriesStore store, SeriesId active) {
        return new PoolRef(active.target(), active.label(Metrics.LABEL_POOL), store, active);
    }

    /** The pool's series of {@code metric} (e.g. {@link Metrics#POOL_MAX}), if the poller writes it. */
    Optional<Series> series(String metric) {
        return store.find(SeriesId.of(activeId.source(), activeId.target(), metric, activeId.labels()));
    }

    /**
     * The pool's maximum in force at {@code t}: the newest value at or before it, however old (a poller may write a
     * configuration value only when it changes), unless the series is in a gap then (target unreachable: unknown).
     */
    double maxAt(long t) {
        return series(Metrics.POOL_MAX).map(s -> Stats.lastBeforeGap(s, t)).orElse(Double.NaN);
    }

    String idOf(String metric) {
        return SeriesId.of(activeId.source(), activeId.target(), metric, activeId.labels()).toString();
    }

    /** "shop-db" or "shop-db on shop-1" when there are several targets. */
    String name() {
        return pool == null ? target : pool;
    }
}
