package io.sightline.source.log;

import io.sightline.series.Metrics;

import java.util.Map;

/**
 * The derived figures of one interval: requests (access lines), entries (application-log entries), counts, and latency percentiles in ms (NaN when no line carried a
 * request time). Rates are per second. {@code gap} marks a stretch without any line that is too long to fill
 * with zeros: charts break the line there.
 */
public record BucketValues(long start, long widthMillis, long requests, long entries, double p50, double p95, double p99,
                           long c4xx, long c5xx, long exceptions, Map<String, Long> exceptionsByClass,
                           long poolTimeouts, long gcPauses, double gcPauseMax, boolean gap) {

    static BucketValues gap(long start, long widthMillis) {
        return new BucketValues(start, widthMillis, 0, 0, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, Map.of(), 0, 0,
                Double.NaN, true);
    }

    static BucketValues empty(long start, long widthMillis) {
        return new BucketValues(start, widthMillis, 0, 0, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, Map.of(), 0, 0,
                Double.NaN, false);
    }

    public double perSecond(long count) {
        return count * 1000.0 / widthMillis;
    }

    /** The value of a {@link Metrics} name for this interval (the series' provisional tails use it); NaN if none. */
    public double value(String metric) {
        switch (metric) {
            case Metrics.REQUEST_RATE:
                return perSecond(requests);
            case Metrics.LATENCY_P50:
                return p50;
            case Metrics.LATENCY_P95:
                return p95;
            case Metrics.LATENCY_P99:
                return p99;
            case Metrics.HTTP_4XX_RATE:
                return perSecond(c4xx);
            case Metrics.HTTP_5XX_RATE:
                return perSecond(c5xx);
            case Metrics.EXCEPTION_RATE:
                return perSecond(exceptions);
            case Metrics.POOL_TIMEOUT_RATE:
                return perSecond(poolTimeouts);
            default:
                return Double.NaN;
        }
    }
}
