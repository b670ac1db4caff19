package io.sightline.source.jmx;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The series of one JMX target ({@code jmx/<target>/...}); remembers them all so a lost connection gaps each. */
final class TargetSeries {
    private final SeriesStore store;
    private final String target;
    private final Set<Series> written = ConcurrentHashMap.newKeySet();

    TargetSeries(SeriesStore store, String target) {
        this.store = store;
        this.target = target;
    }

    String target() {
        return target;
    }

    SeriesStore store() {
        return store;
    }

    Series get(String metric, Unit unit) {
        return remember(store.series(SeriesId.of(Metrics.SOURCE_JMX, target, metric), unit));
    }

    Series get(String metric, Unit unit, String label, String value) {
        return remember(store.series(SeriesId.of(Metrics.SOURCE_JMX, target, metric, Map.of(label, value)), unit));
    }

    /** A watched attribute's series (its id is built by {@link AttributeWatch#seriesId}). */
    Series watched(SeriesId id, Unit unit) {
        return remember(store.series(id, unit));
    }

    Series pool(String metric, Unit unit, String pool) {
        return get(metric, unit, Metrics.LABEL_POOL, pool);
    }

    /** Marks a gap in every series of this target written so far (never interpolated across by charts). */
    void gapAll(long timeMillis) {
        for (Series s : written) {
            s.appendGap(timeMillis);
        }
    }

    /** Gaps the series of one pool that went away. */
    void gapPool(String pool, long timeMillis) {
        for (Series s : written) {
            if (pool.equals(s.id().label(Metrics.LABEL_POOL))) {
                s.appendGap(timeMillis);
            }
        }
    }

    private Series remember(Series s) {
        written.add(s);
        return s;
    }
}
