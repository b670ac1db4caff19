package io.sightline.checklist.evidence;

import io.sightline.series.Series;

import java.util.Arrays;
import java.util.function.DoublePredicate;

/**
 * Summary of the non-gap samples of one series in {@code from <= t < to}. Gaps (NaN) are skipped, never zero.
 *
 * <p>Every read here sees a series' final samples followed by its provisional tail: log-derived series (latency,
 * 5xx, pool timeouts, request and exception rates) keep their newest minute in open buckets behind the watermark,
 * and evidence must react within seconds of an incident, not a minute later. The cost, accepted: the newest
 * second is still filling, and a slow request's line is written when it ends, so the newest few buckets may read
 * a little low until they are final. "Now" is a median over {@link Windows#recent()} of buckets, which one
 * partial bucket barely moves. Series without a tail (JMX) read exactly as before.
 */
final class Stats {
    private final double[] values;
    private final int count;

    private Stats(double[] values, int count) {
        this.values = values;
        this.count = count;
    }

    static Stats of(Series s, long from, long to) {
        double[][] buf = {new double[16]};
        int[] n = {0};
        view(s).forEach(from, to, (t, v) -> {
            if (Double.isNaN(v)) {
                return;
            }
            if (n[0] == buf[0].length) {
                buf[0] = Arrays.copyOf(buf[0], n[0] * 2);
            }
            buf[0][n[0]++] = v;
        });
        return new Stats(buf[0], n[0]);
    }

    /** Final samples then provisional ones, in one index space. */
    private static Series.Snapshot view(Series s) {
        return s.snapshot().withProvisional();
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    double mean() {
        if (count == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum / count;
    }

    double max() {
        double m = Double.NaN;
        for (int i = 0; i < count; i++) {
            m = Double.isNaN(m) ? values[i] : Math.max(m, values[i]);
        }
        return m;
    }

    double sum() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** The p-th percentile (0..100) by nearest rank, NaN when empty. */
    double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))];
    }

    /** Share of samples meeting {@code condition}, NaN when empty. */
    double fraction(DoublePredicate condition) {
        if (count == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int i = 0; i < count; i++) {
            if (condition.test(values[i])) {
                hits++;
            }
        }
        return (double) hits / count;
    }

    /** The newest non-gap value at or before {@code now} and not older than {@code maxAge}, NaN otherwise. */
    static double last(Series s, long now, long maxAge) {
        Series.Snapshot snap = view(s);
        for (int i = snap.floorIndex(now); i >= 0 && snap.time(i) >= now - maxAge; i--) {
            if (!Double.isNaN(snap.value(i))) {
                return snap.value(i);
            }
        }
        return Double.NaN;
    }

    /** The value at or before {@code t}, however old; NaN when there is none or the series is in a gap at {@code t}. */
    static double lastBeforeGap(Series s, long t) {
        Series.Snapshot snap = view(s);
        int i = snap.floorIndex(t);
        return i < 0 ? Double.NaN : snap.value(i);
    }

    /**
     * The end (exclusive) of the newest data of {@code s} at or before {@code now}, or -1 when its newest sample is
     * older than {@code stale}. Log-derived buckets lag behind the clock, so "recent" is measured from here.
     */
    static long dataEnd(Series s, long now, long stale) {
        Series.Snapshot snap = view(s);
        int i = snap.floorIndex(now);
        if (i < 0 || snap.time(i) < now - stale) {
            return -1;
        }
        return snap.time(i) + 1;
    }

    /**
     * When {@code condition} started to hold, walking back from {@code now}: the time of the earliest sample of the
     * current streak, where dips (or gaps) shorter than {@code tolerance} do not break it. -1 when it does not hold now.
     */
    static long streakStart(Series s, long now, long tolerance, DoublePredicate condition) {
        return streakStart(s, now, tolerance, (t, v) -> condition.test(v));
    }

    /** As above, for a condition that depends on the sample's time too (e.g. "at the maximum in force then"). */
    static long streakStart(Series s, long now, long tolerance, TimedCondition condition) {
        Series.Snapshot snap = view(s);
        int i = snap.floorIndex(now);
        if (i < 0 || !holds(snap, i, condition)) {
            return -1;
        }
        long start = snap.time(i);
        for (i--; i >= 0; i--) {
            if (holds(snap, i, condition)) {
                start = snap.time(i);
            } else if (start - snap.time(i) > tolerance) {
                break;
            }
        }
        return start;
    }

    private static boolean holds(Series.Snapshot snap, int i, TimedCondition condition) {
        double v = snap.value(i);
        return !Double.isNaN(v) && condition.test(snap.time(i), v);
    }

    @FunctionalInterface
    interface TimedCondition {
        boolean test(long time, double value);
    }
}
