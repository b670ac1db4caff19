package io.sightline.capture;

/** A half-open time range {@code [from, to)} in epoch milliseconds. */
public record TimeWindow(long from, long to) {
    public static final TimeWindow ALL = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    public TimeWindow {
        if (to < from) {
            throw new IllegalArgumentException("time window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(long t) {
        return t >= from && t < to;
    }
}
