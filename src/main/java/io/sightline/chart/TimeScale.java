package io.sightline.chart;

/**
 * Maps a {@link TimeRange} onto {@code width} pixel columns starting at {@code x0}, the same way decimation
 * assigns samples to columns: time t falls in column {@code floor((t - from) * width / span)}, drawn at the
 * column's centre.
 */
public record TimeScale(TimeRange range, double x0, int width) {
    public double toX(long t) {
        return x0 + (t - range.from()) * (double) width / range.span();
    }

    /** Centre of pixel column {@code c}. */
    public double columnX(int c) {
        return x0 + c + 0.5;
    }

    public long toTime(double x) {
        return range.from() + Math.round((x - x0) * range.span() / width);
    }

    public double millisPerPixel() {
        return range.span() / (double) width;
    }
}
