package io.sightline.chart;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of frame times in nanoseconds, printed in milliseconds. */
public record FrameStats(String what, int frames, double p50Millis, double p99Millis, double maxMillis) {
    public static FrameStats of(String what, long[] nanos) {
        if (nanos.length == 0) {
            return new FrameStats(what, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new FrameStats(what, sorted.length, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-66s frames %4d   p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms",
                what, frames, p50Millis, p99Millis, maxMillis);
    }
}
