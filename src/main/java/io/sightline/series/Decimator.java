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
        out.resize(width);
        out.from = from;
        out.to = to;
        MinMaxPyramid.Extent e = new MinMaxPyramid.Extent();
        int i0 = s.lowerBound(from);
        edges(s, i0, to, out);
        for (int c = 0; c < width; c++) {
            int i1 = lowerBoundFrom(s, i0, columnStart(from, to, width, c + 1));
            e.reset();
            if (i1 > i0) {
                if (pyramid != null) {
                    pyramid.extent(s, i0, i1, e);
                } else {
                    MinMaxPyramid.scan(s, i0, i1, e);
                }
                out.first[c] = s.value(i0);
                out.last[c] = s.value(i1 - 1);
            } else {
                out.first[c] = Double.NaN;
                out.last[c] = Double.NaN;
            }
            out.min[c] = e.min;
            out.max[c] = e.max;
            out.gap[c] = e.gap;
            out.count[c] = i1 - i0;
            i0 = i1;
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

    /** The first index {@code >= start} whose time is {@code >= t}: gallops, then bisects. */
    static int lowerBoundFrom(Series.Snapshot s, int start, long t) {
        int n = s.size();
        int lo = start;
        int step = 1;
        int hi = start;
        while (hi < n && s.time(hi) < t) {
            lo = hi + 1;
            hi = start + step;
            step <<= 1;
        }
        hi = Math.min(hi, n);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s.time(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
