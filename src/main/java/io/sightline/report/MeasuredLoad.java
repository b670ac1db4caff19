package io.sightline.report;

import io.sightline.checklist.Diagnosis;
import io.sightline.lint.Facts;
import io.sightline.series.Metrics;
import io.sightline.series.Series;
import io.sightline.series.SeriesStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The load the pool had to serve, for linting its size: requests per second during the incident and how long each
 * held a connection while the pool was not saturated. The checklist's own figures ({@link IncidentLint#load}) come
 * first, so the report quotes one set of numbers; when the checklist could not measure a baseline (a capture that
 * starts at the incident, a noisy start-up) the hold time is taken, in hindsight, from any unsaturated stretch of
 * the capture, before or after the incident.
 */
final class MeasuredLoad {
    private static final long BUCKET = 10_000;
    private static final int MIN_BUCKETS = 3;

    private MeasuredLoad() {
    }

    static Optional<Facts.Load> of(Diagnosis diagnosis, SeriesStore store, long[] window) {
        return IncidentLint.load(diagnosis).or(() -> fromCapture(store, window));
    }

    static Optional<Facts.Load> fromCapture(SeriesStore store, long[] window) {
        List<Series> rates = log(store, Metrics.REQUEST_RATE);
        List<Series> errors = log(store, Metrics.HTTP_5XX_RATE);
        List<Series> active = jmx(store, Metrics.POOL_ACTIVE);
        double rate = sumOfMeans(rates, window[0], window[1] + 1);
        if (!(rate > 0) || active.isEmpty()) {
            return Optional.empty();
        }
        List<Double> holds = new ArrayList<>();
        long[] range = io.sightline.checklist.Replay.timeRange(store);
        for (long from = range[0]; from + BUCKET <= range[1]; from += BUCKET) {
            long to = from + BUCKET;
            if (to > window[0] && from <= window[1]) {
                continue; // saturated: active connections say what the pool allowed, not what the load needed
            }
            double busy = unsaturatedActive(store, active, from, to);
            double served = sumOfMeans(rates, from, to) - orZero(sumOfMeans(errors, from, to));
            if (!Double.isNaN(busy) && served > 0) {
                holds.add(busy / served * 1000);
            }
        }
        if (holds.size() < MIN_BUCKETS) {
            return Optional.empty();
        }
        double[] sorted = holds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double hold = sorted[sorted.length / 2];
        return hold > 0 ? Optional.of(new Facts.Load(rate, Duration.ofNanos(Math.round(hold * 1e6)))) : Optional.empty();
    }

    /** Active connections summed over the pools, or NaN if any pool had a waiter, was full, or has no data. */
    private static double unsaturatedActive(SeriesStore store, List<Series> active, long from, long to) {
        double sum = 0;
        for (Series a : active) {
            double mean = mean(a, from, to);
            double waiting = store.find(sibling(a, Metrics.POOL_WAITING)).map(w -> max(w, from, to)).orElse(Double.NaN);
            double limit = store.find(sibling(a, Metrics.POOL_MAX)).map(m -> max(m, from, to)).orElse(Double.NaN);
            if (Double.isNaN(mean) || waiting > 0 || (limit > 0 && max(a, from, to) >= limit)) {
                return Double.NaN;
            }
            sum += mean;
        }
        return sum;
    }

    private static io.sightline.series.SeriesId sibling(Series s, String metric) {
        return io.sightline.series.SeriesId.of(s.id().source(), s.id().target(), metric, s.id().labels());
    }

    private static List<Series> log(SeriesStore store, String metric) {
        return store.matching(id -> id.source().equals(Metrics.SOURCE_LOG) && id.metric().equals(metric) && id.labels().isEmpty());
    }

    private static List<Series> jmx(SeriesStore store, String metric) {
        return store.matching(id -> id.source().equals(Metrics.SOURCE_JMX) && id.metric().equals(metric));
    }

    private static double sumOfMeans(List<Series> list, long from, long to) {
        double sum = Double.NaN;
        for (Series s : list) {
            double m = mean(s, from, to);
            if (!Double.isNaN(m)) {
                sum = orZero(sum) + m;
            }
        }
        return sum;
    }

    private static double mean(Series s, long from, long to) {
        double[] v = values(s, from, to);
        return v.length == 0 ? Double.NaN : Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double max(Series s, long from, long to) {
        double[] v = values(s, from, to);
        return v.length == 0 ? Double.NaN : Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static double[] values(Series s, long from, long to) {
        Series.Snapshot snap = s.snapshot();
        List<Double> out = new ArrayList<>();
        for (int i = snap.lowerBound(from); i < snap.size() && snap.time(i) < to; i++) {
            if (!Double.isNaN(snap.value(i))) {
                out.add(snap.value(i));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
