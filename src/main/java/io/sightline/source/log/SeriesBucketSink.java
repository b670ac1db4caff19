package io.sightline.source.log;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Appends final per-second buckets to {@code log/<target>/...} series. Series are created when their kind of
 * line first appears (a GC log gets no request-rate series of zeros); from then on every bucket appends a value
 * so a quiet second reads 0, and latency appends a gap when no request carried a time.
 */
final class SeriesBucketSink implements Consumer<BucketValues> {
    private final SeriesStore store;
    private final String target;
    private Series rate;
    private Series p50;
    private Series p95;
    private Series p99;
    private Series r4xx;
    private Series r5xx;
    private Series exceptions;
    private Series poolTimeouts;
    private final Map<String, Series> byClass = new LinkedHashMap<>();

    SeriesBucketSink(SeriesStore store, String target) {
        this.store = store;
        this.target = target;
    }

    @Override
    public void accept(BucketValues b) {
        long t = b.start();
        if (b.gap()) {
            for (Series s : all()) {
                s.appendGap(t);
            }
            return;
        }
        if (rate == null && b.requests() > 0) {
            rate = series(Metrics.REQUEST_RATE, Unit.PER_SECOND);
            p50 = series(Metrics.LATENCY_P50, Unit.MILLISECONDS);
            p95 = series(Metrics.LATENCY_P95, Unit.MILLISECONDS);
            p99 = series(Metrics.LATENCY_P99, Unit.MILLISECONDS);
            r4xx = series(Metrics.HTTP_4XX_RATE, Unit.PER_SECOND);
            r5xx = series(Metrics.HTTP_5XX_RATE, Unit.PER_SECOND);
        }
        if (rate != null) {
            rate.append(t, b.perSecond(b.requests()));
            r4xx.append(t, b.perSecond(b.c4xx()));
            r5xx.append(t, b.perSecond(b.c5xx()));
            latency(p50, t, b.p50());
            latency(p95, t, b.p95());
            latency(p99, t, b.p99());
        }
        if (exceptions == null && b.exceptions() > 0) {
            exceptions = series(Metrics.EXCEPTION_RATE, Unit.PER_SECOND);
        }
        if (exceptions != null) {
            exceptions.append(t, b.perSecond(b.exceptions()));
            b.exceptionsByClass().keySet().forEach(cls -> byClass.computeIfAbsent(cls, c -> store.series(
                    id(Metrics.EXCEPTION_RATE).withLabel(Metrics.LABEL_CLASS, c), Unit.PER_SECOND)));
            byClass.forEach((cls, s) -> s.append(t, b.perSecond(b.exceptionsByClass().getOrDefault(cls, 0L))));
        }
        if (poolTimeouts == null && b.poolTimeouts() > 0) {
            poolTimeouts = series(Metrics.POOL_TIMEOUT_RATE, Unit.PER_SECOND);
        }
        if (poolTimeouts != null) {
            poolTimeouts.append(t, b.perSecond(b.poolTimeouts()));
        }
    }

    private static void latency(Series s, long t, double v) {
        if (Double.isNaN(v)) {
            s.appendGap(t);
        } else {
            s.append(t, v);
        }
    }

    private Iterable<Series> all() {
        java.util.List<Series> l = new java.util.ArrayList<>(byClass.values());
        for (Series s : new Series[] {rate, p50, p95, p99, r4xx, r5xx, exceptions, poolTimeouts}) {
            if (s != null) {
                l.add(s);
            }
        }
        return l;
    }

    private Series series(String metric, Unit unit) {
        return store.series(id(metric), unit);
    }

    private SeriesId id(String metric) {
        return SeriesId.of(Metrics.SOURCE_LOG, target, metric);
    }
}
