package io.sightline.series;

/**
 * Reduces a series to pixel columns: column {@code c} of {@code width} over {@code [from, to)} holds the
 * samples with {@code c <= (t - from) * width / (to - from) < c + 1}. With a {@link MinMaxPyramid} each column
 * costs O(log n), so a frame's cost depends on the width, not on the number of points; the result is exactly
 * the brute-force min/max per column (tested).
 */
public final class Decimator {
    private Decimator() {
    }

    /** The first time that falls in column {@code c}: the smallest t with (t - from) * width >= c * span. */
    public static long columnStart(long from, long to, int width, int c) {
        long span = to - from;
        return from + ceilDiv(Math.multiplyExact((long) c, span), width);
    }

    /** Fills {@code out} from {@code s}; {@code pyramid} may be null (then every column is scanned raw). */
    public static void decimate(Series.Snapshot s, MinMaxPyramid pyramid, long from, long to, int width,
                                DecimatedColumns out) {
        if (to <= from || width <= 0) {
            throw new IllegalArgumentException("empty range [" + from + ", " + to + ") or width " + width);
        }
        if (pyramid == null) {
            fill(s, null, from, to, width, out);
            return;
        }
        synchronized (pyramid) { // one lock and one catch-up per frame, not per column
            pyramid.update(s);
            fill(s, pyramid, from, to, width, out);
        }
    }

    private static void fill(Series.Snapshot s, MinMaxPyramid pyramid, long from, long to, int width,
                             DecimatedColumns out) {
        out.resize(width);
        out.from = from;
        out.to = to;
        MinMaxPyramid.Extent e = new MinMaxPyramid.Extent();
        int start = s.lowerBound(from);
        edges(s, start, to, out);
        // Pass 1: every column's first index. Each search starts from the same place (not from the previous
        // column's answer), so the searches do not wait on each other and their cache misses overlap.
        int[] bounds = out.bounds(width + 1);
        bounds[0] = start;
        for (int c = 1; c <= width; c++) {
            bounds[c] = lowerBoundFrom(s, start, columnStart(from, to, width, c));
        }
        // Pass 2: first and last sample per column, a tight loop of independent loads that also brings each
        // column's edge samples into the cache for pass 3.
        for (int c = 0; c < width; c++) {
            int i0 = bounds[c];
            int i1 = bounds[c + 1];
            out.count[c] = i1 - i0;
            out.first[c] = i1 > i0 ? s.value(i0) : Double.NaN;
            out.last[c] = i1 > i0 ? s.value(i1 - 1) : Double.NaN;
        }
        // Pass 3: the extremes per column.
        for (int c = 0; c < width; c++) {
            int i0 = bounds[c];
            int i1 = bounds[c + 1];
            e.reset();
            if (pyramid != null) {
                pyramid.extentOfUpdated(s, i0, i1, e);
            } else {
                MinMaxPyramid.scan(s, i0, i1, e);
            }
            out.min[c] = e.min;
            out.max[c] = e.max;
            out.gap[c] = e.gap;
        }
    }

    private static void edges(Series.Snapshot s, int firstInRange, long to, DecimatedColumns out) {
        if (firstInRange > 0) {
            out.beforeTime = s.time(firstInRange - 1);
            out.beforeValue = s.value(firstInRange - 1);
        } else {
            out.beforeTime = Long.MIN_VALUE;
        }
        int after = lowerBoundFrom(s, firstInRange, to);
        if (after < s.size()) {
            out.afterTime = s.time(after);
            out.afterValue = s.value(after);
        } else {
            out.afterTime = Long.MIN_VALUE;
        }
    }

    /**
     * The first index {@code >= start} whose time is {@code >= t}. Guesses by interpolation (polled series are
     * nearly evenly spaced, so the guess is usually within a sample or two), gallops from the guess to bracket
     * the answer, then bisects. Few probes, all near each other: on a series far bigger than the CPU cache this
     * is what keeps a column's cost flat.
     */
    static int lowerBoundFrom(Series.Snapshot s, int start, long t) {
        int n = s.size();
        if (start >= n || s.time(start) >= t) {
            return start;
        }
        long first = s.time(start);
        long last = s.time(n - 1);
        if (last < t) {
            return n;
        }
        int span = n - 1 - start;
        int guess = start + (int) Math.min(span, (long) ((double) (t - first) / (last - first) * span));
        int lo; // time(lo) < t
        int hi; // time(hi) >= t, or hi == n
        if (s.time(guess) < t) {
            lo = guess;
            hi = guess + 1;
            for (int step = 2; hi < n && s.time(hi) < t; step <<= 1) {
                lo = hi;
                hi = (int) Math.min(n, (long) guess + step);
            }
        } else {
            hi = guess;
            lo = guess - 1;
            for (int step = 2; lo > start && s.time(lo) >= t; step <<= 1) {
                hi = lo;
                lo = (int) Math.max(start, (long) guess - step);
            }
        }
        int a = lo + 1;
        int b = hi;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (s.time(mid) < t) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
