package io.sightline.chart;

import io.sightline.series.Metrics;

import java.util.Map;

/**
 * How one series is drawn: a plain line in a palette colour, the loud filled area of threads waiting for a
 * connection, or the thick dashed limit line of a pool's maximum.
 */
public record SeriesStyle(Role role, int paletteIndex) {
    public enum Role { LINE, WAITING, LIMIT }

    /** Fixed colours for the agreed metrics, so p99 or idle looks the same in every panel and session. */
    private static final Map<String, Integer> PALETTE_BY_METRIC = Map.ofEntries(
            Map.entry(Metrics.POOL_ACTIVE, 0), Map.entry(Metrics.POOL_IDLE, 1), Map.entry(Metrics.POOL_TOTAL, 7),
            Map.entry(Metrics.POOL_MIN_IDLE, 5),
            Map.entry(Metrics.LATENCY_P50, 1), Map.entry(Metrics.LATENCY_P95, 2), Map.entry(Metrics.LATENCY_P99, 6),
            Map.entry(Metrics.HTTP_5XX_RATE, 6), Map.entry(Metrics.EXCEPTION_RATE, 3),
            Map.entry(Metrics.POOL_TIMEOUT_RATE, 2), Map.entry(Metrics.REQUEST_RATE, 0),
            Map.entry(Metrics.HEAP_USED, 0), Map.entry(Metrics.HEAP_COMMITTED, 7), Map.entry(Metrics.GC_SHARE, 2),
            Map.entry(Metrics.THREADS_LIVE, 3), Map.entry(Metrics.CPU_PROCESS, 1));

    /** The style for a series of {@code metric}; unknown metrics take the {@code ordinal}-th palette colour. */
    public static SeriesStyle forMetric(String metric, int ordinal) {
        if (Metrics.POOL_MAX.equals(metric)) {
            return new SeriesStyle(Role.LIMIT, 0);
        }
        if (Metrics.POOL_WAITING.equals(metric)) {
            return new SeriesStyle(Role.WAITING, 0);
        }
        return new SeriesStyle(Role.LINE, PALETTE_BY_METRIC.getOrDefault(metric, ordinal));
    }

    public double lineWidth() {
        return switch (role) {
            case LIMIT -> 3;
            case WAITING -> 2.5;
            case LINE -> 1.5;
        };
    }

    public double[] dashes() {
        return role == Role.LIMIT ? new double[] {10, 6} : new double[0];
    }

    public boolean filled() {
        return role == Role.WAITING;
    }
}
