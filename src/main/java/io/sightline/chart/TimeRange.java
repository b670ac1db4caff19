package io.sightline.chart;

/**
 * The time span every panel of a chart stack shows, {@code [from, to)} in epoch milliseconds. Immutable: zoom
 * and pan return a new range, so one shared value keeps all panels on the same axis.
 */
public record TimeRange(long from, long to) {
    /** Narrowest range zoom allows: below a second the axis stops meaning anything for polled data. */
    public static final long MIN_SPAN_MILLIS = 1_000;

    public TimeRange {
        if (to <= from) {
            throw new IllegalArgumentException("empty time range [" + from + ", " + to + ")");
        }
    }

    public static TimeRange ending(long to, long span) {
        return new TimeRange(to - span, to);
    }

    public long span() {
        return to - from;
    }

    public boolean contains(long t) {
        return t >= from && t < to;
    }

    /**
     * Zooms by {@code factor} (&lt; 1 zooms in) keeping {@code anchor} at the same place on screen, as a wheel
     * zoom under the mouse must; never narrower than {@link #MIN_SPAN_MILLIS}.
     */
    public TimeRange zoom(long anchor, double factor) {
        double span = Math.max(MIN_SPAN_MILLIS, span() * factor);
        double share = (anchor - from) / (double) span();
        long newFrom = Math.round(anchor - share * span);
        return new TimeRange(newFrom, newFrom + Math.round(span));
    }

    public TimeRange pan(long deltaMillis) {
        return new TimeRange(from + deltaMillis, to + deltaMillis);
    }

    /** The range between two instants in either order, widened to the minimum span around their middle. */
    public static TimeRange between(long a, long b) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        if (hi - lo < MIN_SPAN_MILLIS) {
            long mid = lo + (hi - lo) / 2;
            return new TimeRange(mid - MIN_SPAN_MILLIS / 2, mid + MIN_SPAN_MILLIS / 2);
        }
        return new TimeRange(lo, hi);
    }
}
