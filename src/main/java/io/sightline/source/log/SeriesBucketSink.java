package io.sightline.source.log;

import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesId;
import io.sightline.series.SeriesStore;
import io.sightline.series.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Appends final per-second buckets to {@code log/<target>/...} series, and publishes the open ones as each
 * series' provisional tail ({@link #provisional}), so charts and the checklist see a second's figures within
 * moments, not a watermark later. Series are created when their kind of line first appears, final or open (a
 * GC log gets no request-rate series of zeros); from then on every bucket appends a value so a quiet second
 * reads 0, and latency appends a gap when no request carried a time.
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
        create(b);
        if (rate != null) {
            rate.append(t, b.perSecond(b.requests()));
            r4xx.append(t, b.perSecond(b.c4xx()));
            r5xx.append(t, b.perSecond(b.c5xx()));
            latency(p50, t, b.p50());
            latency(p95, t, b.p95());
            latency(p99, t, b.p99());
        }
        if (exceptions != null) {
            exceptions.append(t, b.perSecond(b.exceptions()));
            byClass.forEach((cls, s) -> s.append(t, b.perSecond(b.exceptionsByClass().getOrDefault(cls, 0L))));
        }
        if (poolTimeouts != null) {
            poolTimeouts.append(t, b.perSecond(b.poolTimeouts()));
        }
    }

    /**
     * Replaces every series' provisional tail with the open buckets (oldest first; seconds without a line in
     * between, and since {@code finalEnd}, read as quiet ones, as they will when final). An empty list clears them.
     */
    void provisional(List<BucketValues> open, long finalEnd) {
        open.forEach(this::create);
        List<BucketValues> all = withQuietSeconds(open, finalEnd);
        long[] times = new long[all.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = all.get(i).start();
        }
        for (Series s : new Series[] {rate, r4xx, r5xx, p50, p95, p99, exceptions, poolTimeouts}) {
            if (s != null) {
                String metric = s.id().metric();
                tail(s, times, all, b -> b.value(metric));
            }
        }
        byClass.forEach((cls, s) -> tail(s, times, all,
                b -> b.perSecond(b.exceptionsByClass().getOrDefault(cls, 0L))));
    }

    private static List<BucketValues> withQuietSeconds(List<BucketValues> open, long finalEnd) {
        if (open.isEmpty()) {
            return open;
        }
        long width = open.get(0).widthMillis();
        long from = open.get(0).start();
        if (finalEnd != Long.MIN_VALUE && from - finalEnd <= DerivedMetrics.MAX_FILLED_EMPTY_BUCKETS * width) {
            from = Math.min(from, finalEnd);
        }
        List<BucketValues> out = new ArrayList<>(open.size() + 8);
        long next = from;
        for (BucketValues b : open) {
            for (; next < b.start(); next += width) {
                out.add(BucketValues.empty(next, width));
            }
            out.add(b);
            next = b.start() + width;
        }
        return out;
    }

    private static void tail(Series s, long[] times, List<BucketValues> buckets, ToDoubleFunction<BucketValues> f) {
        double[] values = new double[times.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.applyAsDouble(buckets.get(i));
        }
        s.setProvisional(times, values);
    }

    /** The series for the kinds of line in {@code b}, created the first time each kind appears. */
    private void create(BucketValues b) {
        if (rate == null && b.requests() > 0) {
            rate = series(Metrics.REQUEST_RATE, Unit.PER_SECOND);
            p50 = series(Metrics.LATENCY_P50, Unit.MILLISECONDS);
            p95 = series(Metrics.LATENCY_P95, Unit.MILLISECONDS);
            p99 = series(Metrics.LATENCY_P99, Unit.MILLISECONDS);
            r4xx = series(Metrics.HTTP_4XX_RATE, Unit.PER_SECOND);
            r5xx = series(Metrics.HTTP_5XX_RATE, Unit.PER_SECOND);
        }
        if (exceptions == null && b.exceptions() > 0) {
            exceptions = series(Metrics.EXCEPTION_RATE, Unit.PER_SECOND);
        }
        if (exceptions != null) {
            b.exceptionsByClass().keySet().forEach(cls -> byClass.computeIfAbsent(cls, c -> store.series(
                    id(Metrics.EXCEPTION_RATE).withLabel(Metrics.LABEL_CLASS, c), Unit.PER_SECOND)));
        }
        if (poolTimeouts == null && b.poolTimeouts() > 0) {
            poolTimeouts = series(Metrics.POOL_TIMEOUT_RATE, Unit.PER_SECOND);
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
